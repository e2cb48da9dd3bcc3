import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, fixText, hits, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'odd-space';

describe(ID, () => {
  standardRuleTests(ID);

  it('finds a no-break space and a non-breaking hyphen around a document symbol', () => {
    const text = withBody('Thực hiện Chỉ thị số\u00a016/CT\u2011TTg của Thủ tướng Chính phủ.');
    expect(hits(text, ID)).toEqual([
      { messageId: 'space', ...at(text, '\u00a0'), fixable: true },
      { messageId: 'hyphen', ...at(text, '\u2011'), fixable: true },
    ]);
    expect(fixText(text)).toBe(withBody('Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.'));
  });

  it('drops a no-break space stuck to the "-" or "/" inside a symbol', () => {
    const text = withBody('Theo Chỉ thị số 16/CT-\u00a0TTg và Chương trình số 79-CTr/\u00a0BDVTW-BCSĐCP; khoảng 20 -\u00a025 người.');
    expect(hits(text, ID).map((h) => h.messageId)).toEqual(['space', 'space', 'space']);
    expect(fixText(text)).toBe(withBody('Theo Chỉ thị số 16/CT-TTg và Chương trình số 79-CTr/BDVTW-BCSĐCP; khoảng 20 - 25 người.'));
  });

  it('fixes a Unicode hyphen in a front-matter document number', () => {
    const text = exampleNote({ frontMatter: { number: '05/BB\u2010ĐCT' } });
    expect(hits(text, ID)).toEqual([{ messageId: 'hyphen', ...at(text, '\u2010'), fixable: true }]);
    expect(fixText(text)).toBe(exampleNote({ frontMatter: { number: '05/BB-ĐCT' } }));
  });

  it('drops a narrow or figure space that pads a normal space', () => {
    const text = withBody('Chỉ số hài lòng đạt \u202f91,3% và\u2007 tăng so với năm trước.');
    expect(hits(text, ID).map((h) => h.messageId)).toEqual(['space', 'space']);
    expect(fixText(text)).toBe(withBody('Chỉ số hài lòng đạt 91,3% và tăng so với năm trước.'));
  });

  it('does not fix a no-break space that would turn text into a list item or heading', () => {
    const text = withBody('1.\u00a0Đoàn ghi nhận kết quả.\n\n##\u00a0Ghi chú');
    expect(hits(text, ID).map((h) => h.fixable)).toEqual([false, false]);
    expect(fixText(text)).toBe(text);
  });

  it('leaves code alone', () => {
    expect(hits(withBody('Giá trị `a\u00a0b` và\n\n```\n16/CT\u2011TTg\n```'), ID)).toEqual([]);
  });
});
