// Prose inside multi-line list items and quotes (indented continuation lines) is checked too.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { exampleNote } from '../../src/rules/example-note.js';

function pos(text: string, needle: string) {
  const i = text.indexOf(needle);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('prose spans', () => {
  it('reach continuation lines of list items and block quotes at their own line and column', () => {
    const text = exampleNote({
      body: [
        '1. Đoàn ghi nhận kết quả của tỉnh và đề nghị',
        '   tiếp tục thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/20216 của Thủ tướng Chính phủ.',
        '2. Tỉnh cần chú ý',
        '   nhất là công tác tuyên truyền ,',
        '   vận động Nhân dân.',
        '',
        '> Ý kiến của tỉnh: đề nghị',
        '> xem xét ngày 31/4/2024 .',
      ].join('\n'),
    });
    const { messages } = lintText('x.md', text).result;
    const at = (ruleId: string) => messages.filter((m) => m.ruleId === ruleId).map((m) => ({ line: m.line, column: m.column }));
    expect(at('date-valid')).toEqual([pos(text, '16/5/20216'), pos(text, '31/4/2024')]);
    expect(at('space-before-punctuation')).toEqual([pos(text, ' ,\n'), pos(text, ' .\n')]);
  });
});

describe('front-matter spans', () => {
  it('reach values written over several lines', () => {
    const base = exampleNote({});
    const text = base.replace(/^title: .*$/m, 'title: >-\n  Làm việc với Ủy ban nhân dân tỉnh Bắc Kạn\n  về công tác dân vận ,  năm 2024');
    const { messages } = lintText('x.md', text).result;
    const at = (ruleId: string) => messages.filter((m) => m.ruleId === ruleId).map((m) => ({ line: m.line, column: m.column }));
    expect(at('space-before-punctuation')).toEqual([pos(text, ' ,  năm')]);
    expect(at('doubled-space')).toEqual([pos(text, '  năm 2024')]);
  });
});
