import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, inBody, fixText, hits, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'doubled-space';

describe(ID, () => {
  standardRuleTests(ID);

  it('finds two spaces between words and leaves one', () => {
    const text = withBody('Đoàn công tác  tiếp thu kiến nghị của tỉnh.   Tỉnh cần chủ động.');
    expect(hits(text, ID)).toEqual([
      { messageId: 'doubled', ...inBody(text, '  '), fixable: true },
      { messageId: 'doubled', ...inBody(text, '   '), fixable: true },
    ]);
    expect(fixText(text)).toBe(withBody('Đoàn công tác tiếp thu kiến nghị của tỉnh. Tỉnh cần chủ động.'));
  });

  it('finds them after inline markup and in a front-matter value', () => {
    const text = exampleNote({ frontMatter: { location: 'Trụ sở  Ủy ban nhân dân tỉnh Bắc Kạn' }, body: '**Đoàn**  ghi nhận kết quả.' });
    expect(hits(text, ID)).toEqual([
      { messageId: 'doubled', ...at(text, '  Ủy'), fixable: true },
      { messageId: 'doubled', ...at(text, '  ghi'), fixable: true },
    ]);
  });

  it('ignores hard breaks, indentation, tables and code', () => {
    const body = [
      'Đoàn ghi nhận kết quả  ',
      'và đề nghị tỉnh phát huy.',
      '',
      '- Mục một',
      '    - Mục con',
      '',
      '| Nội dung  | Kết quả |',
      '|-----------|---------|',
      '| Dân vận   | Tốt     |',
      '',
      'Lệnh `a  b` giữ nguyên.',
      '',
      '```',
      'x  =  1',
      '```',
    ].join('\n');
    expect(hits(withBody(body), ID)).toEqual([]);
  });
});
