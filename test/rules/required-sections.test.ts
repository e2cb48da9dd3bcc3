import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { fixText, hits, lint, standardRuleTests } from './text-helpers.js';
import { buildNote } from '../../src/model/note.js';

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

  it('recognises sections the writer numbered ("## II. Kết quả đạt được", "## 3) TỒN TẠI, HẠN CHẾ"), which render numbers once', () => {
    const text = exampleNote({}).replace('## Kết quả đạt được', '## II. Kết quả đạt được').replace('## Tồn tại, hạn chế', '## 3) TỒN TẠI, HẠN CHẾ').replace('## Kết luận', '## d. Kết luận');
    expect(hits(text, ID)).toEqual([]);
    expect(hits(text, 'section-heading')).toEqual([]);
    const titles = buildNote('x.md', text).sections.map((s) => s.title);
    expect(titles).toContain('Kết quả đạt được');
    expect(titles).toContain('TỒN TẠI, HẠN CHẾ');
    expect(titles).toContain('Kết luận');
  });

  it('keeps the writer\'s numbering when section-heading fixes a misspelt numbered heading', () => {
    const text = exampleNote({}).replace('## Kết quả đạt được', '## II. Kết qủa đạt dược');
    expect(fixText(text)).toContain('## II. Kết quả đạt được\n');
  });
});
