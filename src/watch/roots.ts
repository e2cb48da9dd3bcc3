// The folders a preview watches for its inputs (files, folders, globs), and the inputs that name nothing.
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { isGlob } from '../fs/collect.js';

export interface WatchRoot {
  dir: string;
  /** sub-folders too */
  recursive: boolean;
}

export interface WatchInputs {
  /** recursive roots first, so a folder also named as a file's folder is watched with its sub-folders */
  roots: WatchRoot[];
  /** inputs that are neither a file, a folder, nor a glob under an existing folder */
  missing: string[];
}

export async function watchRoots(inputs: readonly string[], cwd: string): Promise<WatchInputs> {
  const roots = new Map<string, boolean>();
  const missing: string[] = [];
  const add = (dir: string, recursive: boolean) => roots.set(dir, recursive || (roots.get(dir) ?? false));
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    const st = await stat(abs).catch(() => undefined);
    if (st?.isDirectory()) add(abs, true);
    // a single file is watched through its folder: editors replace files on save
    else if (st?.isFile() || (await lstat(abs).catch(() => undefined))?.isSymbolicLink()) add(path.dirname(abs), false);
    else if (isGlob(input)) {
      // a glob that matches nothing yet is watched from its fixed folder, where its notes will appear
      const { base, glob } = picomatch.scan(input.replace(/\\/g, '/'));
      const dir = path.resolve(cwd, base || '.');
      if ((await stat(dir).catch(() => undefined))?.isDirectory()) add(dir, glob.includes('/') || glob.includes('**'));
      else missing.push(input);
    } else missing.push(input);
  }
  const list = [...roots].map(([dir, recursive]) => ({ dir, recursive }));
  return { roots: [...list.filter((r) => r.recursive), ...list.filter((r) => !r.recursive)], missing };
}
