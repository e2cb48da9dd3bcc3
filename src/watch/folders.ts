// Watches folders, not files: reports the path of every entry created, changed, renamed or
// deleted in them (and, when recursive, in their sub-folders, old and new).
import { watch, lstatSync, readdirSync, type FSWatcher, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * Node 20's recursive fs.watch on Linux is built on one watch per file inode: a save by rename
 * (vim, Emacs, `sed -i`, VS Code's safe write) puts a new inode under the name and later saves
 * go unseen. A folder's own watch names every entry that changes, whatever the inode, so on Linux
 * each folder gets one. macOS and Windows watch a whole tree natively and by path.
 */
const NATIVE_RECURSIVE = process.platform === 'darwin' || process.platform === 'win32';

export interface FolderWatcherOptions {
  /** an absolute path changed (a file or a folder; a watched folder itself when the event names nothing) */
  onChange: (p: string) => void;
  onError: (e: Error) => void;
  /** sub-folders not to descend into (the roots themselves are always watched) */
  skip?: (dir: string) => boolean;
}

export class FolderWatcher {
  /** watched folder → its watcher, its inode, and whether sub-folders are watched too */
  private readonly watchers = new Map<string, { w: FSWatcher; ino: number; recursive: boolean }>();
  private closed = false;

  constructor(private readonly o: FolderWatcherOptions) {}

  /** watches `dir` (and, when recursive, every folder below it except skipped ones) */
  add(dir: string, recursive: boolean): void {
    if (NATIVE_RECURSIVE || !recursive) return void this.watchOne(dir, recursive && NATIVE_RECURSIVE, recursive);
    this.watchTree(dir);
  }

  /** the folders watched one by one (tests) */
  folders(): string[] {
    return [...this.watchers.keys()].sort();
  }

  close(): void {
    this.closed = true;
    for (const { w } of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private watchOne(dir: string, native: boolean, recursive: boolean): boolean {
    if (this.closed || this.watchers.has(dir)) return false;
    let w: FSWatcher;
    let ino: number;
    try {
      ino = lstatSync(dir).ino;
      w = watch(dir, { recursive: native }, (_event, name) => this.event(dir, recursive && !native, name?.toString()));
    } catch (e) {
      // gone between the listing and now: its parent's event says so
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.o.onError(e as Error);
      return false;
    }
    w.on('error', (e) => {
      this.unwatch(dir);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'EPERM') this.o.onError(e);
    });
    this.watchers.set(dir, { w, ino, recursive });
    return true;
  }

  private watchTree(dir: string): void {
    if (!this.watchOne(dir, false, true)) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // symbolic links are not followed: a link to a parent would loop
    for (const e of entries) {
      const sub = path.join(dir, e.name);
      if (e.isDirectory() && !this.o.skip?.(sub)) this.watchTree(sub);
    }
  }

  private event(dir: string, recursive: boolean, name: string | undefined): void {
    if (this.closed) return;
    if (!name) return this.o.onChange(dir);
    const p = path.resolve(dir, name);
    if (recursive && p !== dir) {
      const st = lstatOrUndefined(p);
      // a folder created or moved in is watched with all it holds; one deleted or moved out is
      // dropped (a watch follows the inode, so a folder replaced under the same name is watched anew)
      const known = this.watchers.get(p);
      if (known && known.ino !== st?.ino) this.unwatch(p);
      if (st?.isDirectory()) {
        if (!this.watchers.has(p) && !this.o.skip?.(p)) this.watchTree(p);
      } else this.unwatch(p);
    }
    this.o.onChange(p);
  }

  /** stops watching `dir` and every folder below it */
  private unwatch(dir: string): void {
    for (const [d, { w }] of this.watchers) {
      const r = path.relative(dir, d);
      if (r === '' || (!r.startsWith('..') && !path.isAbsolute(r))) {
        w.close();
        this.watchers.delete(d);
      }
    }
  }
}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
