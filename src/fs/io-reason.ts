// Why the system refused a file, in the user's words: a folder in the way, no permission, a full disk.
import { statSync } from 'node:fs';
import { t, type Lang } from '../i18n/index.js';

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
  ENOENT: 'batch/io-missing',
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

/** an error about a named file the user can act on (not a bug in bienban) */
export function isFileError(e: unknown): e is NodeJS.ErrnoException & { path: string } {
  const sys = e as NodeJS.ErrnoException | undefined;
  return !!sys?.code && typeof sys.path === 'string' && (sys.code in REASONS || sys.code === 'ELOOP' || sys.code === 'EBUSY');
}

/** whether a regular file is there: a folder of that name is not an output */
export function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}
