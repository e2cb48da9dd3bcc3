// Every registered rule is documented in both languages, fires on its wrong example,
// stays silent on its right example and on every sample note in the repository.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/index.js';
import { exampleNote } from '../../src/rules/example-note.js';
import { lintText } from '../../src/lint.js';
import { markdownFilesUnder } from '../helpers/notes.js';
import { ROOT } from '../helpers/cli.js';

const SAMPLES = markdownFilesUnder('seeds', 'reports');
const localized = (l: { vi: string; en: string }) => l.vi.trim().length > 0 && l.en.trim().length > 0 && l.vi !== l.en;
const idsIn = (text: string) => lintText('example.md', text).result.messages.map((m) => m.ruleId);

describe('rule registry', () => {
  it('has unique kebab-case ids, sorted', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it('finds the sample notes on disk', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it('is documented in Vietnamese and English', () => {
      expect(localized(rule.description)).toBe(true);
      expect(localized(rule.docs)).toBe(true);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(rule.messages)) expect(localized(m)).toBe(true);
      expect(['error', 'warn']).toContain(rule.severity);
    });

    it('fires on its wrong example', () => {
      expect(idsIn(exampleNote(rule.examples.wrong))).toContain(rule.id);
    });

    it('is silent on its right example', () => {
      expect(idsIn(exampleNote(rule.examples.right))).not.toContain(rule.id);
    });

    it.each(SAMPLES.map((p) => [path.relative(ROOT, p), p]))('is silent on %s', (_rel, file) => {
      const { result } = lintText(file, readFileSync(file, 'utf8'));
      expect(result.messages.filter((m) => m.ruleId === rule.id)).toEqual([]);
    });
  });
});
