import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, fixText, hits, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'double-tone-mark';

describe(ID, () => {
  standardRuleTests(ID);

  it('flags two tone marks in one syllable and offers no fix', () => {
    const text = withBody('Đoàn thống nhất nội dung KẾT LỦẬN 127-KL/TW như trên.');
    expect(hits(text, ID)).toEqual([{ messageId: 'double', ...at(text, 'LỦẬN'), fixable: false }]);
    expect(fixText(text)).toBe(text);
  });

  it('counts marks in decomposed text and checks front-matter values', () => {
    const nfd = withBody('Kết lủận của Đoàn.'.normalize('NFD'));
    expect(hits(nfd, ID).map((h) => h.messageId)).toEqual(['double']);
    const fm = exampleNote({ frontMatter: { title: 'Làm việc về kết lủận thanh tra' } });
    expect(hits(fm, ID)).toEqual([{ messageId: 'double', ...at(fm, 'lủận'), fixable: false }]);
  });

  it('accepts one tone mark with other diacritics', () => {
    expect(hits(withBody('Ủy ban nhân dân tỉnh; Trưởng đoàn; Nghị quyết; Hồ Chí Minh; khuyến khích.'), ID)).toEqual([]);
  });
});
