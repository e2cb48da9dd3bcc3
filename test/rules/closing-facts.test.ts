import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { draftSkeleton } from '../../src/draft/skeleton.js';
import { resolveDraft } from '../../src/draft/input.js';
import { emptyKnown } from '../../src/draft/suggest.js';
import { at, hits, lint, standardRuleTests } from './text-helpers.js';

const ID = 'closing-facts';

describe(ID, () => {
  standardRuleTests(ID);

  it('warns when the end time or the number of copies is missing, where the schema reports a missing field', () => {
    for (const [over, ids] of [[{ end: null }, ['end']], [{ copies: null }, ['copies']], [{ end: null, copies: null }, ['end', 'copies']]] as const) {
      const text = exampleNote({ frontMatter: over });
      expect(hits(text, ID)).toEqual(ids.map((messageId) => ({ messageId, line: 2, column: 1, fixable: false })));
    }
    const [m] = lint(exampleNote({ frontMatter: { end: null } }), { lang: 'en' }).messages.filter((d) => d.ruleId === ID);
    expect(m).toMatchObject({ severity: 1, message: 'No end time (field "end"): the closing sentence of the minutes would print "kết thúc vào … giờ … phút".' });
  });

  it('points at the commented-out lines `bienban new` writes', () => {
    const r = resolveDraft({}, { mode: 'yes', today: '2024-07-23', known: emptyKnown() });
    if (!r.ok) throw new Error('draft');
    const text = draftSkeleton(r.input, { schemaRef: 'x.json' });
    expect(hits(text, ID)).toEqual([
      { messageId: 'end', ...at(text, '# end:'), fixable: false },
      { messageId: 'copies', ...at(text, '# copies:'), fixable: false },
    ]);
    const filled = text.replace('# end: "11:30"', 'end: "11:30"').replace('# copies: 4', 'copies: 4');
    expect(hits(filled, ID)).toEqual([]);
  });
});
