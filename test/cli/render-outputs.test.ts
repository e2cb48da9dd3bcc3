// Where render writes and what happens when it cannot: an output that cannot be written fails
// its note alone, notes outside the working folder keep their folders, two notes never share
// an output, a failed note loses its earlier files, a bad --out is a usage error; the bundle's
// name, cover and cache.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { runCli, workspace, noStack, ROOT } from '../helpers/cli.js';
import { flat, readPdf } from '../render/pdf/pdf-helpers.js';

const Q3 = 'reports/2024/Q3';
const NOTES = readdirSync(path.join(ROOT, Q3)).filter((f) => f.endsWith('.md')).sort();
const source = (i: number) => readFileSync(path.join(ROOT, Q3, NOTES[i]), 'utf8');
const stem = (n: string) => n.replace(/\.md$/, '');

const counts = (stderr: string) => {
  const m = /Wrote (\d+) files?, skipped (\d+) \(unchanged\), (\d+) notes? failed/.exec(stderr);
  if (!m) throw new Error(`no summary line in: ${stderr}`);
  return { rendered: Number(m[1]), skipped: Number(m[2]), failed: Number(m[3]) };
};
const en = (args: string[], cwd: string) => runCli(['--lang', 'en', 'render', ...args], { cwd });
const temps = (dir: string) => globSync(['**/*.tmp'], { cwd: dir, dot: true });

describe('an output that cannot be written', () => {
  it('fails its note alone (a folder in the way): the others, the index, the summary and the cache are written; exit 1', () => {
    const dir = workspace(Q3);
    const blocked = path.join(dir, 'out', Q3, `${stem(NOTES[2])}.html`);
    mkdirSync(blocked, { recursive: true });
    for (const jobs of ['1', '2']) {
      const r = en([Q3, '--to', 'html,pdf', '--jobs', jobs, '--force'], dir);
      expect(r.code, r.stderr).toBe(1);
      expect(noStack(r.stderr)).toBe(true);
      expect(r.stderr).not.toContain('Internal');
      expect(r.stderr).toContain(`${Q3}/${NOTES[2]}: Cannot write out/${Q3}/${stem(NOTES[2])}.html: is a directory.`);
      expect(counts(r.stderr)).toEqual({ rendered: 12, skipped: 0, failed: 1 });
      for (const n of NOTES.filter((_, i) => i !== 2)) {
        for (const ext of ['.html', '.pdf']) expect(existsSync(path.join(dir, 'out', Q3, stem(n) + ext)), n + ext).toBe(true);
      }
      // none of the failed note's files: not its PDF either
      expect(existsSync(path.join(dir, 'out', Q3, `${stem(NOTES[2])}.pdf`))).toBe(false);
      for (const f of ['index.html', 'summary.html', 'summary.csv', '.bienban-cache.json']) expect(existsSync(path.join(dir, 'out', f)), f).toBe(true);
      expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).not.toContain(stem(NOTES[2]));
      expect(temps(dir)).toEqual([]);
    }
  });

  it('a page that cannot be written is reported by name, the notes are kept; exit 1', () => {
    const dir = workspace(Q3);
    mkdirSync(path.join(dir, 'out', 'summary.html'), { recursive: true });
    const r = en([Q3, '--to', 'html'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('Cannot write out/summary.html: is a directory.');
    expect(r.stderr).not.toContain('Internal');
    expect(counts(r.stderr)).toEqual({ rendered: 7, skipped: 0, failed: 0 });
    // the last line does not read as a clean run
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/0 notes failed, 1 other file not written \(see above\), in [\d.]+ s\.$/);
    expect(existsSync(path.join(dir, 'out', 'index.html'))).toBe(true);
    // Vietnamese too
    const vi = runCli(['render', Q3, '--to', 'html'], { cwd: dir });
    expect(vi.stderr).toContain('0 ghi chép lỗi, 1 tệp khác không ghi được (xem ở trên)');
  });

  it('a note whose name fits renders (the temp name is short); one whose output name is too long fails alone', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'notes'));
    // 240 bytes: "<name>.thong-bao.html" is 252, under the 255-byte limit; a temp name built from it was not
    const fits = `${'a'.repeat(237)}.md`;
    // 250 bytes: "<name>.thong-bao.html" is 262, too long for any file system
    const long = `${'b'.repeat(247)}.md`;
    writeFileSync(path.join(dir, 'notes', fits), source(0));
    writeFileSync(path.join(dir, 'notes', long), source(1));
    writeFileSync(path.join(dir, 'notes', 'short.md'), source(2));
    const r = en(['notes', '--to', 'html', '--doc', 'all'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toContain('Internal');
    expect(r.stderr).toContain(`notes/${long}: Cannot write out/notes/${stem(long)}.`);
    expect(r.stderr).toContain('the file name is too long.');
    expect(counts(r.stderr)).toEqual({ rendered: 4, skipped: 0, failed: 1 });
    expect(existsSync(path.join(dir, 'out', 'notes', `${stem(fits)}.thong-bao.html`))).toBe(true);
    expect(existsSync(path.join(dir, 'out', 'notes', 'short.html'))).toBe(true);
    // not even its biên bản, whose name would fit
    expect(readdirSync(path.join(dir, 'out', 'notes')).filter((f) => f.startsWith('b'))).toEqual([]);
    expect(temps(dir)).toEqual([]);
  });
});

