// Write a file atomically: temp file in the same folder, then rename. A failure leaves nothing behind.
// Synchronous underneath: for a CLI writing hundreds of small files, one blocking write is far
// cheaper than three thread-pool round trips, and a Ctrl-C can never land between write and rename.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { makeDirs } from './mkdirs.js';

const pending = new Set<string>();
// unique per process, thread and call: no random bytes needed (they cost more than the write of a small file)
let serial = 0;
const madeDirs = new Set<string>();

export function writeAtomicSync(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    makeDirs(dir);
    madeDirs.add(dir);
  }
  try {
    replaceViaTemp(file, data);
  } catch (e) {
    // the folder may have been removed since we made it
    madeDirs.delete(dir);
    throw e;
  }
}

export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  writeAtomicSync(file, data);
}

/**
 * Write `data` to a temp file beside `file`, let `prepare` set it up (mode, owner), then rename it
 * over `file`. The folder must exist.
 */
export function replaceViaTemp(file: string, data: string | Uint8Array, mode?: number, prepare?: (tmp: string) => void): void {
  // short and independent of the final name: a name that fits the system's limit (255 bytes)
  // would not fit with a prefix and suffix added
  const tmp = path.join(path.dirname(file), `.bienban-${process.pid}-${threadId}-${(serial++).toString(36)}.tmp`);
  pending.add(tmp);
  try {
    writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
    prepare?.(tmp);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    // the user asked for `file`: a message naming our temp file would puzzle them
    const err = e as NodeJS.ErrnoException;
    if (err.path === tmp) err.path = file;
    throw e;
  } finally {
    pending.delete(tmp);
  }
}

/** temp files still being written (removed on Ctrl-C by the CLI) */
export function pendingTempFiles(): string[] {
  return [...pending];
}
