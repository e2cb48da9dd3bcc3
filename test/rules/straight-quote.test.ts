import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, inBody, fixText, hits, lint, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'straight-quote';

describe(ID, () => {
  standardRuleTests(ID);

  it('pairs straight quotes into opening and closing curly quotes', () => {
    const text = withBody('Phong trào thi đua "Dân vận khéo" được hưởng ứng (gọi tắt là "Dân vận").');
    expect(hits(text, ID)).toEqual([
      { messageId: 'straight', ...inBody(text, '"'), fixable: true },
      { messageId: 'straight', ...inBody(text, '"', 1), fixable: true },
      { messageId: 'straight', ...inBody(text, '"', 2), fixable: true },
      { messageId: 'straight', ...inBody(text, '"', 3), fixable: true },
    ]);
    expect(fixText(text)).toBe(withBody('Phong trào thi đua “Dân vận khéo” được hưởng ứng (gọi tắt là “Dân vận”).'));
  });

  it('sees through emphasis markers', () => {
    expect(fixText(withBody('Mô hình *"Dân vận khéo"* và "**Dân vận**".'))).toBe(withBody('Mô hình *“Dân vận khéo”* và “**Dân vận**”.'));
  });

  it('fixes quotes that are part of a front-matter value, never YAML quoting', () => {
    const text = exampleNote({ frontMatter: { title: 'Làm việc về phong trào "Dân vận khéo"' } });
    const found = hits(text, ID);
    expect(found.map((h) => [h.line, h.column])).toEqual([
      [at(text, '"').line, at(text, '"').column],
      [at(text, '"', 1).line, at(text, '"', 1).column],
    ]);
    const fixed = fixText(text);
    expect(fixed).toContain('phong trào “Dân vận khéo”');
    expect(lint(fixed).messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it('leaves code and HTML comments alone', () => {
    expect(hits(withBody('Lệnh `echo "x"` và <!-- ghi chú "nháp" -->.\n\n```\nx = "y"\n```'), ID)).toEqual([]);
  });

  it('turns the \\" escapes of a double-quoted YAML value into curly quotes, which need no escape', () => {
    const text = exampleNote({}).replace(/^title: .*$/m, 'title: "Phong trào \\"Dân vận khéo\\" tại tỉnh"  # "ghi chú"');
    expect(hits(text, ID)).toEqual([
      { messageId: 'straight', ...at(text, '\\"Dân'), fixable: true },
      { messageId: 'straight', ...at(text, '\\" tại'), fixable: true },
    ]);
    const fixed = fixText(text);
    expect(fixed).toContain('title: "Phong trào “Dân vận khéo” tại tỉnh"  # "ghi chú"');
    expect(lint(fixed).messages.filter((m) => m.ruleId === 'yaml' || m.ruleId === 'schema')).toEqual([]);
  });
});
