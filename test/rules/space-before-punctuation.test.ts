import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, fixText, hits, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'space-before-punctuation';

describe(ID, () => {
  standardRuleTests(ID);

  it('finds the space after a bold name, where the text node starts with it', () => {
    const text = withBody('Đề nghị **Bộ Nội vụ** , Sở Nội vụ tỉnh phối hợp.');
    expect(hits(text, ID)).toEqual([{ messageId: 'space', ...at(text, ' ,'), fixable: true }]);
    expect(fixText(text)).toBe(withBody('Đề nghị **Bộ Nội vụ**, Sở Nội vụ tỉnh phối hợp.'));
  });

  it('sees a double-quoted YAML value around its escapes', () => {
    const text = exampleNote({ frontMatter: {} }).replace(/^title: .*$/m, 'title: "Làm việc về phong trào \\"Dân vận khéo\\" , với UBND tỉnh"');
    expect(hits(text, ID)).toEqual([{ messageId: 'space', ...at(text, ' , với'), fixable: true }]);
    // (straight-quote turns the escapes into curly quotes in the same pass)
    expect(fixText(text)).toContain('title: "Làm việc về phong trào “Dân vận khéo”, với UBND tỉnh"');
  });

  it('leaves a line that starts a continuation alone', () => {
    expect(hits(withBody('- Mục một\n  , mục hai'), ID)).toEqual([]);
  });
});