describe('--out', () => {
  it.each([['notes.txt'], ['notes.txt/sub']])('--out %s (a file, or below one) is a usage error naming the file (exit 2), in both languages', (out) => {
    const dir = workspace(Q3);
    writeFileSync(path.join(dir, 'notes.txt'), 'not a folder\n');
    const r = en([Q3, '--to', 'html', '--out', out], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: /);
    expect(r.stderr).toContain(`"${out}"`);
    expect(r.stderr).toContain('"notes.txt" is a file, not a folder');
    expect(r.stderr).not.toContain('Internal');
    const vi = runCli(['render', Q3, '--to', 'html', '--out', out], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^Lỗi: .*"notes\.txt" là một tệp/);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('not a folder\n');
  });

  // Node 20's recursive mkdir spins forever there: the run hung at 100% CPU
  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('a folder that cannot be made (under /proc) is one setup error, named by its absolute path, and the run ends (exit 2)', () => {
    const dir = workspace(Q3);
    const r = en([Q3, '--to', 'html', '--out', '/proc/bienban-test/out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Error: Cannot use "/proc/bienban-test/out" as the output folder: the system does not allow a folder there.\n');
    // a folder that is there but takes no file (root may "write" to /proc by access(2))
    const there = en([Q3, '--to', 'html', '--out', '/proc'], dir);
    expect(there.code).toBe(2);
    expect(there.stderr).toMatch(/^Error: Cannot use "\/proc" as the output folder: (the system does not allow files in it|permission denied)\.\n$/);
  });

  // each case gave exit 1 and the same raw system message for every note and page
  it('a link loop or a link to nothing is one setup error before any note renders (exit 2), in both languages', () => {
    const dir = workspace(Q3);
    symlinkSync('loop', path.join(dir, 'loop'));
    symlinkSync(path.join(dir, 'gone', 'out'), path.join(dir, 'dangling'));
    const loop = en([Q3, '--to', 'html', '--out', 'loop'], dir);
    expect(loop.code).toBe(2);
    expect(loop.stderr).toBe('Error: Cannot use "loop" as the output folder: the path goes through too many symbolic links (perhaps a link that points back to itself).\n');
    const vi = runCli(['render', Q3, '--to', 'html', '--out', 'loop'], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe('Lỗi: Không dùng được "loop" làm thư mục kết quả: đường dẫn đi qua quá nhiều liên kết tượng trưng (có thể là một liên kết vòng trỏ về chính nó).\n');
    for (const out of ['dangling', 'dangling/sub']) {
      const r = en([Q3, '--to', 'html', '--out', out], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`Error: Cannot use "${out}" as the output folder: "dangling" is a symbolic link to nothing.\n`);
    }
    expect(existsSync(path.join(dir, 'gone'))).toBe(false);
  });

  it('a folder outside the working folder is named by its absolute path, not "../../…"', () => {
    const dir = workspace(Q3);
    const cwd = path.join(dir, 'w');
    mkdirSync(cwd);
    writeFileSync(path.join(dir, 'f'), '');
    const r = en([path.join(dir, Q3), '--to', 'html', '--out', path.join(dir, 'f', 'x')], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Error: Cannot use "${path.join(dir, 'f', 'x')}" as the output folder: "${path.join(dir, 'f')}" is a file, not a folder.\n`);
    // a note's output that cannot be written, there: its absolute path too
    const out = path.join(dir, 'elsewhere');
    mkdirSync(path.join(out, stem(NOTES[0]) + '.html'), { recursive: true });
    const w = en([path.join(dir, Q3, NOTES[0]), '--to', 'html', '--out', out], cwd);
    expect(w.code).toBe(1);
    expect(w.stderr).toContain(`Cannot write ${path.join(out, stem(NOTES[0]))}.html: is a directory.`);
    expect(w.stderr).not.toContain('../');
  });

  it('watch refuses an output folder it cannot use as render does (exit 2, one message)', () => {
    const dir = workspace(Q3);
    symlinkSync('loop', path.join(dir, 'loop'));
    const r = runCli(['--lang', 'en', 'watch', Q3, '--port', '0', '--out', 'loop'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Error: Cannot use "loop" as the output folder: the path goes through too many symbolic links (perhaps a link that points back to itself).\n');
  });
});

describe('notes outside the working folder', () => {
  const title = (i: number) => /^title: (.*)$/m.exec(source(i))![1];
  /** dir/coll/a/note.md and dir/coll/b/note.md (two different notes), dir/w/notes/x.md; cwd dir/w */
  const layout = () => {
    const dir = workspace();
    for (const [sub, i] of [['coll/a', 0], ['coll/b', 1], ['w/notes', 2]] as const) {
      mkdirSync(path.join(dir, sub), { recursive: true });
      writeFileSync(path.join(dir, sub, sub.startsWith('w') ? 'x.md' : 'note.md'), source(i));
    }
    return { dir, cwd: path.join(dir, 'w') };
  };

  it('keep their folders, from the deepest folder holding those inputs; notes under the working folder keep theirs', () => {
    const { dir, cwd } = layout();
    const r = en(['../coll/a', '../coll/b', '--to', 'html'], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(counts(r.stderr)).toEqual({ rendered: 2, skipped: 0, failed: 0 });
    expect(readFileSync(path.join(cwd, 'out', 'a', 'note.html'), 'utf8')).toContain(title(0));
    expect(readFileSync(path.join(cwd, 'out', 'b', 'note.html'), 'utf8')).toContain(title(1));
    const index = readFileSync(path.join(cwd, 'out', 'index.html'), 'utf8');
    expect(index).toContain('href="a/note.html"');
    expect(index).toContain('href="b/note.html"');
    // a note under cwd, and a folder given by its absolute path
    const abs = en(['notes', path.join(dir, 'coll'), '--to', 'html', '-o', 'out2'], cwd);
    expect(abs.code, abs.stderr).toBe(0);
    expect(globSync(['out2/**/*.html'], { cwd }).sort()).toEqual(['out2/a/note.html', 'out2/b/note.html', 'out2/index.html', 'out2/notes/x.html', 'out2/summary.html']);
  });

  it('two notes that would write one file both fail, naming each other, and neither is written; exit 1', () => {
    const { dir, cwd } = layout();
    // cwd/a/note.md → out/a/note.html, and so does ../coll/a/note.md (from ../coll)
    mkdirSync(path.join(cwd, 'a'));
    writeFileSync(path.join(cwd, 'a', 'note.md'), source(3));
    const r = en(['a', '../coll', '--to', 'html'], cwd);
    expect(r.code, r.stderr).toBe(1);
    // the note outside the working folder by its absolute path, as check names it
    const outside = path.join(dir, 'coll', 'a', 'note.md');
    expect(r.stderr).toContain(`a/note.md: out/a/note.html would also be written for ${outside}, so none of them is written`);
    expect(r.stderr).toContain(`${outside}: out/a/note.html would also be written for a/note.md`);
    expect(counts(r.stderr)).toEqual({ rendered: 1, skipped: 0, failed: 2 });
    expect(existsSync(path.join(cwd, 'out', 'a', 'note.html'))).toBe(false);
    expect(existsSync(path.join(cwd, 'out', 'b', 'note.html'))).toBe(true);
  });

  it('a note that would write over a page of the batch fails', () => {
    const { cwd } = layout();
    writeFileSync(path.join(cwd, 'index.md'), source(3));
    const r = en(['index.md', 'notes', '--to', 'html'], cwd);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('index.md: out/index.html is also the name of a page bienban writes; rename the note.');
    expect(readFileSync(path.join(cwd, 'out', 'index.html'), 'utf8')).toContain('href="notes/x.html"');
  });
});

describe('a note that becomes broken', () => {
  const broken = (dir: string, i: number) => {
    const file = path.join(dir, Q3, NOTES[i]);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^end: .*$/m, 'end: "06:00"'));
  };
  const cached = (dir: string) => Object.keys((JSON.parse(readFileSync(path.join(dir, 'out', '.bienban-cache.json'), 'utf8')) as { notes: object }).notes);

  it('loses the files of earlier runs, and the summary names them; fixed, it renders again', () => {
    const dir = workspace(Q3);
    expect(en([Q3, '--to', 'html,pdf'], dir).code).toBe(0);
    const original = readFileSync(path.join(dir, Q3, NOTES[4]), 'utf8');
    broken(dir, 4);
    const r = en([Q3, '--to', 'html,pdf'], dir);
    expect(r.code, r.stderr).toBe(1);
    const html = `out/${Q3}/${stem(NOTES[4])}.html`;
    const pdf = `out/${Q3}/${stem(NOTES[4])}.pdf`;
    expect(r.stderr).toContain(`Removed 2 earlier output files of the failed note ${Q3}/${NOTES[4]}: ${html}, ${pdf}`);
    expect(existsSync(path.join(dir, html))).toBe(false);
    expect(existsSync(path.join(dir, pdf))).toBe(false);
    expect(cached(dir)).not.toContain(`${Q3}/${NOTES[4]}`);
    expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).not.toContain(stem(NOTES[4]));
    // the other notes' files are untouched
    expect(globSync([`out/${Q3}/*`], { cwd: dir })).toHaveLength(12);
    writeFileSync(path.join(dir, Q3, NOTES[4]), original);
    const fixed = en([Q3, '--to', 'html,pdf'], dir);
    expect(fixed.code).toBe(0);
    expect(counts(fixed.stderr)).toEqual({ rendered: 2, skipped: 12, failed: 0 });
  });

  it('one that cannot be written loses its earlier files too, even one it had just replaced', () => {
    const dir = workspace(Q3);
    expect(en([Q3, '--to', 'pdf,html'], dir).code).toBe(0);
    const html = path.join(dir, 'out', Q3, `${stem(NOTES[1])}.html`);
    rmSync(html);
    mkdirSync(html);
    // the PDF is written (over the old one) before the HTML fails
    const r = en([Q3, '--to', 'pdf,html', '--force'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`Removed 1 earlier output file of the failed note ${Q3}/${NOTES[1]}: out/${Q3}/${stem(NOTES[1])}.pdf`);
    expect(existsSync(path.join(dir, 'out', Q3, `${stem(NOTES[1])}.pdf`))).toBe(false);
  });

  it('the cache of an older version (no file names) still finds them; a cache naming a file outside out/ never removes it', () => {
    const dir = workspace(Q3);
    expect(en([Q3, '--to', 'html'], dir).code).toBe(0);
    const cacheFile = path.join(dir, 'out', '.bienban-cache.json');
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { notes: Record<string, { files?: Record<string, string> }> };
    delete data.notes[`${Q3}/${NOTES[0]}`].files;
    data.notes[`${Q3}/${NOTES[1]}`].files = { 'bien-ban.html': '../keep.html' };
    writeFileSync(cacheFile, JSON.stringify(data));
    writeFileSync(path.join(dir, 'keep.html'), 'mine\n');
    broken(dir, 0);
    broken(dir, 1);
    const r = en([Q3, '--to', 'html'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(existsSync(path.join(dir, 'out', Q3, `${stem(NOTES[0])}.html`))).toBe(false);
    expect(existsSync(path.join(dir, 'out', Q3, `${stem(NOTES[1])}.html`))).toBe(false);
    expect(readFileSync(path.join(dir, 'keep.html'), 'utf8')).toBe('mine\n');
  });
});

describe('the bundle', () => {
  const cover = async (file: string) => flat((await readPdf(readFileSync(file))).pages[0].text);

  it('is named and titled after the documents and the period it holds', async () => {
    const dir = workspace(Q3);
    const tb = en([Q3, '--to', 'html', '--doc', 'thong-bao', '--quarter', '2024-Q3', '--bundle'], dir);
    expect(tb.code, tb.stderr).toBe(0);
    expect(await cover(path.join(dir, 'out', 'tap-thong-bao-2024-Q3.pdf'))).toContain('Tập thông báo kết luận quý III/2024');
    expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toMatch(/href="tap-thong-bao-2024-Q3\.pdf"[^>]*>Tập thông báo kết luận \(PDF\)/);
    const all = en([Q3, '--to', 'html', '--bundle'], dir);
    expect(all.code, all.stderr).toBe(0);
    // the range once, as the subtitle (the title names a whole quarter only)
    const plain = await cover(path.join(dir, 'out', 'tap-bien-ban.pdf'));
    expect(plain).toContain('Tập biên bản Từ ngày 16/7/2024 đến ngày 24/9/2024');
    expect(plain.match(/đến ngày/g)).toHaveLength(1);
    const range = en([Q3, '--to', 'html', '--doc', 'all', '--since', '2024-08-01', '--until', '2024-08-31', '--bundle'], dir);
    expect(range.code, range.stderr).toBe(0);
    expect(await cover(path.join(dir, 'out', 'tap-bien-ban-thong-bao-2024-08-01-den-2024-08-31.pdf'))).toContain('Tập biên bản và thông báo kết luận Từ ngày 01/8/2024 đến ngày 31/8/2024');
    expect(globSync(['out/*.pdf'], { cwd: dir }).sort()).toEqual(['out/tap-bien-ban-thong-bao-2024-08-01-den-2024-08-31.pdf', 'out/tap-bien-ban.pdf', 'out/tap-thong-bao-2024-Q3.pdf']);
  });

  it.each([[['--force']], [[]]])('is keyed by the notes rendered with %j and no period, read by the workers alone', (first) => {
    // --force, or a first run into a folder with no cache: no note is read before it renders
    const dir = workspace(Q3);
    const run = (...more: string[]) => en([Q3, '--to', 'html', '--bundle', ...more], dir);
    const all = run(...first);
    expect(all.code, all.stderr).toBe(0);
    expect(counts(all.stderr)).toEqual({ rendered: 8, skipped: 0, failed: 0 });
    // the next plain run reads the notes itself: the same hashes, so nothing is rebuilt
    expect(counts(run().stderr)).toEqual({ rendered: 0, skipped: 8, failed: 0 });
  });

  it('is built again only when what it holds changed, and counted in the summary either way', () => {
    const dir = workspace(Q3);
    const bundle = path.join(dir, 'out', 'tap-bien-ban-2024-Q3.pdf');
    const run = (...more: string[]) => en([Q3, '--to', 'html', '--quarter', '2024-Q3', '--bundle', ...more], dir);
    const first = run();
    expect(first.code, first.stderr).toBe(0);
    expect(counts(first.stderr)).toEqual({ rendered: 8, skipped: 0, failed: 0 });
    const before = statSync(bundle).mtimeMs;
    const second = run();
    expect(second.stderr).not.toContain('Wrote out/tap-bien-ban-2024-Q3.pdf');
    expect(counts(second.stderr)).toEqual({ rendered: 0, skipped: 8, failed: 0 });
    expect(statSync(bundle).mtimeMs).toBe(before);
    // a changed note: its HTML and the bundle
    const note = path.join(dir, Q3, NOTES[3]);
    writeFileSync(note, readFileSync(note, 'utf8').replace('## Kết luận\n', '## Kết luận\n\nĐoạn mới thêm.\n'));
    const third = run();
    expect(third.stderr).toContain('Wrote out/tap-bien-ban-2024-Q3.pdf');
    expect(counts(third.stderr)).toEqual({ rendered: 2, skipped: 6, failed: 0 });
    // deleted: built again
    rmSync(bundle);
    expect(counts(run().stderr)).toEqual({ rendered: 1, skipped: 7, failed: 0 });
    expect(existsSync(bundle)).toBe(true);
    // --force renders everything, the bundle included
    expect(counts(run('--force').stderr)).toEqual({ rendered: 8, skipped: 0, failed: 0 });
    expect(run('--force').stderr).toContain('Building the bundle out/tap-bien-ban-2024-Q3.pdf (7 visits)…');
    // a note that fails: no bundle that would pass for the whole quarter, and the old one goes
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^date: .*$/m, 'date: 2024-07-32'));
    const broken = run();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('The bundle out/tap-bien-ban-2024-Q3.pdf is not written, and the earlier one was removed: 1 failed note would be missing from it');
    expect(existsSync(bundle)).toBe(false);
    // and the index links no bundle
    expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).not.toContain('tap-bien-ban-2024-Q3.pdf');
    expect(run().stderr).toContain('The bundle out/tap-bien-ban-2024-Q3.pdf is not written: 1 failed note');
  });

  it('a folder where the bundle or a note\'s output was is no unchanged file: rendered again, and its failure told', () => {
    const dir = workspace(Q3);
    const run = (...more: string[]) => en([Q3, '--to', 'html', '--bundle', ...more], dir);
    expect(run().code).toBe(0);
    const bundle = path.join(dir, 'out', 'tap-bien-ban.pdf');
    const html = path.join(dir, 'out', Q3, `${stem(NOTES[0])}.html`);
    for (const f of [bundle, html]) {
      rmSync(f);
      mkdirSync(f);
    }
    const r = run();
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`Cannot write out/${Q3}/${stem(NOTES[0])}.html: is a directory.`);
    // a note failed, so the bundle is withheld; the folder in its place is not taken for it
    expect(r.stderr).toContain('The bundle out/tap-bien-ban.pdf is not written: 1 failed note');
    rmSync(html, { recursive: true });
    const again = run();
    expect(again.stderr).toContain('Could not write the bundle out/tap-bien-ban.pdf: is a directory.');
    expect(again.stderr.trim().split('\n').at(-1)).toMatch(/0 notes failed, 1 other file not written/);
    expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).not.toContain('tap-bien-ban.pdf');
    rmSync(bundle, { recursive: true });
    expect(run().code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toContain('href="tap-bien-ban.pdf"');
  });

  it('when every note fails, the pages list none and the old bundle goes, said so', () => {
    const dir = workspace(Q3);
    const one = path.join(Q3, NOTES[0]);
    expect(en([one, '--to', 'html', '--bundle'], dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toContain(`${stem(NOTES[0])}.html`);
    const note = path.join(dir, one);
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^date: .*$/m, 'date: 2024-07-32'));
    const r = en([one, '--to', 'html', '--bundle'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The bundle out/tap-bien-ban.pdf is not written, and the earlier one was removed');
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/1 note failed, 1 other file not written/);
    expect(existsSync(path.join(dir, 'out', 'tap-bien-ban.pdf'))).toBe(false);
    const index = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(index).not.toContain(`${stem(NOTES[0])}.html`);
    expect(index).not.toContain('tap-bien-ban.pdf');
    // no period to name: the sentence ends without a gap
    expect(index).toContain('<p>0 buổi làm việc, kiểm tra.</p>');
    expect(readFileSync(path.join(dir, 'out', 'summary.html'), 'utf8')).toContain('0 buổi làm việc, kiểm tra; 0 kiến nghị và kết luận.');
  });

  it('a cache file that cannot be written is told once, and counted once, with the bundle too', () => {
    const dir = workspace(Q3);
    mkdirSync(path.join(dir, 'out', '.bienban-cache.json'), { recursive: true });
    const r = en([Q3, '--to', 'html', '--bundle'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('Cannot write out/.bienban-cache.json: is a directory.').length).toBe(2);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/0 notes failed, 1 other file not written/);
  });

  it('the outputs of a note that fails are not counted as unchanged', () => {
    const dir = workspace(Q3);
    const run = () => en([Q3, '--to', 'html,pdf'], dir);
    expect(run().code).toBe(0);
    const pdf = path.join(dir, 'out', Q3, `${stem(NOTES[0])}.pdf`);
    rmSync(pdf);
    mkdirSync(pdf);
    const r = run();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Removed 1 earlier output file of the failed note ${Q3}/${NOTES[0]}: out/${Q3}/${stem(NOTES[0])}.html`);
    // its HTML was removed, not left unchanged: the other notes' two files each are
    expect(counts(r.stderr)).toEqual({ rendered: 0, skipped: 2 * (NOTES.length - 1), failed: 1 });
  });
});
