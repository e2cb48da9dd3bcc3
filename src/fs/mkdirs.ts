// mkdir -p without Node's own recursive mkdir: on Node 20 that spins forever at 100% CPU when a
// parent exists but cannot hold folders (`-o /proc/x/out`: mkdir says ENOENT, its parent EEXIST).
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** makes `dir` and its missing parents; throws the system's error (EEXIST for a file in the way) */
export function makeDirs(dir: string): void {
  const target = path.resolve(dir);
  const missing: string[] = [];
  for (let d = target; ; d = path.dirname(d)) {
    let st;
    try {
      st = statSync(d);
    } catch (e) {
      // ENOTDIR: a file further up
      if (code(e) !== 'ENOENT' && code(e) !== 'ENOTDIR') throw e;
    }
    if (st) {
      // a file in the way: mkdir reports it (EEXIST at the target, ENOTDIR below a file)
      if (!st.isDirectory() && d === target) missing.push(d);
      break;
    }
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  // each once, parents first: an error is final
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      // made meanwhile (another thread writing into the same folder)
      if (code(e) !== 'EEXIST' || !isDir(d)) throw e;
    }
  }
}

function isDir(d: string): boolean {
  try {
    return statSync(d).isDirectory();
  } catch {
    return false;
  }
}
