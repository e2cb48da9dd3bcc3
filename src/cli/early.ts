// A command line that names enough notes (folders counted, up to the number that matters) or a
// glob is a batch: its worker thread starts before the command has loaded its modules and found
// its notes (~0.2 s earlier). One that is not needed after all is ended when the command returns.
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { startEarlyWorker } from '../batch/pool.js';
import { SKIPPED_DIRS } from '../fs/skipped-dirs.js';

/** below this many files, `check` runs in this thread: starting workers costs more than it saves */
export const CHECK_WORKERS_FROM = 200;

/**
 * On two cores `check` starts no worker below this many notes, unless --jobs asks for one: each
 * thread's V8 compiles its hot code in the background, on the other core. Measured with npm run
 * bench on 2 vCPUs, 1,000 notes: one thread 1.26 s, two 1.25 s (means of eight runs), two taking
 * a third more CPU; 2,000 notes: two threads 7% faster; 3,000: 20%. (ESLint's "auto" concurrency leaves
 * half of the cores to V8 likewise.) A render keeps its workers: it writes each output from this
 * thread, and two threads stayed ahead (1,000 DOCX 1.9–2.1 s against 3.2 s; HTML into a folder
 * of older outputs 1.55–1.76 s against 2.65 s).
 */
export const TWO_CORE_CHECK_WORKERS_FROM = 1500;

/** how many notes make a batch worth a worker thread */
export function workersFrom(o: { jobs?: string }, command: 'check' | 'render', cores = availableParallelism()): number {
  if (command === 'render') return 2;
  return o.jobs === undefined && cores <= 2 ? TWO_CORE_CHECK_WORKERS_FROM : CHECK_WORKERS_FROM + 1;
}

// collect.ts isGlob, without loading tinyglobby: this runs before the command's modules load
const GLOB = /[*?[\]{}]/;

/** *.md files under `dir`, counted only up to `enough` */
function countNotes(dir: string, enough: number): number {
  let n = 0;
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (n >= enough) return;
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.includes(e.name)) walk(path.join(d, e.name));
      } else if (e.name.endsWith('.md')) n++;
    }
  };
  walk(dir);
  return n;
}

/** `from`: how many notes make a batch worth a worker */
export function startWorkerIfBatch(paths: string[], o: { jobs?: string; stdin?: boolean }, cwd: string, from: number): void {
  if (o.stdin) return;
  const jobs = o.jobs === undefined ? availableParallelism() : Number(o.jobs);
  if (!(jobs > 1)) return;
  let notes = 0;
  for (const p of paths.length ? paths : ['.']) {
    if (GLOB.test(p)) return startEarlyWorker();
    const abs = path.resolve(cwd, p);
    let dir = false;
    try {
      dir = statSync(abs).isDirectory();
    } catch {
      // missing: the command says so
    }
    notes += dir ? countNotes(abs, from - notes) : 1;
    if (notes >= from) return startEarlyWorker();
  }
}
