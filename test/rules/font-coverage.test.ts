// font-coverage: check reports what render would refuse (a character the PDF font cannot draw),
// where render reports it, only where the documents print it.
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleNote } from '../../src/rules/example-note.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { at, hits, lint, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'font-coverage';

describe(ID, () => {
  standardRuleTests(ID);

  it('reports an emoji and a CJK character as errors at their line:column, in both languages', () => {
    const text = withBody('Đoàn ghi nhận 😀 kết quả; ký hiệu 漢 không in được.');
    expect(hits(text, ID)).toEqual([
      { messageId: 'missing-glyph', ...at(text, '😀'), fixable: false },
      { messageId: 'missing-glyph', ...at(text, '漢'), fixable: false },
    ]);
    const [m] = lint(text, { lang: 'en' }).messages.filter((x) => x.ruleId === ID);
    expect(m).toMatchObject({ severity: 2, endColumn: m.column + 2, message: 'The PDF font cannot print the character "😀" (U+1F600); remove or replace it.' });
    expect(lint(text).messages.find((x) => x.ruleId === ID)!.message).toBe('Phông chữ của bản PDF không in được ký tự "😀" (U+1F600); hãy xóa hoặc thay ký tự này.');
  });

  it('looks only at printed text: a printed front-matter field counts, YAML and HTML comments do not', () => {
    const text = exampleNote({ frontMatter: { location: 'Trụ sở ☎ Ủy ban nhân dân tỉnh' }, body: 'Đoàn ghi nhận kết quả.\n\n<!-- ghi chú 🎉 -->' }).replace(
      '\ndate:',
      '\n# ghi chú 📌 trong YAML\ndate:',
    );
    expect(text).toContain('📌');
    expect(hits(text, ID)).toEqual([{ messageId: 'missing-glyph', ...at(text, '☎'), fixable: false }]);
  });

  it('uses the font of the config: with font: times and no Times New Roman, the shipped one, as render does', () => {
    const text = withBody('Ký hiệu 漢.');
    expect(hits(text, ID, { ruleOptions: { toneStyle: 'old', font: 'times' } })).toEqual([{ messageId: 'missing-glyph', ...at(text, '漢'), fixable: false }]);
  });

  it('makes check fail on what render refuses, while an HTML-only render still prints it', () => {
    const ws = tempDir();
    const text = withBody('Đoàn ghi nhận 😀 kết quả.');
    writeFileSync(path.join(ws, 'x.md'), text);
    const { line, column } = at(text, '😀');
    const check = runCli(['check', 'x.md', '--lang', 'en'], { cwd: ws });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`x.md:${line}:${column}  error  The PDF font cannot print the character "😀" (U+1F600); remove or replace it.  font-coverage`);
    const pdf = runCli(['render', 'x.md', '--to', 'pdf', '--lang', 'en'], { cwd: ws });
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain(`x.md:${line}:${column}  error  The PDF font cannot print the character "😀" (U+1F600); remove or replace it.  font-coverage`);
    const html = runCli(['render', 'x.md', '--to', 'html'], { cwd: ws });
    expect(html.code, html.stderr).toBe(0);
    expect(existsSync(path.join(ws, 'out/x.html'))).toBe(true);
  });
});
