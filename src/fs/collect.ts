// Paths, folders and globs → the list of note files (sorted, unique). Missing paths are reported.
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import picomatch from 'picomatch';
import { SKIPPED_DIRS } from './skipped-dirs.js';

const IGNORE = SKIPPED_DIRS.map((d) => `**/${d}/**`);
// A walk skips links, to folders and to files, as rg, fd and Prettier do: a link loop or a link
// to "/" (or /proc/self) listed notes twice or walked the whole disk. A link named on the
// command line is followed: a linked folder is walked, a linked note read.


/** whether an input is a glob rather than a path (Windows separators allowed) */
export const isGlob = (input: string) => isDynamicPattern(input.replace(/\\/g, '/'));
export interface Collected {
  files: string[];
  missing: string[];
  /** the folder each input names (a folder, a file's folder, a glob's fixed part): where the notes were looked for */
  roots: string[];
}

/**
 * @param ignore extra globs (the config's `ignore`, relative to `base`) skipped when walking
 * folders and globs; a file named explicitly is always taken.
 */
export async function collectNotes(inputs: readonly string[], cwd: string, ignore: readonly string[] = [], base = cwd): Promise<Collected> {
  const skip = ignore.length ? picomatch(ignore.map((g) => g.replace(/\\/g, '/')), { dot: true }) : undefined;
  const ignored = (abs: string) => !!skip && skip(path.relative(base, abs).split(path.sep).join('/'));
  const files = new Set<string>();
  const missing: string[] = [];
  const roots = new Set<string>();
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    let st;
    try {
      st = await stat(abs);
    } catch {
      st = undefined;
    }
    // a dangling link named explicitly is a file that cannot be read: lint reports it as such
    if (!st && (await lstat(abs).catch(() => undefined))?.isSymbolicLink()) {
      files.add(abs);
      roots.add(path.dirname(abs));
    } else if (st && !st.isDirectory()) {
      // a file, or a device or pipe named explicitly (/dev/stdin, <(…)), is read as a file
      files.add(abs);
      roots.add(path.dirname(abs));
    } else if (st?.isDirectory()) {
      roots.add(abs);
      // tinyglobby also returns every file below a folder named like a match (notes.md/data.json)
      for (const f of await glob('**/*.md', { cwd: abs, absolute: true, ignore: IGNORE, dot: false, followSymbolicLinks: false })) if (f.endsWith('.md') && !ignored(f)) files.add(path.normalize(f));
    } else if (isGlob(input)) {
      const found = await glob(input.replace(/\\/g, '/'), { cwd, absolute: true, ignore: IGNORE, followSymbolicLinks: false });
      if (found.length === 0) missing.push(input);
      else roots.add(path.resolve(cwd, picomatch.scan(input.replace(/\\/g, '/')).base || '.'));
      for (const f of found) if (f.endsWith('.md') && !ignored(f)) files.add(path.normalize(f));
    } else missing.push(input);
  }
  return { files: [...files].sort(), missing, roots: [...roots].sort() };
}
