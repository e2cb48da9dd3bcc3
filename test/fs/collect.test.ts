// Folders are searched for notes, minus dependencies, version control and output folders;
// notes found outside the working folder are placed below out/ from the folder holding them.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectNotes } from '../../src/fs/collect.js';
import { outputPath, outsideBase } from '../../src/api/render.js';
import { SKIPPED_DIRS } from '../../src/fs/skipped-dirs.js';
import { tempDir } from '../helpers/cli.js';

describe('collectNotes', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips links in a walk (a loop, a link to "/"), and follows a link named on the command line', async () => {
    const root = tempDir();
    const put = (rel: string) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), '# note\n');
    };
    put('notes/a/n.md');
    put('shared/x.md');
    symlinkSync('../../notes', path.join(root, 'notes/a/loop'));
    symlinkSync('/', path.join(root, 'notes/root'));
    symlinkSync('../shared', path.join(root, 'notes/linked'));
    symlinkSync('../shared/x.md', path.join(root, 'notes/linked-note.md'));
    const rel = (fs: string[]) => fs.map((f) => path.relative(root, f).split(path.sep).join('/'));
    expect(rel((await collectNotes(['notes'], root)).files)).toEqual(['notes/a/n.md']);
    expect(rel((await collectNotes(['notes/**/*.md'], root)).files)).toEqual(['notes/a/n.md']);
    expect(rel((await collectNotes(['notes/linked', 'notes/linked-note.md'], root)).files)).toEqual(['notes/linked-note.md', 'notes/linked/x.md']);
  });

  it('walks a folder and skips node_modules, .git, out and dist', async () => {
    const put = (rel: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), '# note\n');
    };
    put('notes/a.md');
    put('notes/2024/Q3/b.md');
    put('notes/readme.txt');
    // a folder named like a note holds no notes of its own
    put('notes/ghi-chep.md/data.json');
    put('notes/ghi-chep.md/sub/readme.txt');
    for (const d of SKIPPED_DIRS) put(`notes/${d}/x/c.md`);
    expect(SKIPPED_DIRS).toEqual(['node_modules', '.git', 'out', 'dist']);
    const { files, missing } = await collectNotes(['notes', 'nowhere'], dir);
    expect(files.map((f) => path.relative(dir, f).split(path.sep).join('/'))).toEqual(['notes/2024/Q3/b.md', 'notes/a.md']);
    expect(missing).toEqual(['nowhere']);
  });

  it.skipIf(process.platform === 'win32')('reads a device named explicitly as a file (it exists: not "not found")', async () => {
    const { files, missing } = await collectNotes(['/dev/null'], dir);
    expect(files).toEqual(['/dev/null']);
    expect(missing).toEqual([]);
  });

  it('names the folder each input was searched from: a folder, a file\'s folder, a glob\'s fixed part', async () => {
    const { roots } = await collectNotes(['notes', 'notes/2024/Q3/b.md', 'notes/2024/**/*.md', 'nowhere'], dir);
    expect(roots.map((f) => path.relative(dir, f).split(path.sep).join('/'))).toEqual(['notes', 'notes/2024', 'notes/2024/Q3']);
  });
});

describe('outsideBase', () => {
  const cwd = path.resolve('/w/ws');
  const abs = (p: string) => path.resolve('/w', p);

  it('is the deepest folder holding the inputs outside cwd, whatever notes they hold, and none when all are inside', () => {
    expect(outsideBase(cwd, [abs('coll/a'), abs('coll/b')], [abs('coll/a/n.md'), abs('coll/b/n.md')])).toBe(abs('coll'));
    // a folder whose notes are all in one subfolder keeps that subfolder in its layout
    expect(outsideBase(cwd, [abs('reports')], [abs('reports/2024/Q3/n.md')])).toBe(abs('reports'));
    expect(outsideBase(cwd, [abs('ws/notes'), abs('coll')], [abs('ws/notes/x.md'), abs('coll/a/n.md')])).toBe(abs('coll'));
    expect(outsideBase(cwd, [abs('ws/notes')], [abs('ws/notes/x.md')])).toBeUndefined();
  });

  it('places notes below it, and notes under cwd as before', () => {
    const base = outsideBase(cwd, [abs('coll/a'), abs('coll/b')], []);
    const out = (f: string) => path.relative(path.join(cwd, 'out'), outputPath(f, cwd, 'out', 'bien-ban', '.html', base)).split(path.sep).join('/');
    expect([out(abs('coll/a/n.md')), out(abs('coll/b/n.md')), out(abs('ws/notes/x.md'))]).toEqual(['a/n.html', 'b/n.html', 'notes/x.html']);
  });
});
