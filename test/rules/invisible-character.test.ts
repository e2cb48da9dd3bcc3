import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, fixText, hits, lint, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'invisible-character';

describe(ID, () => {
  standardRuleTests(ID);

  it('finds a zero-width space inside a document symbol and removes it', () => {
    const text = withBody('Thực hiện Chỉ thị số 16/CT-\u200bTTg của Thủ tướng Chính phủ.');
    expect(hits(text, ID)).toEqual([{ messageId: 'invisible', ...at(text, '\u200b'), fixable: true }]);
    expect(fixText(text)).toBe(withBody('Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.'));
  });

  it('finds control characters pasted from a terminal (ESC, BEL, form feed), but never tabs or line ends', () => {
    const text = withBody('Đoàn ghi nhận\u001b[0m kết quả\u0007 của tỉnh.\f\nTiếp\ttheo.\r\n');
    const found = lint(text).messages.filter((m) => m.ruleId === ID);
    expect(found.map((m) => m.message)).toEqual([
      'Ký tự vô hình U+001B (ESCAPE).',
      'Ký tự vô hình U+0007 (BELL).',
      'Ký tự vô hình U+000C (FORM FEED).',
    ]);
    expect(fixText(text)).toBe(withBody('Đoàn ghi nhận[0m kết quả của tỉnh.\nTiếp\ttheo.\r\n'));
  });

  it('finds soft hyphens, word joiners and a stray BOM, in the body and the front matter', () => {
    const text = exampleNote({
      frontMatter: { secretary: { name: 'Hoàng Minh Đức', position: 'Chuyên viên Bộ Nội\u00ad vụ' } },
      body: '## Kết\u2060 luận\n\nĐoàn ghi nhận\ufeff kết quả của tỉnh.',
    });
    expect(hits(text, ID)).toEqual([
      { messageId: 'invisible', ...at(text, '\u00ad'), fixable: true },
      { messageId: 'invisible', ...at(text, '\u2060'), fixable: true },
      { messageId: 'invisible', ...at(text, '\ufeff'), fixable: true },
    ]);
    const fixed = fixText(text);
    expect(fixed).not.toMatch(/[\u00ad\u2060\ufeff]/);
    expect(fixed).toContain('position: Chuyên viên Bộ Nội vụ\n');
  });

  it('reports a soft hyphen that reads as a TCVN3 "ư" without removing it', () => {
    const text = withBody('Đoàn làm việc tại huyện M\u00adêng Khương.');
    expect(hits(text, ID)).toEqual([{ messageId: 'tcvn3-u', ...at(text, '\u00ad'), fixable: false }]);
    expect(fixText(text)).toBe(text);
  });

  it('leaves code, emoji joiners and legacy-encoded text alone', () => {
    expect(hits(withBody('Lệnh `a\u200bb` giữ nguyên.'), ID)).toEqual([]);
    expect(hits(withBody('Gia đình 👨\u200d👩\u200d👧 tham dự.'), ID)).toEqual([]);
    // TCVN3 writes "ư" as U+00AD: that is legacy-encoding's to convert
    const tcvn3 = withBody('Thñ t\u00adíng ChÝnh phñ chØ ®¹o c¸c Bé, ngµnh.');
    expect(hits(tcvn3, ID)).toEqual([]);
    expect(hits(tcvn3, 'legacy-encoding').length).toBeGreaterThan(0);
  });

  it('still reports when the front matter does not parse', () => {
    const r = lint('---\ntitle: Làm\u200b việc\nbasis: [x\n---\n\n## Kết luận\n\nx\n');
    expect(r.messages.filter((m) => m.ruleId === ID).map((m) => [m.line, m.column])).toEqual([[2, 11]]);
  });
});
