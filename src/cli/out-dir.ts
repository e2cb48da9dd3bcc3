// The output folder of render and watch, made and checked before any note renders: one that
// cannot be used is a setup error (exit 2) told once, not the same failure for every note.
import { lstatSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { usageError } from '../errors.js';
import { ioReason } from '../fs/io-reason.js';
import { makeDirs } from '../fs/mkdirs.js';
import { t, type Lang } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** makes `outDir` (relative to `cwd`) and returns its absolute path; a usage error says why it cannot be used */
export function prepareOutDir(lang: Lang, cwd: string, outDir: string): string {
  const outAbs = path.resolve(cwd, outDir);
  const shown = displayPath(cwd, outAbs);
  const unusable = (reason: string) => usageError(t(lang, 'batch/out-unusable', { path: shown, reason }));
  const { at, st } = deepestEntry(outAbs);
  let entry = st;
  if (st?.isSymbolicLink()) {
    // followed: a link to a file is a file in the way too
    entry = undefined;
    try {
      entry = statSync(at);
    } catch (e) {
      if (codeOf(e) === 'ENOENT') throw unusable(t(lang, 'batch/io-dangling-link', { link: displayPath(cwd, at) }));
      // a link loop: makeDirs tells
    }
  }
  if (entry && !entry.isDirectory()) throw usageError(t(lang, 'batch/out-not-dir', { path: shown, file: displayPath(cwd, at) }));
  try {
    makeDirs(outAbs);
  } catch (e) {
    // mkdir says ENOENT where a parent cannot hold folders (/proc)
    throw unusable(codeOf(e) === 'ENOENT' ? t(lang, 'batch/io-cannot-make') : ioReason(lang, e));
  }
  // a file written and removed: access(W_OK) says yes to root in /proc or /sys, where no file can be made
  const probe = path.join(outAbs, `.bienban-probe-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (e) {
    throw unusable(codeOf(e) === 'ENOENT' ? t(lang, 'batch/io-cannot-write') : ioReason(lang, e));
  }
  return outAbs;
}

/** the deepest part of `p` that is there (not followed if a link), and its lstat */
function deepestEntry(p: string): { at: string; st?: Stats } {
  for (let at = p; ; at = path.dirname(at)) {
    try {
      return { at, st: lstatSync(at) };
    } catch {
      // missing, below a file (ENOTDIR) or below a link loop (ELOOP): look further up
    }
    if (path.dirname(at) === at) return { at };
  }
}
