import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../../src/text/index.js';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, fixText, hits, lint, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'legacy-encoding';
const SENTENCE = 'Đoàn ghi nhận kết quả của tỉnh và đề nghị tiếp tục phát huy.';

describe(ID, () => {
  standardRuleTests(ID);

  it('finds a TCVN3 sentence in the body and converts it to Unicode', () => {
    const legacy = encodeLegacy(SENTENCE, 'tcvn3');
    const text = withBody(legacy);
    expect(hits(text, ID)).toEqual([{ messageId: 'tcvn3', ...at(text, legacy), fixable: true }]);
    expect(fixText(text)).toBe(withBody(SENTENCE));
  });

  it('finds VNI text in a front-matter value', () => {
    const location = 'Trụ sở Ủy ban nhân dân tỉnh Bắc Kạn';
    const legacy = encodeLegacy(location, 'vni');
    const text = exampleNote({ frontMatter: { location: legacy } });
    expect(hits(text, ID)).toEqual([{ messageId: 'vni', ...at(text, legacy), fixable: true }]);
    expect(fixText(text)).toBe(exampleNote({ frontMatter: { location } }));
  });

  it('finds UTF-8 read as Windows-1252 in a heading', () => {
    const legacy = encodeLegacy('Ý kiến của các đại biểu', 'cp1252-utf8');
    const text = withBody(`## ${legacy}\n\nCác đại biểu thống nhất.`);
    const found = hits(text, ID);
    expect(found).toEqual([{ messageId: 'cp1252-utf8', ...at(text, legacy), fixable: true }]);
    expect(fixText(text)).toContain('## Ý kiến của các đại biểu\n');
  });

  it('converts into the configured tone style, and the message shows what --fix writes', () => {
    const legacy = 'Uû ban nh©n d©n tØnh'; // TCVN3 as typed: "Uỷ ban nhân dân tỉnh", new tone style
    for (const [toneStyle, expected] of [['old', 'Ủy ban nhân dân tỉnh'], ['new', 'Uỷ ban nhân dân tỉnh']] as const) {
      const text = withBody(`${legacy} ghi nhận.`);
      const [m] = lint(text, { ruleOptions: { toneStyle } }).messages.filter((d) => d.ruleId === ID);
      expect(m.data).toMatchObject({ converted: expected });
      expect(m.fix?.text).toBe(expected);
      expect(fixText(text, { ruleOptions: { toneStyle } })).toContain(`\n${expected} ghi nhận.\n`);
    }
  });

  it('leaves legacy text quoted in code alone', () => {
    const legacy = encodeLegacy(SENTENCE, 'tcvn3');
    expect(hits(withBody(`Ví dụ chữ lỗi: \`${legacy}\``), ID)).toEqual([]);
    expect(hits(withBody(`\`\`\`\n${legacy}\n\`\`\``), ID)).toEqual([]);
  });

  it('reports mojibake in a front matter that does not parse, and never rewrites it', () => {
    const legacy = encodeLegacy('Làm việc với Ủy ban nhân dân tỉnh Bắc Kạn', 'tcvn3');
    const text = `---\ntitle: ${legacy}\nlocation: [Bắc Kạn\n---\n\n## Kết luận\n\nĐoàn ghi nhận.\n`;
    const r = lint(text, { fix: true });
    expect(r.messages.some((m) => m.fatal)).toBe(true);
    expect(r.messages.filter((m) => m.ruleId === ID).map((m) => ({ messageId: m.messageId, line: m.line, column: m.column }))).toEqual([
      { messageId: 'tcvn3', line: 2, column: 8 },
    ]);
    expect(r.output).toBeUndefined();
  });

  it('does not flag clean Vietnamese with Latin-1 letters', () => {
    expect(hits(withBody('Đoàn làm việc tại Trung tâm Hành chính công; tham dự có ông Phạm Duy Hưng và bà Lê Thị Thảo.'), ID)).toEqual([]);
  });
});
