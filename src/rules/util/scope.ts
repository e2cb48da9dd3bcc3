// Shared scope for the character-level rules: code in the body is never touched, and text that
// legacy-encoding will convert is left alone by the others (TCVN3 writes "ư" as a soft hyphen).
import type { Note } from '../../model/note.js';
import { detectLegacy, type LegacySpan } from '../../text/index.js';
import type { TextSpan } from '../spans.js';
import type { RuleContext } from '../types.js';

export type Range = readonly [number, number];

const codeCache = new WeakMap<Note, Range[]>();
const legacyCache = new WeakMap<Note, LegacySpan[]>();

/** file ranges of code blocks and inline code in the body, sorted */
export function codeRanges(note: Note): Range[] {
  let out = codeCache.get(note);
  if (out) return out;
  const found: Range[] = [];
  const walk = (n: any) => {
    if ((n.type === 'code' || n.type === 'inlineCode') && n.position) {
      found.push([n.position.start.offset as number, n.position.end.offset as number]);
      return;
    }
    if (n.children) for (const c of n.children) walk(c);
  };
  walk(note.tree);
  out = found.sort((a, b) => a[0] - b[0]);
  codeCache.set(note, out);
  return out;
}

/** legacy-encoded spans of the whole file text */
export function legacySpans(note: Note): LegacySpan[] {
  let out = legacyCache.get(note);
  if (!out) {
    out = detectLegacy(note.text);
    legacyCache.set(note, out);
  }
  return out;
}

/** legacy-encoded ranges of the whole file text */
export function legacyRanges(note: Note): Range[] {
  return legacySpans(note).map((l) => [l.start, l.end] as const);
}

/** does [start, end) (an empty range counts as one char) touch any range? */
export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  const e2 = Math.max(end, start + 1);
  for (const [s, e] of ranges) if (s < e2 && start < e) return true;
  return false;
}

/** the parts of [start, end) that lie outside every range */
export function subtract(start: number, end: number, ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  let pos = start;
  for (const [s, e] of ranges) {
    if (e <= pos || s >= end) continue;
    if (s > pos) out.push([pos, s]);
    pos = Math.max(pos, e);
  }
  if (pos < end) out.push([pos, end]);
  return out;
}

/** prose of the body and string values of the front matter, minus legacy-encoded text */
export function textSpans(ctx: RuleContext): TextSpan[] {
  const ranges = legacyRanges(ctx.note);
  const spans = [...ctx.prose(), ...ctx.scalars()];
  if (ranges.length === 0) return spans;
  const out: TextSpan[] = [];
  for (const sp of spans) {
    for (const [s, e] of subtract(sp.start, sp.start + sp.text.length, ranges)) out.push({ text: ctx.note.text.slice(s, e), start: s });
  }
  return out;
}
