// Lint a documentation-style note and locate expected findings by the text they point at.
import { exampleNote } from '../../src/rules/example-note.js';
import { lintText } from '../../src/lint.js';
import type { Example } from '../../src/rules/types.js';
import type { Diagnostic } from '../../src/diagnostics.js';

export interface Linted { text: string; messages: Diagnostic[] }

export function lintExample(e: Example): Linted {
  const text = exampleNote(e);
  return { text, messages: lintText('note.md', text).result.messages };
}

/** 1-based line and column of the n-th occurrence of `needle`, counted independently of the linter */
export function posOf(text: string, needle: string, nth = 0): { line: number; column: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** the findings of one rule as {messageId, line, column} */
export const found = (l: Linted, ruleId: string) =>
  l.messages.filter((m) => m.ruleId === ruleId).map(({ messageId, line, column }) => ({ messageId, line, column }));
