// Rewrite a note the user owns (check --fix) so that only its text changes: the file a symlink
// points to is written (the link stays a link), and its mode, owner and hard links are kept.
// Kept apart from writeAtomicSync: renders write new files and need none of these stats.
import { chmodSync, chownSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { replaceViaTemp } from './atomic.js';

export function rewriteFileSync(file: string, data: string | Uint8Array): void {
  const real = realpathSync(file);
  const st = statSync(real);
  if (st.nlink > 1) return rewriteInPlace(real, data);
  const mode = st.mode & 0o7777;
  // created with the note's mode (less the umask), so a confidential note's text is never
  // readable by more people, not even for the instant before the chmod
  replaceViaTemp(real, data, mode, (tmp) => {
    try {
      chownSync(tmp, st.uid, st.gid);
    } catch (e) {
      // only root may give a file away: the note then belongs to whoever ran the fix
      if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
    }
    // after chown, which may clear set-id bits; and exact, whatever the umask
    chmodSync(tmp, mode);
  });
}

/**
 * A rename would give this name a new inode and leave the other hard links with the old text,
 * so the file is overwritten where it is (as vim and ESLint do). Not atomic: a failed write
 * (a full disk) puts the old text back.
 */
function rewriteInPlace(file: string, data: string | Uint8Array): void {
  const before = readFileSync(file);
  try {
    writeFileSync(file, data);
  } catch (e) {
    try {
      writeFileSync(file, before);
    } catch {
      // the first error is the one to report
    }
    throw e;
  }
}
