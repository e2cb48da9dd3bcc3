// Offsets of front-matter values in the file, for rules that report on a field.
import { nodeAt, scalarOffsets } from '../../load/frontmatter.js';
import type { Note } from '../../model/note.js';

/** [start, end] in the file of the value at a path (or its nearest ancestor) */
const fastOffsets = new WeakMap<Note, Map<string, [number, number]> | null>();

export function nodeOffset(note: Note, path: (string | number)[]): [number, number] {
  const fm = note.frontMatter;
  const base = fm?.start ?? 0;
  // a scalar js-yaml has placed: no need to build the `yaml` document
  if (fm?.scalars && fm.value !== undefined) {
    let offsets = fastOffsets.get(note);
    if (offsets === undefined) {
      offsets = scalarOffsets(note.text.slice(fm.start, fm.end), fm.value, fm.scalars) ?? null;
      fastOffsets.set(note, offsets);
    }
    const hit = offsets?.get(path.join('.'));
    if (hit) return [base + hit[0], base + hit[1]];
  }
  if (!note.yaml) return [0, 0];
  const { node } = nodeAt(note.yaml, path);
  const r = (node as { range?: number[] } | null)?.range;
  return r ? [base + r[0], base + r[1]] : [base, base];
}
