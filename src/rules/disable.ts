// <!-- bienban-disable rule-id --> ... <!-- bienban-enable rule-id --> comments inside a note.
import type { Note } from '../model/note.js';
import { allMatches } from '../util/matches.js';
import { nearest } from '../util/nearest.js';
import { BUILTINS, RULES_BY_ID } from './index.js';

/** a stretch of text where `all` rules but `except`, and the rules in `ids`, are off */
interface Range { all: boolean; except: ReadonlySet<string>; ids: ReadonlySet<string>; start: number; end: number }
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

/**
 * The stretches where rules are off, as ESLint reads its comments: a bare enable turns every
 * rule back on, named or not; a named enable after a bare disable turns only that rule back on.
 */
export function disabledRanges(note: Note): Range[] {
  const ranges: Range[] = [];
  let all = false;
  let except = new Set<string>(); // turned back on by name while `all` is off
  let ids = new Set<string>(); // turned off by name
  let from = 0;
  for (const d of directives(note)) {
    if (all || ids.size) ranges.push({ all, except, ids, start: from, end: d.start });
    // copies: a range already pushed keeps the state it had
    except = new Set(except);
    ids = new Set(ids);
    from = d.start;
    if (d.kind === 'disable' && !d.ids.length) { all = true; except.clear(); }
    else if (d.kind === 'enable' && !d.ids.length) { all = false; except.clear(); ids.clear(); }
    else for (const id of d.ids) {
      if (d.kind === 'disable') { ids.add(id); except.delete(id); }
      else { ids.delete(id); if (all) except.add(id); }
    }
  }
  if (all || ids.size) ranges.push({ all, except, ids, start: from, end: Infinity });
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
      const data = { id, directive: `bienban-${d.kind}` };
      if (id in BUILTINS) out.push({ messageId: 'not-a-rule', data, start: d.start, end: d.end });
      else out.push({ messageId: 'unknown-rule', data, suggestion: nearest(id, RULES_BY_ID.keys()), start: d.start, end: d.end });
    }
  }
  return out;
}

export function isDisabled(ranges: Range[], id: string, offset: number): boolean {
  for (const r of ranges) {
    if (offset >= r.start && offset < r.end) return (r.all && !r.except.has(id)) || r.ids.has(id);
  }
  return false;
}
