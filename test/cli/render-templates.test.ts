// A workspace's own templates through the built CLI: each file replaces its built-in twin
// alone, and a template that does not compile is reported once, at its file:line:col.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, workspace, ROOT } from '../helpers/cli.js';
import { flat, readPdf } from '../render/pdf/pdf-helpers.js';

const Q3 = 'reports/2024/Q3';
const NOTES = readdirSync(path.join(ROOT, Q3)).filter((f) => f.endsWith('.md')).sort();
const LIB = '_shared/typst/lib.typ';

/** a workspace with the Q3 notes, `templates: templates` and these template files (built-in text, edited) */
function withTemplates(files: Record<string, (builtin: string) => string>): string {
  const dir = workspace(Q3);
  writeFileSync(path.join(dir, 'bienban.config.yaml'), 'templates: templates\n');
  for (const [rel, edit] of Object.entries(files)) {
    const file = path.join(dir, 'templates', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, edit(readFileSync(path.join(ROOT, 'templates', rel), 'utf8')));
  }
  return dir;
}

const pdfText = async (dir: string, note: string) => flat((await readPdf(readFileSync(path.join(dir, 'out', Q3, note.replace(/\.md$/, '.pdf'))))).pages.map((p) => p.text).join('\n'));

describe('a workspace template file replaces its built-in twin alone', () => {
  it('lib.typ without main.typ is used for every PDF', async () => {
    const dir = withTemplates({ [LIB]: (s) => s.replace('par(text(weight: "bold", doc-type))', 'par(text(weight: "bold", doc-type + " MẪU RIÊNG"))') });
    const r = runCli(['render', Q3, '--to', 'pdf', '--jobs', '2'], { cwd: dir });
    expect(r.stderr).toContain('0 ghi chép lỗi');
    expect(r.code).toBe(0);
    for (const note of [NOTES[0], NOTES[NOTES.length - 1]]) expect(await pdfText(dir, note)).toContain('BIÊN BẢN MẪU RIÊNG');
  });

  it('a partial or the stylesheet alone is used for every HTML', () => {
    const dir = withTemplates({
      '_shared/html/partials/title.hbs': (s) => `${s}<p class="rieng">mẫu con riêng</p>\n`,
      '_shared/html/styles.css': (s) => `${s}\n.rieng { color: teal; }\n`,
    });
    const r = runCli(['render', Q3, '--to', 'html'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(path.join(dir, 'out', Q3, NOTES[0].replace(/\.md$/, '.html')), 'utf8');
    expect(html).toContain('<p class="rieng">mẫu con riêng</p>');
    expect(html).toContain('.rieng { color: teal; }');
    expect(html).toContain('class="hdr"'); // the built-in header partial still
  });
});
