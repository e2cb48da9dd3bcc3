// Apply non-overlapping {range,text} edits; overlapping ones wait for the next pass, and
// malformed ranges are dropped.
import type { Fix } from '../diagnostics.js';

export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let pos = 0;
  let applied = 0;
  let insertedAt = -1;
  for (const f of sorted) {
    const [start, end] = f.range;
    if (start < pos || end < start || end > text.length) continue;
    // two insertions at one point have no defined order: the second waits for the next pass
    if (start === end && start === insertedAt) continue;
    out += text.slice(pos, start) + f.text;
    pos = end;
    insertedAt = start === end ? start : -1;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}
