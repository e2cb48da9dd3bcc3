// <!-- bienban-disable rule-id --> ... <!-- bienban-enable rule-id --> comments inside a note.
import type { Note } from '../model/note.js';
import { allMatches } from '../util/matches.js';

interface Range { ids: Set<string> | null; start: number; end: number }
const COMMENT = /<!--\s*bienban-(disable|enable)\b([^>]*?)-->/g;

export function disabledRanges(note: Note): Range[] {
  if (!note.text.includes('bienban-')) return [];
  const ranges: Range[] = [];
  const open = new Map<string, number>(); // id or '*' → start
  for (const m of allMatches(COMMENT, note.text)) {
    const ids = m[2].trim().split(/[\s,]+/).filter(Boolean);
    const keys = ids.length ? ids : ['*'];
    for (const k of keys) {
      if (m[1] === 'disable') { if (!open.has(k)) open.set(k, m.index!); }
      else if (open.has(k)) {
        ranges.push({ ids: k === '*' ? null : new Set([k]), start: open.get(k)!, end: m.index! });
        open.delete(k);
      }
    }
  }
  for (const [k, s] of open) ranges.push({ ids: k === '*' ? null : new Set([k]), start: s, end: Infinity });
  return ranges;
}

export function isDisabled(ranges: Range[], id: string, offset: number): boolean {
  for (const r of ranges) if (offset >= r.start && offset < r.end && (!r.ids || r.ids.has(id))) return true;
  return false;
}
