// Meta-check: only rules declared `fixable` may offer fixes, for every registered rule.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNote } from '../../src/model/note.js';
import { RULES } from '../../src/rules/index.js';
import { proseSpans, scalarSpans } from '../../src/rules/spans.js';
import { exampleNote } from '../../src/rules/example-note.js';
import type { Report, Rule, RuleContext } from '../../src/rules/types.js';
import { lintText } from '../../src/lint.js';
import { ROOT, SEED } from './text-helpers.js';
import { messyNote } from '../fix/messy-note.js';

const built = new Map<string, { note: ReturnType<typeof buildNote>; prose: ReturnType<typeof proseSpans>; scalars: ReturnType<typeof scalarSpans> }>();

function reportsOf(rule: Rule, text: string, toneStyle: 'old' | 'new'): Report[] {
  let b = built.get(text);
  if (!b) {
    const n = buildNote('note.md', text);
    b = { note: n, prose: proseSpans(n), scalars: scalarSpans(n) };
    built.set(text, b);
  }
  const { note, prose, scalars } = b;
  const out: Report[] = [];
  const ctx: RuleContext = { note, options: { toneStyle }, report: (r) => out.push(r), prose: () => prose, scalars: () => scalars };
  if (rule.needsData && !note.data) return out;
  rule.check(ctx);
  return out;
}

const SAMPLES = [
  SEED,
  readFileSync(path.join(ROOT, 'test/fixtures/seed-defects.md'), 'utf8'),
  messyNote().text,
  ...RULES.flatMap((r) => [exampleNote(r.examples.wrong), exampleNote(r.examples.right)]),
];

describe('fixable rules', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s offers fixes only if it is marked fixable', (_id, rule) => {
    for (const text of SAMPLES) {
      for (const style of ['old', 'new'] as const) {
        const fixes = reportsOf(rule, text, style).filter((r) => r.fix);
        if (!rule.fixable) expect(fixes, rule.id).toEqual([]);
        for (const r of fixes) {
          // a fix stays inside the file and is a real change
          expect(r.fix!.range[0]).toBeGreaterThanOrEqual(0);
          expect(r.fix!.range[1]).toBeLessThanOrEqual(text.length);
          expect(r.fix!.range[0]).toBeLessThanOrEqual(r.fix!.range[1]);
          expect(text.slice(r.fix!.range[0], r.fix!.range[1]), rule.id).not.toBe(r.fix!.text);
        }
      }
    }
  });

  it('the engine drops a fix offered by a rule not marked fixable', () => {
    const at = SEED.lastIndexOf('Đoàn công tác tiếp thu');
    const rogue: Rule = {
      id: 'zz-rogue',
      severity: 'warn',
      category: 'text',
      description: { vi: 'x', en: 'x' },
      docs: { vi: 'x', en: 'x' },
      examples: { wrong: {}, right: {} },
      messages: { m: { vi: 'x', en: 'x' } },
      check: (ctx) => ctx.report({ messageId: 'm', start: at, end: at + 4, fix: { range: [at, at + 4], text: 'ĐOÀN' } }),
    };
    const list = RULES as Rule[];
    list.push(rogue);
    try {
      const r = lintText('note.md', SEED, { fix: true }).result;
      expect(r.messages.find((m) => m.ruleId === 'zz-rogue')?.fix).toBeUndefined();
      expect(r.output).toBeUndefined();
      // the same rule marked fixable does get applied: the check above can fail
      rogue.fixable = true;
      expect(lintText('note.md', SEED, { fix: true }).result.output).toContain('ĐOÀN công tác tiếp thu');
    } finally {
      list.splice(list.indexOf(rogue), 1);
    }
  });

  it('the engine drops a fix pass that would break the front matter', () => {
    const breaker: Rule = {
      id: 'zz-breaker',
      severity: 'warn',
      category: 'text',
      fixable: true,
      description: { vi: 'x', en: 'x' },
      docs: { vi: 'x', en: 'x' },
      examples: { wrong: {}, right: {} },
      messages: { m: { vi: 'x', en: 'x' } },
      // turns "title: ..." into an unclosed flow sequence
      check: (ctx) => {
        const i = ctx.note.text.indexOf('title: ') + 7;
        if (ctx.note.text[i] !== '[') ctx.report({ messageId: 'm', start: i, fix: { range: [i, i], text: '[' } });
      },
    };
    const list = RULES as Rule[];
    list.push(breaker);
    try {
      const r = lintText('note.md', SEED, { fix: true }).result;
      expect(r.output).toBeUndefined();
      expect(r.messages.some((m) => m.fatal)).toBe(false);
    } finally {
      list.splice(list.indexOf(breaker), 1);
    }
  });
});
