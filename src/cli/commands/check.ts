// bienban check [PATHS...]: lint notes, print a report, exit 0/1/2.
import { readFile } from 'node:fs/promises';
import { lintBytes } from '../../lint.js';
import { hasBom } from '../../load/source.js';
import { unifiedDiff } from '../../fix/diff.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LINT_CACHE, LintCache, hashBytes } from '../../batch/lint-cache.js';
import type { Ctx } from '../context.js';
import { collectNotes } from '../../fs/collect.js';
import { reporterByName, REPORTER_NAMES, type Reporter } from '../../report/index.js';
import { usageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { FileResult } from '../../diagnostics.js';
import { summarize } from '../../diagnostics.js';
import { rewriteFileSync } from '../../fs/rewrite.js';
import { VERSION } from '../../version.js';
import { parseSelection, readNotes, selectNotes } from '../../batch/select.js';
import { runTasks } from '../../batch/pool.js';
import type { CheckTask, CheckTaskResult } from '../../batch/tasks.js';
import { createProgress } from '../progress.js';
import { EXIT_INTERRUPTED, onInterrupt, parseJobs, reportInputs, selectionRange } from '../batch-options.js';
import { EXIT } from '../exit.js';

import { workersFrom } from '../early.js';
import { badChoice } from '../choice.js';

export interface CheckOptions {
  format: string;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  quarter?: string;
  since?: string;
  until?: string;
  jobs?: string;
  cache?: boolean;
  cacheLocation?: string;
  stdin?: boolean;
  stdinFilename?: string;
}

export async function checkCommand(ctx: Ctx, paths: string[], o: CheckOptions): Promise<number> {
  const reporter = reporterByName(o.format);
  if (!reporter) throw badChoice(ctx.lang, '--format', o.format, REPORTER_NAMES);
  let maxWarnings = -1;
  if (o.maxWarnings !== undefined) {
    maxWarnings = Number(o.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw usageError(t(ctx.lang, 'cli/bad-option', { value: o.maxWarnings, option: '--max-warnings', reason: '≥ 0' }));
  }
  if (o.stdin) {
    if (paths.length) throw usageError(t(ctx.lang, 'cli/stdin-paths', { paths: paths.join(', ') }));
    return checkStdin(ctx, o, reporter, maxWarnings);
  }
  const sel = parseSelection(o, ctx.lang);
  const jobs = parseJobs(ctx.lang, o.jobs);
  const collected = await collectNotes(paths, ctx.io.cwd, ctx.config.ignore, ctx.config.dir);
  const { missing } = collected;
  let files = collected.files;
  if (reportInputs(ctx, paths, missing, files.length)) return EXIT.FAILURE;
  if (sel) {
    // a note whose date cannot be read is checked anyway: its errors say why
    const { selected, undated } = selectNotes(await readNotes(files, (f) => readFile(f)), sel);
    if (selected.length + undated.length === 0) {
      // nothing to check is not a clean check: say that the range holds no note, as render does
      const range = selectionRange(ctx.lang, sel);
      ctx.err(`${t(ctx.lang, 'batch/none-selected', { range, files: files.length })}\n`);
      // a machine format still gets a document to parse (an empty SARIF run, JSON [])
      const empty = reporter.format([], { lang: ctx.lang, color: ctx.color, cwd: ctx.io.cwd, version: VERSION });
      if (empty) ctx.out(empty.endsWith('\n') ? empty : `${empty}\n`);
      return missing.length ? EXIT.FAILURE : EXIT.OK;
    }
    files = [...selected, ...undated].map((n) => n.file).sort();
  }
  const fix = o.fixDryRun ? ('dry-run' as const) : o.fix ? ('write' as const) : undefined;
  const lintOpts = { lang: ctx.lang, rules: ctx.config.rules, ruleOptions: { toneStyle: ctx.config.toneStyle ?? 'old' as const, font: ctx.config.font } };
  const allFiles = files;
  const results: FileResult[] = new Array(allFiles.length);
  // --cache: unchanged notes keep their stored result; only the rest are linted (never with --fix)
  const cache = o.cache && !fix ? LintCache.load(path.resolve(ctx.io.cwd, o.cacheLocation ?? DEFAULT_LINT_CACHE), lintOpts) : undefined;
  const hashes = new Map<string, string>();
  if (cache) {
    const todo: string[] = [];
    allFiles.forEach((f, i) => {
      let hash: string;
      try {
        hash = hashBytes(readFileSync(f));
      } catch {
        return void todo.push(f);
      }
      const hit = cache.get(f, hash);
      if (hit) results[i] = hit;
      else {
        hashes.set(f, hash);
        todo.push(f);
      }
    });
    files = todo;
  }
  const slot = new Map(allFiles.map((f, i) => [f, i]));
  const diffs: string[] = new Array(files.length).fill('');
  const ac = new AbortController();
  const release = onInterrupt(ac);
  const progress = createProgress(ctx.io, files.length, ctx.lang);
  try {
    const { aborted } = await runTasks<CheckTask, CheckTaskResult>({
      jobs: files.length >= workersFrom(o, 'check') ? jobs : 1,
      init: { kind: 'check', options: lintOpts, cwd: ctx.io.cwd, ...(fix ? { fix } : {}) },
      tasks: files.map((file) => ({ file })),
      signal: ac.signal,
      onResult: async (i, outcome) => {
        progress.tick();
        if (!outcome.ok) {
          results[slot.get(files[i])!] = summarize(files[i], [{ ruleId: 'file', messageId: 'unreadable', message: t(ctx.lang, 'file/unreadable', { reason: outcome.error }), severity: 2, fatal: true, line: 1, column: 1 }]);
          return;
        }
        const r = outcome.result;
        if (fix === 'write' && r.fixed !== undefined) rewriteFileSync(files[i], r.fixed);
        if (r.diff) diffs[i] = r.diff;
        const dryOutput = fix === 'dry-run' && r.fixed !== undefined && reporter.fixDiff === 'output';
        results[slot.get(files[i])!] = dryOutput ? { ...r.result, output: r.fixed } : r.result;
        const hash = hashes.get(files[i]);
        if (cache && hash && !r.result.messages.some((m) => m.fatal && m.ruleId === 'file')) cache.set(files[i], hash, r.result);
      },
    });
    progress.clear();
    if (aborted) return EXIT_INTERRUPTED;
    await cache?.save();
  } finally {
    progress.clear();
    release();
  }
  const diff = diffs.join('');
  const shown = o.quiet ? results.map(keepErrors) : results;
  if (diff) printDiff(ctx, reporter, diff);
  const text = reporter.format(shown, { lang: ctx.lang, color: ctx.color, cwd: ctx.io.cwd, version: VERSION, fixing: !!fix });
  if (text) ctx.out(text.endsWith('\n') ? text : `${text}\n`);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (o.format === 'stylish' && errors + warnings === 0) ctx.err(`${t(ctx.lang, 'cli/summary-clean', { files: allFiles.length })}\n`);
  if (errors > 0) return EXIT.PROBLEMS;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    // --quiet hides them but they still count: say so, or the failure has no visible cause
    ctx.err(`${t(ctx.lang, o.quiet ? 'cli/too-many-warnings-quiet' : 'cli/too-many-warnings', { count: warnings, max: maxWarnings })}\n`);
    return EXIT.PROBLEMS;
  }
  return missing.length ? EXIT.FAILURE : EXIT.OK;
}

/** --quiet: the warnings dropped, the fixed text (--fix-dry-run --format json) kept */
function keepErrors(r: FileResult): FileResult {
  const kept = summarize(r.filePath, r.messages.filter((m) => m.severity === 2));
  return r.output === undefined ? kept : { ...kept, output: r.output };
}

/** --fix-dry-run: a machine format's document stays alone on stdout, whatever the diff */
function printDiff(ctx: Ctx, reporter: Reporter, diff: string): void {
  if (reporter.fixDiff === 'stdout') ctx.out(diff);
  else if (reporter.fixDiff === 'stderr') ctx.err(diff);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** --stdin: one note read from standard input (editors, pre-commit hooks); with --fix the fixed text goes to stdout */
async function checkStdin(ctx: Ctx, o: CheckOptions, reporter: Reporter, maxWarnings: number): Promise<number> {
  const name = path.resolve(ctx.io.cwd, o.stdinFilename ?? '<stdin>.md');
  const bytes = ctx.io.stdin ? await readAll(ctx.io.stdin) : new Uint8Array();
  const lintOpts = { lang: ctx.lang, rules: ctx.config.rules, ruleOptions: { toneStyle: ctx.config.toneStyle ?? ('old' as const), font: ctx.config.font }, fix: !!(o.fix || o.fixDryRun) };
  const { result } = lintBytes(name, bytes, lintOpts);
  const bom = hasBom(bytes) ? '\uFEFF' : '';
  if (o.fix && !o.fixDryRun) {
    ctx.out(result.output !== undefined ? bom + result.output : Buffer.from(bytes).toString('utf8'));
    delete result.output;
  } else {
    // --fix-dry-run: the diff the fixes would make (JSON: the fixed text in `output`), then the report, as for files
    const fixed = result.output === undefined ? undefined : bom + result.output;
    delete result.output;
    if (fixed !== undefined && reporter.fixDiff === 'output') result.output = fixed;
    else if (fixed !== undefined) printDiff(ctx, reporter, unifiedDiff(name, Buffer.from(bytes).toString('utf8'), fixed, { cwd: ctx.io.cwd }));
    const shown = o.quiet ? keepErrors(result) : result;
    const text = reporter.format([shown], { lang: ctx.lang, color: ctx.color, cwd: ctx.io.cwd, version: VERSION });
    if (text) ctx.out(text.endsWith('\n') ? text : `${text}\n`);
  }
  if (result.errorCount > 0) return EXIT.PROBLEMS;
  return maxWarnings >= 0 && result.warningCount > maxWarnings ? EXIT.PROBLEMS : EXIT.OK;
}
