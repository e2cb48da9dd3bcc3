// Why the system refused a file, in the user's words: a folder in the way, no permission, a full disk.
import { statSync } from 'node:fs';
import { t, type Lang, type MessageKey } from '../i18n/index.js';

const REASONS: Record<string, MessageKey> = {
  EISDIR: 'batch/io-is-dir',
  ENOTDIR: 'batch/io-not-dir',
  // mkdir of a folder whose name is taken by a file
  EEXIST: 'batch/io-not-dir',
  ENAMETOOLONG: 'batch/io-name-too-long',
  EACCES: 'batch/io-access',
  EPERM: 'batch/io-access',
  ENOSPC: 'batch/io-no-space',
  EDQUOT: 'batch/io-no-space',
  EFBIG: 'batch/io-too-big',
  EROFS: 'batch/io-read-only',
  ENOENT: 'batch/io-missing',
  ELOOP: 'batch/io-loop',
  EBUSY: 'batch/io-busy',
  ETXTBSY: 'batch/io-busy',
  EMFILE: 'batch/io-too-many-open',
  ENFILE: 'batch/io-too-many-open',
  EIO: 'batch/io-device',
  ENXIO: 'batch/io-device',
  ENODEV: 'batch/io-device',
  ESTALE: 'batch/io-device',
  ETIMEDOUT: 'batch/io-device',
  EINVAL: 'batch/io-invalid',
  EMLINK: 'batch/io-full-folder',
};

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** why a file could not be used, in plain words; a code met rarely is named in a sentence too */
export function ioReason(lang: Lang, error: unknown): string {
  const code = codeOf(error);
  const key = code ? REASONS[code] : undefined;
  if (key) return t(lang, key);
  if (code && /^E[A-Z0-9]+$/.test(code)) return t(lang, 'batch/io-other', { code });
  return error instanceof Error ? error.message : String(error);
}

/** an error about a named file the user can act on (not a bug in bienban) */
export function isFileError(e: unknown): e is NodeJS.ErrnoException & { path: string } {
  const code = codeOf(e);
  return !!code && /^E[A-Z0-9]+$/.test(code) && typeof (e as { path?: unknown }).path === 'string';
}

/** whether a regular file is there: a folder of that name is not an output */
export function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}
