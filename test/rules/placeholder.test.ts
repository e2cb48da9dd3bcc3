import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { draftSkeleton } from '../../src/draft/skeleton.js';
import { resolveDraft } from '../../src/draft/input.js';
import { emptyKnown } from '../../src/draft/suggest.js';
import { allMatches } from '../../src/util/matches.js';
import { at, hits, lint, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'placeholder';

/** what `bienban new --yes` writes with nothing given, the four required sections filled */
function skeletonNote(): string {
  const r = resolveDraft({}, { mode: 'yes', today: '2024-07-23', known: emptyKnown() });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return draftSkeleton(r.input, { schemaRef: '../schemas/visit-note.schema.json' })
    .replace(/(## (?:Kết quả đạt được|Tồn tại, hạn chế|Kiến nghị, đề xuất|Kết luận)\n\n<!--.*-->\n)/g, '$1\nĐoàn ghi nhận; đề nghị Sở Nội vụ tiếp tục theo dõi.\n');
}

describe(ID, () => {
  standardRuleTests(ID);

  it('finds every placeholder `new --yes` writes, at its "[", as an error', () => {
    const text = skeletonNote();
    const expected = allMatches(/"\[/g, text).map((m) => ({ messageId: 'bracket', ...at(text, '"[', 0, 1, m.index), fixable: false }));
    expect(expected.length).toBe(12);
    expect(hits(text, ID)).toEqual(expected);
    const msgs = lint(text, { lang: 'en' }).messages.filter((m) => m.ruleId === ID);
    expect(msgs.every((m) => m.severity === 2)).toBe(true);
    expect(msgs[0].message).toBe('The placeholder "[Tên cuộc họp]" has not been filled in; a document with blanks is not ready to sign.');
    expect(lint(text).messages.find((m) => m.ruleId === ID)!.message).toBe('Chỗ cần điền "[Tên cuộc họp]" chưa được thay bằng nội dung thật; văn bản còn chỗ trống thì chưa ký được.');
  });

  it('is silent once the values are filled, though the "# TODO" comments stay (comments are never printed)', () => {
    const filled = skeletonNote().replace(/"\[([^\]]*)\]"/g, (_m, s: string) => (s.startsWith('Họ và tên') ? 'Triệu Văn Cường' : `Giá trị ${s.toLowerCase()}`));
    expect(filled).toContain('# TODO: cần điền');
    expect(hits(filled, ID)).toEqual([]);
  });

  it('finds placeholders and TODO markers in the text and inside front-matter values', () => {
    const text = exampleNote({
      frontMatter: { location: 'Trụ sở [Tên cơ quan] tỉnh', notice: { subject: 'TODO' }, recipients: ['[...]'] },
      body: 'Đồng chí [Họ và tên] báo cáo. TODO: bổ sung số liệu. [TODO LIST]',
    });
    expect(hits(text, ID).map(({ messageId, line, column }) => ({ messageId, line, column }))).toEqual([
      { messageId: 'bracket', ...at(text, '[Tên cơ quan]') },
      { messageId: 'bracket', ...at(text, '[...]') },
      { messageId: 'todo', ...at(text, 'TODO') },
      { messageId: 'bracket', ...at(text, '[Họ và tên]') },
      { messageId: 'todo', ...at(text, 'TODO: bổ sung') },
      { messageId: 'bracket', ...at(text, '[TODO LIST]') },
    ]);
  });

  it('leaves legitimate brackets, comments and words containing TODO alone', () => {
    const text = withBody(
      'Theo [Cổng thông tin Bộ Nội vụ](https://moha.gov.vn) và tài liệu [1], [sic], [Phụ lục 2], [Tỉnh], "[…] nâng cao chất lượng [...]". ' +
        'Xem [Tài liệu họp][ref]. Mã `[Họ và tên] TODO` giữ nguyên. TODOS, ATODO.\n\n<!-- TODO: [Họ và tên] -->\n\n[ref]: https://moha.gov.vn',
    );
    expect(hits(text, ID)).toEqual([]);
  });
});
