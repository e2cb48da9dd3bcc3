// The seed's own defects: every expected finding is reported at its exact position, and nothing else is.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/lint.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const text = readFileSync(path.join(FIXTURES, 'seed-defects.md'), 'utf8');
const expected: { text: string; line: number; column: number }[] = JSON.parse(readFileSync(path.join(FIXTURES, 'seed-defects.expect.json'), 'utf8'));

describe('seed-defects.md', () => {
  const { result } = lintText(path.join(FIXTURES, 'seed-defects.md'), text);

  it('the expectation file points at the text it names', () => {
    const lines = text.split('\n');
    for (const e of expected) expect(lines[e.line - 1].slice(e.column - 1)).toMatch(new RegExp(`^${e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('reports diagnostics at exactly the expected positions', () => {
    const at = (m: { line: number; column: number }) => `${m.line}:${m.column}`;
    expect([...new Set(result.messages.map(at))].sort()).toEqual(expected.map(at).sort());
  });
});
