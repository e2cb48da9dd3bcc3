// The folder watcher: new, deleted and replaced folders, skipped folders (real file events).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FolderWatcher } from '../../src/watch/folders.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** polls until `check` holds (events arrive late on a busy machine) */
async function until(what: string, check: () => boolean, ms = 5000): Promise<void> {
  for (const t0 = Date.now(); !check(); await sleep(20)) if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
}
let watcher: FolderWatcher | undefined;
afterEach(() => watcher?.close());

function start(skip?: (dir: string) => boolean) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-folders-'));
  mkdirSync(path.join(dir, 'a/b'), { recursive: true });
  mkdirSync(path.join(dir, 'out'));
  const seen: string[] = [];
  watcher = new FolderWatcher({ onChange: (p) => seen.push(path.relative(dir, p)), onError: (e) => { throw e; }, skip });
  watcher.add(dir, true);
  const folders = () => watcher!.folders().map((f) => path.relative(dir, f) || '.');
  return { dir, seen, folders };
}

describe.skipIf(process.platform === 'darwin' || process.platform === 'win32')('folder watcher (one watch per folder)', () => {
  it('watches folders created, drops folders deleted, skips what it is told to', async () => {
    const { dir, seen, folders } = start((d) => path.basename(d) === 'out');
    expect(folders()).toEqual(['.', 'a', 'a/b']);
    mkdirSync(path.join(dir, 'a/c/d'), { recursive: true });
    await until('a/c/d watched', () => folders().includes('a/c/d'));
    writeFileSync(path.join(dir, 'a/c/d/n.md'), 'x');
    await until('a/c/d/n.md seen', () => seen.includes('a/c/d/n.md'));
    expect(folders()).toEqual(['.', 'a', 'a/b', 'a/c', 'a/c/d']);
    rmSync(path.join(dir, 'a/c'), { recursive: true });
    await until('a/c dropped', () => folders().length === 3);
    expect(folders()).toEqual(['.', 'a', 'a/b']);
  });

  it('a folder replaced under the same name is watched anew, under its name', async () => {
    const { dir, seen, folders } = start();
    // the old folder moves away and another takes its name
    renameSync(path.join(dir, 'a'), path.join(dir, 'old'));
    mkdirSync(path.join(dir, 'a'));
    await until('both folders watched', () => folders().join() === '.,a,old,old/b,out');
    seen.length = 0;
    writeFileSync(path.join(dir, 'a/n.md'), 'x');
    writeFileSync(path.join(dir, 'old/b/m.md'), 'x');
    await until('both files seen', () => seen.includes('a/n.md') && seen.includes('old/b/m.md'));
    expect(seen).not.toContain('a/b/m.md');
  });
});
