// Apply non-overlapping {range,text} edits; overlapping ones wait for the next pass.
import type { Fix } from '../diagnostics.js';

export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let pos = 0;
  let applied = 0;
  for (const f of sorted) {
    if (f.range[0] < pos) continue;
    out += text.slice(pos, f.range[0]) + f.text;
    pos = f.range[1];
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}
