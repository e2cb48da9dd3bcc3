// Offsets of front-matter values in the file, for rules that report on a field.
import { nodeAt, placedScalars } from '../../load/frontmatter.js';
import type { Note } from '../../model/note.js';

/** [start, end] in the file of the value at a path (or its nearest ancestor) */
export function nodeOffset(note: Note, path: (string | number)[]): [number, number] {
  const fm = note.frontMatter;
  const base = fm?.start ?? 0;
  // a scalar js-yaml has placed: no need to build the `yaml` document
  const key = path.join('.');
  const hit = fm && placedScalars(fm, note.text)?.find((p) => p.path === key);
  if (hit) return [base + hit.start, base + hit.end];
  if (!note.yaml) return [0, 0];
  const { node } = nodeAt(note.yaml, path);
  const r = (node as { range?: number[] } | null)?.range;
  return r ? [base + r[0], base + r[1]] : [base, base];
}
