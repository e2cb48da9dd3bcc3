import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, fixText, hits, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'space-after-punctuation';

describe(ID, () => {
  standardRuleTests(ID);

  it('finds a comma, semicolon or colon glued to the next word', () => {
    const text = withBody('Tham dự có đồng chí Nông Quang Nhất,Phó Chủ tịch HĐND tỉnh;các sở, ngành.\n\nNơi nhận:Như trên.');
    expect(hits(text, ID)).toEqual([
      { messageId: 'after', ...at(text, ',Phó'), fixable: true },
      { messageId: 'after', ...at(text, ';các'), fixable: true },
      { messageId: 'after', ...at(text, ':Như'), fixable: true },
    ]);
    expect(fixText(text)).toBe(withBody('Tham dự có đồng chí Nông Quang Nhất, Phó Chủ tịch HĐND tỉnh; các sở, ngành.\n\nNơi nhận: Như trên.'));
  });

  it('with space-before-punctuation, moves a misplaced space: "Nhất ,Ủy" → "Nhất, Ủy"', () => {
    const text = withBody('Đồng chí Nông Quang Nhất ,Ủy viên Ban Chấp hành Đảng bộ tỉnh.');
    expect(hits(text, ID)).toEqual([{ messageId: 'after', ...at(text, ',Ủy'), fixable: true }]);
    expect(fixText(text)).toBe(withBody('Đồng chí Nông Quang Nhất, Ủy viên Ban Chấp hành Đảng bộ tỉnh.'));
  });

  it('finds spaces just inside parentheses, also in the front matter', () => {
    const text = exampleNote({ recipients: undefined, frontMatter: { recipients: ['Giám đốc Sở Nội vụ ( để báo cáo )'] } });
    expect(hits(text, ID)).toEqual([
      { messageId: 'paren-open', ...at(text, '( '), fixable: true },
      { messageId: 'paren-close', ...at(text, ' )'), fixable: true },
    ]);
    expect(fixText(text)).toContain('- Giám đốc Sở Nội vụ (để báo cáo)\n');
  });

  it('does not add a space after a colon in a front-matter value, where ": " would make a mapping', () => {
    const text = exampleNote({ frontMatter: { recipients: ['Lưu:VT', 'Ban Dân vận Trung ương,Bộ Nội vụ'] } });
    expect(hits(text, ID)).toEqual([
      { messageId: 'after', ...at(text, ':VT'), fixable: false },
      { messageId: 'after', ...at(text, ',Bộ'), fixable: true },
    ]);
    const fixed = fixText(text);
    expect(fixed).toContain('- Lưu:VT\n');
    expect(fixed).toContain('- Ban Dân vận Trung ương, Bộ Nội vụ\n');
  });

  it('leaves numbers, times, ratios, symbols, addresses and empty brackets alone', () => {
    const body = [
      'Chỉ số hài lòng đạt 91,3%; tỷ lệ 1:2; họp lúc 08:00 ngày 16/5/2016.',
      'Theo Chỉ thị số 16/CT-TTg và Chương trình số 79-CTr/BDVTW-BCSĐCP; V/v công tác dân vận.',
      'Xem https://danvan.vn/tin-tuc?a=1;b=2,c:d hoặc <https://vbpl.vn/a,b>, thư gửi vp@noivu.gov.vn và danvan.vn/a,b.',
      'Điền vào chỗ trống ( ) nếu có.',
    ].join('\n\n');
    expect(hits(withBody(body), ID)).toEqual([]);
  });
});
