// Folders are searched for notes, minus dependencies, version control and output folders.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectNotes } from '../../src/fs/collect.js';
import { SKIPPED_DIRS } from '../../src/fs/skipped-dirs.js';
import { tempDir } from '../helpers/cli.js';

describe('collectNotes', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks a folder and skips node_modules, .git, out and dist', async () => {
    const put = (rel: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), '# note\n');
    };
    put('notes/a.md');
    put('notes/2024/Q3/b.md');
    put('notes/readme.txt');
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
});
