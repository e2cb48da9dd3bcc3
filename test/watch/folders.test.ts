// The folder watcher: new, deleted and replaced folders, skipped folders (real file events).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FolderWatcher } from '../../src/watch/folders.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
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
    await sleep(100);
    writeFileSync(path.join(dir, 'a/c/d/n.md'), 'x');
    await sleep(100);
    expect(seen).toContain('a/c/d/n.md');
    expect(folders()).toEqual(['.', 'a', 'a/b', 'a/c', 'a/c/d']);
    rmSync(path.join(dir, 'a/c'), { recursive: true });
    await sleep(100);
    expect(folders()).toEqual(['.', 'a', 'a/b']);
  });

  it('a folder replaced under the same name is watched anew, under its name', async () => {
    const { dir, seen } = start();
    // the old folder moves away and another takes its name
    renameSync(path.join(dir, 'a'), path.join(dir, 'old'));
    mkdirSync(path.join(dir, 'a'));
    await sleep(100);
    seen.length = 0;
    writeFileSync(path.join(dir, 'a/n.md'), 'x');
    writeFileSync(path.join(dir, 'old/b/m.md'), 'x');
    await sleep(100);
    expect(seen).toContain('a/n.md');
    expect(seen).toContain('old/b/m.md');
    expect(seen).not.toContain('a/b/m.md');
  });
});
