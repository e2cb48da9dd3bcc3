// A workspace's own templates through the built CLI: each file replaces its built-in twin
// alone, and a template that does not compile is reported once, at its file:line:col.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

describe('a template that does not compile stops the command once, at its file:line:col', () => {
  const lines = (s: string) => s.split('\n').length;

  it('Handlebars: exit 2 before any note, in Vietnamese and English', () => {
    let at = 0;
    const dir = withTemplates({ 'bien-ban/html/main.hbs': (s) => ((at = lines(s)), `${s}{{#if}} {{/each}}\n`) });
    const r = runCli(['render', Q3, '--to', 'html,pdf'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Lỗi: templates/bien-ban/html/main.hbs:${at}:4  Mẫu HTML không dịch được nên chưa tạo văn bản nào; hãy sửa tệp mẫu này rồi chạy lại.\nHandlebars: if doesn't match each\n`);
    expect(existsSync(path.join(dir, 'out', Q3))).toBe(false);
    const en = runCli(['--lang', 'en', 'render', Q3, '--to', 'html', '--jobs', '1'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`Error: templates/bien-ban/html/main.hbs:${at}:4  The HTML template does not compile, so nothing was rendered; fix this template file and run again.\nHandlebars: if doesn't match each\n`);
  });

  it('Handlebars: a partial that does not exist is found before rendering', () => {
    const dir = withTemplates({ '_shared/html/partials/title.hbs': (s) => `${s}{{> chu-ky}}\n` });
    const r = runCli(['render', Q3, '--to', 'html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Lỗi: templates\/_shared\/html\/partials\/title\.hbs:\d+:1 {2}Mẫu HTML không dịch được.*\nKhông có mẫu con \(partial\) "chu-ky"/);
  });

  it('Typst: an error in lib.typ is shown once at its line in lib.typ (not main.typ), on one thread or several', () => {
    let at = 0;
    const dir = withTemplates({ [LIB]: (s) => ((at = lines(s)), `${s}#let x = (\n`) });
    for (const jobs of ['1', '2']) {
      const r = runCli(['render', Q3, '--to', 'pdf', '--jobs', jobs], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`Lỗi: templates/_shared/typst/lib.typ:${at}:10  Mẫu PDF không dịch được nên chưa tạo văn bản nào; hãy sửa tệp mẫu này rồi chạy lại.\nTypst: unclosed delimiter\n`);
      expect(existsSync(path.join(dir, 'out', Q3))).toBe(false);
    }
  });

  it("Typst: an error that depends on one note's data fails that note only, naming the template line", () => {
    let at = 0;
    const dir = withTemplates({ 'bien-ban/typst/main.typ': (s) => ((at = lines(s)), `${s}#d.header.at("parent")\n`) });
    // this note has no cơ quan chủ quản: header.parent is absent from its view
    const note = path.join(dir, Q3, NOTES[0]);
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^ {2}parent: .*\n/m, ''));
    const r = runCli(['render', Q3, '--to', 'pdf'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${Q3}/${NOTES[0]}: templates/bien-ban/typst/main.typ:${at}:2  Mẫu PDF gặp lỗi với dữ liệu của ghi chép này (Typst: dictionary does not contain key "parent"`);
    expect(r.stderr).toContain(`Đã tạo ${NOTES.length - 1} tệp`);
  });

  it('Typst: a broken bundle template stops the command before any note, at its line relative to the workspace', () => {
    let at = 0;
    const dir = withTemplates({ 'bundle/typst/main.typ': (s) => ((at = lines(s)), `${s}#let x = (\n`) });
    const r = runCli(['render', Q3, '--to', 'html', '--bundle'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Lỗi: templates/bundle/typst/main.typ:${at}:10  Mẫu PDF không dịch được nên chưa tạo văn bản nào; hãy sửa tệp mẫu này rồi chạy lại.\nTypst: unclosed delimiter\n`);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    // without --bundle the template is not used, so not tried
    expect(runCli(['render', Q3, '--to', 'html'], { cwd: dir }).code).toBe(0);
  });

  it("Typst: a bundle template that fails on the quarter's data only fails the bundle, after the notes", () => {
    // the sample note gives two views, the quarter seven: only the quarter reaches the bad index
    const dir = withTemplates({ 'bundle/typst/main.typ': (s) => s });
    expect(runCli(['render', Q3, '--to', 'html', '--bundle', '--doc', 'all'], { cwd: dir }).code).toBe(0);
    const main = path.join(dir, 'templates', 'bundle', 'typst', 'main.typ');
    writeFileSync(main, `${readFileSync(main, 'utf8')}#if b.views.len() > 3 { b.views.at(100) }\n`);
    const r = runCli(['render', Q3, '--to', 'html', '--bundle', '--doc', 'all'], { cwd: dir });
    // the earlier bundle is of other text: removed, and said so
    expect(r.stderr).toContain('Không tạo được tập văn bản out/tap-bien-ban-thong-bao.pdf và đã xóa tập cũ: Typst: templates/bundle/typst/main.typ:');
    expect(existsSync(path.join(dir, 'out', 'tap-bien-ban-thong-bao.pdf'))).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Không tạo được tập văn bản out\/tap-bien-ban-thong-bao\.pdf và đã xóa tập cũ: Typst: templates\/bundle\/typst\/main\.typ:\d+:\d+: array index out of bounds/);
    expect(r.stderr).not.toContain(dir);
    // the notes did not change: left as they were
    expect(r.stderr).toContain(`Đã tạo 0 tệp, bỏ qua ${2 * NOTES.length} (không đổi)`);
    // with no bundle in place, the next failure has nothing to remove
    expect(runCli(['render', Q3, '--to', 'html', '--bundle', '--doc', 'all'], { cwd: dir }).stderr).toMatch(/Không tạo được tập văn bản out\/tap-bien-ban-thong-bao\.pdf: Typst:/);
  });
});
