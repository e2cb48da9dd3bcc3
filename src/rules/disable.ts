// <!-- bienban-disable rule-id --> ... <!-- bienban-enable rule-id --> comments inside a note.
import { clip } from '../util/clip.js';
import type { Note } from '../model/note.js';
import { allMatches } from '../util/matches.js';
import { nearest } from '../util/nearest.js';
import { BUILTINS, RULES_BY_ID } from './index.js';

interface Range { ids: Set<string> | null; start: number; end: number }
const COMMENT = /<!--\s*bienban-(disable|enable)\b([^>]*?)-->/g;

interface Directive { kind: 'disable' | 'enable'; ids: string[]; start: number; end: number }

function directives(note: Note): Directive[] {
  if (!note.text.includes('bienban-')) return [];
  return [...allMatches(COMMENT, note.text)].map((m) => ({
    kind: m[1] as Directive['kind'],
    ids: m[2].trim().split(/[\s,]+/).filter(Boolean),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

export function disabledRanges(note: Note): Range[] {
  const ranges: Range[] = [];
  const open = new Map<string, number>(); // id or '*' → start
  for (const d of directives(note)) {
    for (const k of d.ids.length ? d.ids : ['*']) {
      if (d.kind === 'disable') { if (!open.has(k)) open.set(k, d.start); }
      else if (open.has(k)) {
        ranges.push({ ids: k === '*' ? null : new Set([k]), start: open.get(k)!, end: d.start });
        open.delete(k);
      }
    }
  }
  for (const [k, s] of open) ranges.push({ ids: k === '*' ? null : new Set([k]), start: s, end: Infinity });
  return ranges;
}

export interface DirectiveProblem {
  /** unknown-rule: a typo, most likely; not-a-rule: a loader id (file, yaml, schema...), never turned off */
  messageId: 'unknown-rule' | 'not-a-rule';
  data: { id: string; directive: string };
  suggestion?: string;
  /** the comment's offsets */
  start: number;
  end: number;
}

/** ids in bienban-disable/enable comments that name no rule: such a comment silently does nothing */
export function directiveProblems(note: Note): DirectiveProblem[] {
  const out: DirectiveProblem[] = [];
  for (const d of directives(note)) {
    for (const id of d.ids) {
      if (RULES_BY_ID.has(id)) continue;
      const data = { id: clip(id), directive: `bienban-${d.kind}` };
      if (id in BUILTINS) out.push({ messageId: 'not-a-rule', data, start: d.start, end: d.end });
      else out.push({ messageId: 'unknown-rule', data, suggestion: nearest(id, RULES_BY_ID.keys()), start: d.start, end: d.end });
    }
  }
  return out;
}

export function isDisabled(ranges: Range[], id: string, offset: number): boolean {
  for (const r of ranges) if (offset >= r.start && offset < r.end && (!r.ids || r.ids.has(id))) return true;
  return false;
}
