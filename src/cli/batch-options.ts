// Options and signals every batch command shares (check, render, watch): --jobs, lists of
// words, Ctrl-C, and the words for a selected period.
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Ctx } from './context.js';
import { pendingTempFiles } from '../fs/atomic.js';
import { isGlob } from '../fs/collect.js';
import { usageError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { quarterLabelVi, type Selection } from '../batch/select.js';
import { viDate } from '../batch/summary.js';
import { badChoice } from './choice.js';
import { EXIT } from './exit.js';

/** exit code after Ctrl-C (128 + SIGINT) */
export const EXIT_INTERRUPTED = EXIT.INTERRUPTED;

export function parseList<T extends string>(ctx: Ctx, option: string, value: string, allowed: readonly T[], all?: readonly T[]): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (all && items.length === 1 && items[0] === 'all') return [...all];
  // the message lists "all" too where it is accepted
  const words = all ? [...allowed, 'all'] : allowed;
  for (const i of items) if (!allowed.includes(i as T)) throw badChoice(ctx.lang, option, i, words);
  if (items.length === 0) throw badChoice(ctx.lang, option, value, words);
  return [...new Set(items)] as T[];
}

/**
 * --jobs N: a whole number ≥ 1; default and upper bound the number of cores (the work is all CPU:
 * 100 threads on 2 cores took 10× the time and 2.4 GB for 300 notes)
 */
export function parseJobs(lang: Lang, value: string | undefined, cores = availableParallelism()): number {
  if (value === undefined) return cores;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1) throw usageError(t(lang, 'batch/bad-jobs', { value }));
  return Math.min(n, cores);
}

/**
 * Ctrl-C: the first one aborts (stop dispatching, terminate workers, keep what finished);
 * a second one removes the temp files still being written and exits at once.
 */
export function onInterrupt(ac: AbortController): () => void {
  const handler = () => {
    if (!ac.signal.aborted) return ac.abort();
    for (const f of pendingTempFiles()) rmSync(f, { force: true });
    process.exit(EXIT_INTERRUPTED);
  };
  process.on('SIGINT', handler);
  return () => void process.off('SIGINT', handler);
}

export function periodVi(sel: Selection | undefined, dates: readonly string[]): string {
  if (sel?.quarter) return quarterLabelVi(sel.quarter);
  const sorted = [...dates].sort();
  const from = sel?.since ?? sorted[0];
  const to = sel?.until ?? sorted[sorted.length - 1];
  if (from && to) return `từ ngày ${viDate(from)} đến ngày ${viDate(to)}`;
  if (from) return `từ ngày ${viDate(from)}`;
  return to ? `đến ngày ${viDate(to)}` : '';
}

/** the selected range as a message names it: "quý III/2024" or "2024-07-01 to 2024-09-30" */
export function selectionRange(lang: Lang, sel: Selection | undefined): string {
  return lang === 'en' ? (sel?.quarter ?? [sel?.since, sel?.until].map((d) => d ?? '…').join(' to ')) : periodVi(sel, []);
}

/**
 * Tells which inputs named nothing (a glob that matched no file is not a missing path); true when
 * no note is left to work on. "No notes found" follows only when some input did exist.
 */
export function reportInputs(ctx: Ctx, paths: readonly string[], missing: readonly string[], found: number): boolean {
  for (const m of missing) ctx.err(`${t(ctx.lang, isGlob(m) ? 'cli/glob-none' : 'cli/path-missing', { path: m })}\n`);
  if (found > 0) return false;
  const inputs = paths.length ? paths : ['.'];
  if (missing.length < inputs.length) ctx.err(`${t(ctx.lang, 'cli/no-files', { paths: inputs.join('", "') })}\n`);
  return true;
}
