// Where a new note goes: reports/<year>/Q<quarter>/<date>-<host slug>.md under the workspace root.
// The host name only ever contributes a slug ([a-z0-9-]), and the result is checked to stay inside.
import path from 'node:path';
import { slugify } from '../text/fold.js';
import { isRealIsoDate } from '../schema/note.js';
import { BienbanError } from '../errors.js';

export function quarterOf(date: string): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

/** relative path with forward slashes, e.g. reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md */
export function draftRelPath(date: string, host: string): string {
  if (!isRealIsoDate(date)) throw new BienbanError('USAGE', `invalid date: ${date}`);
  return `reports/${date.slice(0, 4)}/Q${quarterOf(date)}/${date}-${slugify(host)}.md`;
}

/** absolute path of `rel` under `root`; refuses anything that would land outside */
export function insideRoot(root: string, rel: string): string {
  const base = path.resolve(root);
  const abs = path.resolve(base, rel);
  const back = path.relative(base, abs);
  if (back === '' || back.startsWith('..') || path.isAbsolute(back)) {
    throw new BienbanError('USAGE', `refusing a path outside the workspace: ${rel}`);
  }
  return abs;
}

/** the `$schema` modeline target: relative (forward slashes) from the note's folder, absolute across drives */
export function schemaRef(noteFile: string, schemaFile: string): string {
  const rel = path.relative(path.dirname(noteFile), schemaFile);
  if (path.isAbsolute(rel)) return schemaFile.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}
