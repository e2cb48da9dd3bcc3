import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { hits, lint, standardRuleTests } from './text-helpers.js';

const ID = 'required-sections';

describe(ID, () => {
  standardRuleTests(ID);

  it('a section written at another heading level is named there, not reported missing', () => {
    const text = exampleNote({}).replace('## Kết luận', '# Kết luận');
    const line = text.split('\n').findIndex((l) => l === '# Kết luận') + 1;
    expect(hits(text, ID)).toEqual([{ messageId: 'level', line, column: 1, fixable: false }]);
    const m = lint(text, { lang: 'en' }).messages.find((x) => x.ruleId === ID)!;
    expect(m.message).toBe('Section "Kết luận" must be a level-2 heading ("## Kết luận"); this one is level 1 ("# …").');
  });

  it('is missing when no heading at any level names it', () => {
    const text = exampleNote({}).replace('## Kết luận', '**Kết luận**');
    expect(hits(text, ID).map((h) => h.messageId)).toEqual(['missing']);
  });
});
