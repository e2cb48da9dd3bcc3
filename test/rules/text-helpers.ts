// Shared helpers for the text/encoding rule tests: lint real notes, locate expected positions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { lintText, type LintOptions } from '../../src/lint.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { exampleNote } from '../../src/rules/example-note.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { markdownFilesUnder } from '../helpers/notes.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** every note in seeds/ and reports/, read from disk */
export function cleanNotes(): { file: string; text: string }[] {
  return markdownFilesUnder('seeds', 'reports').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

export const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');

/** a full valid note with this Markdown appended to the "Kết luận" section */
export const withBody = (body: string) => exampleNote({ body });

export function lint(text: string, opts: LintOptions = {}) {
  return lintText('note.md', text, opts).result;
}

/** the diagnostics of one rule, reduced to what the tests assert */
export function hits(text: string, ruleId: string, opts: LintOptions = {}) {
  return lint(text, opts)
    .messages.filter((m) => m.ruleId === ruleId)
    .map((m: Diagnostic) => ({ messageId: m.messageId, line: m.line, column: m.column, fixable: !!m.fix }));
}

/** the text after --fix (the input when nothing changed) */
export function fixText(text: string, opts: LintOptions = {}): string {
  return lint(text, { ...opts, fix: true }).output ?? text;
}

/** 1-based line and column of the nth occurrence of needle (plus delta chars), searching from `from` */
export function at(text: string, needle: string, nth = 0, delta = 0, from = 0): { line: number; column: number } {
  let i = from - 1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`not found: ${needle}`);
  }
  i += delta;
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  return { line, column: i - before.lastIndexOf('\n') };
}

/** the checks every rule of this set must pass: its own examples, and silence on the sample notes */
export function standardRuleTests(ruleId: string) {
  const rule = RULES_BY_ID.get(ruleId);
  it('is registered with bilingual docs and messages', () => {
    expect(rule, ruleId).toBeDefined();
    for (const l of [rule!.description, rule!.docs, ...Object.values(rule!.messages)]) {
      expect(l.vi.length).toBeGreaterThan(0);
      expect(l.en.length).toBeGreaterThan(0);
    }
  });
  it('fires on its wrong example and is silent on its right example', () => {
    expect(hits(exampleNote(rule!.examples.wrong), ruleId).length).toBeGreaterThan(0);
    expect(hits(exampleNote(rule!.examples.right), ruleId)).toEqual([]);
  });
  it('is silent on every note in seeds/ and reports/', () => {
    const notes = cleanNotes();
    expect(notes.length).toBeGreaterThanOrEqual(8);
    for (const n of notes) expect(hits(n.text, ruleId), n.file).toEqual([]);
  });
  if (rule?.fixable) {
    it('fixes its wrong example into a note it no longer flags', () => {
      const fixed = fixText(exampleNote(rule.examples.wrong));
      expect(fixed).not.toBe(exampleNote(rule.examples.wrong));
      expect(hits(fixed, ruleId)).toEqual([]);
    });
  }
}

/** like at(), searching the body only (after the front matter) */
export function inBody(text: string, needle: string, nth = 0, delta = 0): { line: number; column: number } {
  return at(text, needle, nth, delta, text.indexOf('\n---\n') + 5);
}
