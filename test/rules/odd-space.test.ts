import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { buildNote } from '../../src/model/note.js';
import { at, fixText, hits, standardRuleTests, withBody } from './text-helpers.js';

/** a tree without positions */
const shape = (n: any): unknown => ({ type: n.type, value: n.value, children: n.children?.map(shape) });

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

  describe('a tab at the start of a body line', () => {
    it('warns where it joins "2. …" to the item above, with no fix (sibling or sub-item is the writer\'s call)', () => {
      const text = withBody('1. Thực hiện tốt chức năng của đơn vị.\n\t2. Nắm bắt tình hình Nhân dân.\n3. Phối hợp với Mặt trận.');
      expect(hits(text, ID)).toEqual([{ messageId: 'tab-joined', ...at(text, '\t2.'), fixable: false }]);
      expect(fixText(text)).toBe(text);
    });

    it('warns where it makes a paragraph code, with no fix', () => {
      const text = withBody('Đoàn ghi nhận kết quả.\n\n\tĐề nghị tỉnh tiếp tục phát huy.');
      expect(hits(text, ID)).toEqual([{ messageId: 'tab-code', ...at(text, '\tĐề nghị'), fixable: false }]);
    });

    it('replaces it with spaces of the same width where the line already is what it looks like', () => {
      const text = withBody('- Về tổ chức:\n\t- kiện toàn bộ máy;\n  \t- bố trí cán bộ.\n\nĐoàn ghi nhận\n\tkết quả của tỉnh.');
      expect(hits(text, ID)).toEqual([
        { messageId: 'tab', ...at(text, '\t- kiện'), fixable: true },
        { messageId: 'tab', ...at(text, '\t- bố'), fixable: true },
        { messageId: 'tab', ...at(text, '\tkết'), fixable: true },
      ]);
      const fixed = withBody('- Về tổ chức:\n    - kiện toàn bộ máy;\n    - bố trí cán bộ.\n\nĐoàn ghi nhận\n    kết quả của tỉnh.');
      expect(fixText(text)).toBe(fixed);
      // the same tree: only the indentation's characters changed
      expect(shape(buildNote('x.md', fixed).tree)).toEqual(shape(buildNote('x.md', text).tree));
    });

    it('leaves tabs in fenced code, in HTML comments, on blank lines and in the middle of a line alone', () => {
      const text = withBody('```\n\tmã giữ nguyên\n```\n\n<!--\n\tghi chú\n-->\n\t\nĐoàn ghi nhận\tkết quả.');
      expect(hits(text, ID)).toEqual([]);
    });
  });

  it('leaves code alone', () => {
    expect(hits(withBody('Giá trị `a\u00a0b` và\n\n```\n16/CT\u2011TTg\n```'), ID)).toEqual([]);
  });
});
