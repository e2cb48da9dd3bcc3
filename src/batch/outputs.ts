// A note's output files as a set: all written or none left, so a failed note never leaves a
// partial or stale document that could be handed out as current.
import { unlinkSync } from 'node:fs';
import path from 'node:path';
import { writeAtomicSync } from '../fs/atomic.js';

export interface WriteFailure {
  file: string;
  error: unknown;
  /** files this call had written, then removed */
  removed?: string[];
}

/**
 * Writes every output atomically, in order. When one cannot be written, the ones this call
 * already wrote are removed and the failure is returned (never thrown: it is the note's, not the batch's).
 */
export function writeSet(outputs: readonly { out: string; content: string | Uint8Array }[]): WriteFailure | undefined {
  const done: string[] = [];
  for (const o of outputs) {
    try {
      writeAtomicSync(o.out, o.content);
      done.push(o.out);
    } catch (error) {
      for (const f of done) removeFile(f);
      return { file: o.out, error, removed: done };
    }
  }
  return undefined;
}

/** removes a regular file; false when there was none (or it could not be removed) */
export function removeFile(file: string): boolean {
  try {
    unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}

// macOS and Windows ignore case in names (and macOS Unicode normalization): two names that
// differ only so are one file there
const FOLDED = process.platform === 'darwin' || process.platform === 'win32';
/** a path as the file system tells files apart */
export const pathKey = (p: string) => (FOLDED ? p.normalize('NFC').toLowerCase() : p);

export interface OutputPlan {
  /** pathKey(output) → the notes that would write it */
  owners: Map<string, string[]>;
  /** note → the first output it shares: with other notes, or with a page of the batch (`others` empty) */
  shared: Map<string, { out: string; others: string[] }>;
}

/**
 * Whether a failed note's old output may be removed: only inside the output folder (a cache
 * file could name anything), never a page of the batch, never a file another note (that has
 * not failed for sharing it) writes now.
 */
export function mayRemove(plan: OutputPlan, outAbs: string, pages: readonly string[], note: string, file: string): boolean {
  const rel = path.relative(outAbs, file);
  if (!rel || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return false;
  if (pages.some((p) => pathKey(p) === pathKey(file))) return false;
  return (plan.owners.get(pathKey(file)) ?? []).every((n) => n === note || plan.shared.has(n));
}

/**
 * Which note writes which file. A file two notes would write, or a note would write over a
 * page of the batch (index.html, ...), is shared: those notes must fail rather than overwrite
 * each other, whichever finished last.
 */
export function planOutputs(outputsOf: ReadonlyMap<string, readonly string[]>, pages: readonly string[]): OutputPlan {
  const owners = new Map<string, string[]>();
  for (const [note, outs] of outputsOf) for (const out of outs) owners.set(pathKey(out), [...(owners.get(pathKey(out)) ?? []), note]);
  const pageKeys = new Set(pages.map(pathKey));
  const shared = new Map<string, { out: string; others: string[] }>();
  for (const [note, outs] of outputsOf) {
    for (const out of outs) {
      const others = owners.get(pathKey(out))!.filter((n) => n !== note);
      if (others.length || pageKeys.has(pathKey(out))) {
        shared.set(note, { out, others });
        break;
      }
    }
  }
  return { owners, shared };
}
