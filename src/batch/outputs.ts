// A note's output files as a set: all written or none left, so a failed note never leaves a
// partial or stale document that could be handed out as current.
import { unlinkSync } from 'node:fs';
import { writeAtomicSync } from '../fs/atomic.js';
import { t, type Lang } from '../i18n/index.js';

export interface WriteFailure {
  file: string;
  error: unknown;
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
      return { file: o.out, error };
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

const REASONS: Record<string, Parameters<typeof t>[1]> = {
  EISDIR: 'batch/io-is-dir',
  ENOTDIR: 'batch/io-not-dir',
  // mkdir of a folder whose name is taken by a file
  EEXIST: 'batch/io-not-dir',
  ENAMETOOLONG: 'batch/io-name-too-long',
  EACCES: 'batch/io-access',
  EPERM: 'batch/io-access',
  ENOSPC: 'batch/io-no-space',
  EDQUOT: 'batch/io-no-space',
  EROFS: 'batch/io-read-only',
};

/** why a file could not be written, in plain words (the system's text for rare codes) */
export function ioReason(lang: Lang, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const key = code ? REASONS[code] : undefined;
  if (key) return t(lang, key);
  const message = error instanceof Error ? error.message : String(error);
  // "EIO: i/o error, open '/x'": the path is shown by the caller
  return message.replace(/,\s*\w+\s+'.*$/s, '');
}
