import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { SECTION_DEFS } from '../../src/model/sections.js';
import { foldDiacritics } from '../../src/text/index.js';
import { at, fixText, hits, lint, standardRuleTests } from './text-helpers.js';

const ID = 'section-heading';
const BODY = (achievements: string, conclusions = 'Kết luận') =>
  `## ${achievements}\n\nCông tác dân vận có chuyển biến tích cực.\n\n## Tồn tại, hạn chế\n\nCòn địa phương chưa có kế hoạch cụ thể.\n\n## Kiến nghị, đề xuất\n\nĐề nghị Bộ Nội vụ hướng dẫn thêm.\n\n## ${conclusions}\n\nĐoàn ghi nhận kết quả của tỉnh.\n`;

describe(ID, () => {
  standardRuleTests(ID);

  it('flags a misspelt heading of a known section at its text, and --fix writes the standard name', () => {
    const text = exampleNote({ body: BODY('Kết qủa đạt dược') });
    expect(hits(text, ID)).toEqual([{ messageId: 'spelling', ...at(text, 'Kết qủa'), fixable: true }]);
    const m = lint(text).messages.find((d) => d.ruleId === ID)!;
    expect(m.message).toBe('Tiêu đề mục "Kết qủa đạt dược" khác cách viết chuẩn "Kết quả đạt được"; tiêu đề được in nguyên văn trong biên bản.');
    const fixed = fixText(text);
    expect(fixed).toBe(exampleNote({ body: BODY('Kết quả đạt được') }));
    expect(hits(fixed, ID)).toEqual([]);
  });

  it('matches an alias, keeps capitals, and checks every known section', () => {
    const text = exampleNote({ body: BODY('UU DIEM', 'Ý kiến kết luân') });
    expect(fixText(text)).toBe(exampleNote({ body: BODY('ƯU ĐIỂM', 'Ý kiến kết luận') }));
    for (const d of SECTION_DEFS) {
      for (const name of [d.title, ...d.aliases]) {
        const bare = foldDiacritics(name);
        const t = exampleNote({ body: `${BODY('Kết quả đạt được')}\n## ${bare}\n\nNội dung.\n` });
        expect(hits(t, ID).length, bare).toBe(bare === name ? 0 : 1);
      }
    }
  });

  it('accepts other case, punctuation and tone style, and leaves unknown headings alone', () => {
    const text = exampleNote({ body: `${BODY('KẾT QUẢ ĐẠT ĐƯỢC', 'kết luận')}\n## Tồn tại hạn chế và nguyên nhân\n\nNội dung.\n\n## Ý kiến của Đoàn công tác\n\nNội dung.\n` });
    expect(hits(text, ID)).toEqual([]);
  });

  it('reports, without a fix, a heading with markup inside', () => {
    const text = exampleNote({ body: BODY('Kết qủa *đạt dược*') });
    expect(hits(text, ID)).toEqual([{ messageId: 'spelling', line: at(text, '## Kết qủa').line, column: 1, fixable: false }]);
  });
});
