// bienban render [PATHS...]: notes → HTML/PDF/DOCX minutes under out/, a quarter at a time.
// Selection, cache and quarter pages live in src/batch; this file wires them to the terminal.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Ctx } from '../context.js';
import { collectNotes } from '../../fs/collect.js';
import { pendingTempFiles } from '../../fs/atomic.js';
import { mayRemove, planOutputs, removeFile, writeSet, type WriteFailure } from '../../batch/outputs.js';
import { t } from '../../i18n/index.js';
import { findTimesNewRoman } from '../../render/fonts.js';
import { FORMAT_NAMES, formatByName, type OutputFormat } from '../../render/formats.js';
import { DOC_KINDS, type DocKind } from '../../render/build-view.js';
import { outputPath, outsideBase } from '../../api/render.js';
import { reporterByName } from '../../report/index.js';
import type { FileResult } from '../../diagnostics.js';
import { summarize } from '../../diagnostics.js';
import { VERSION } from '../../version.js';
import { parseSelection, readNotes, selectNotes, type Selection } from '../../batch/select.js';
import { BuildCache, CACHE_FILE, configFingerprint, outputId, outputKey, templateFingerprints } from '../../batch/cache.js';
import { bundleFileName } from '../../batch/bundle-name.js';
import { startPool, type Pool } from '../../batch/pool.js';
import type { RenderTask, RenderTaskResult, TaskInit } from '../../batch/tasks.js';
import type { NoteDigest } from '../../batch/summary.js';
import { createProgress } from '../progress.js';
import { workersFrom } from '../early.js';
import { isFile } from '../../fs/io-reason.js';
import { EXIT_INTERRUPTED, onInterrupt, parseJobs, parseList, reportInputs, selectionRange } from '../batch-options.js';
import { interruptedNow, quarterOutputs, rel, saveCache, writeError } from './render-pages.js';
import { EXIT } from '../exit.js';
import { prepareOutDir } from '../out-dir.js';
import { displayPath } from '../../util/display-path.js';

export interface RenderCliOptions {
  to: string;
  doc: string;
  out?: string;
  quarter?: string;
  since?: string;
  until?: string;
  jobs?: string;
  force?: boolean;
  bundle?: boolean;
}

/** a note that could not be rendered: its problems, or why its files could not be written */
interface Failure {
  file: string;
  result: FileResult;
  error?: string;
}

/** the files a batch writes besides the notes' own (a note must not take their names) */
function pagePaths(outAbs: string, docs: readonly DocKind[], sel: Selection | undefined, bundle: boolean): string[] {
  return ['index.html', 'summary.html', 'summary.csv', ...(bundle ? [bundleFileName(docs, sel)] : [])].map((f) => path.join(outAbs, f));
}

function failureReport(ctx: Ctx, failures: Failure[]): string {
  const stylish = reporterByName('stylish')!;
  // only errors stop a note, so only errors are listed, and counted (as check --quiet does)
  const shown = failures.map((f) => summarize(f.result.filePath, f.result.messages.filter((m) => m.severity === 2)));
  let text = stylish.format(shown, { lang: ctx.lang, color: ctx.color, cwd: ctx.io.cwd, version: VERSION });
  for (const f of failures) if (f.error) text += `${displayPath(ctx.io.cwd, f.file)}: ${f.error}\n`;
  return text;
}

export async function renderCommand(ctx: Ctx, paths: string[], o: RenderCliOptions): Promise<number> {
  const started = Date.now();
  const formats = parseList(ctx, '--to', o.to, FORMAT_NAMES);
  const docs = parseList<DocKind>(ctx, '--doc', o.doc, DOC_KINDS, DOC_KINDS);
  const sel = parseSelection(o, ctx.lang);
  const jobs = parseJobs(ctx.lang, o.jobs);
  const outDir = o.out ?? ctx.config.out ?? 'out';
  const outAbs = path.resolve(ctx.io.cwd, outDir);
  // Ctrl-C at any stage, from here to the last file written, stops with 130
  const ac = new AbortController();
  const release = onInterrupt(ac);
  try {
    return await renderAll(ctx, { paths, o, formats, docs, sel, jobs, outDir, outAbs, started, signal: ac.signal });
  } finally {
    release();
  }
}

async function renderAll(
  ctx: Ctx,
  a: { paths: string[]; o: RenderCliOptions; formats: OutputFormat['name'][]; docs: DocKind[]; sel: Selection | undefined; jobs: number; outDir: string; outAbs: string; started: number; signal: AbortSignal },
): Promise<number> {
  const { paths, o, formats, docs, sel, jobs, outDir, outAbs, started, signal } = a;
  const cwd = ctx.io.cwd;
  const { files, missing, roots } = await collectNotes(paths, cwd, ctx.config.ignore, ctx.config.dir);
  if (await interruptedNow(signal)) return interrupted(ctx, undefined, 0);
  if (reportInputs(ctx, paths, missing, files.length)) return EXIT.FAILURE;
  const templateDir = ctx.config.templates ? path.resolve(ctx.config.dir, ctx.config.templates) : undefined;
  if (ctx.config.font === 'times' && formats.includes('pdf') && !findTimesNewRoman()) {
    ctx.err(ctx.lang === 'en'
      ? 'Times New Roman is not installed on this machine; the PDF uses Liberation Serif (same metrics).\n'
      : 'Máy này không có phông Times New Roman; PDF dùng Liberation Serif (cùng kích thước chữ).\n');
  }
  if (o.bundle && templateDir) await checkBundle(ctx, docs, templateDir);
  const outside = outsideBase(cwd, roots, files);
  const init: TaskInit = {
    kind: 'render',
    // only errors decide whether a note renders, and render shows only errors: warning rules are skipped
    options: { formats, docs, outDir, cwd, outside, templateDir, font: ctx.config.font, lang: ctx.lang, rules: ctx.config.rules, ruleOptions: { toneStyle: ctx.config.toneStyle ?? 'old' }, errorsOnly: true },
  };
  // without a cache every note will render: start the workers now, they load while we read
  const workers: { pool?: Pool } = {};
  const everyNote = !!o.force || !existsSync(path.join(outAbs, CACHE_FILE));
  if (everyNote) workers.pool = startPool(threadsFor(o, jobs, files.length), init);
  try {
    return await renderSelected(ctx, { o, files, missing, sel, jobs, formats, docs, outDir, outAbs, outside, templateDir, init, started, workers, everyNote, signal });
  } finally {
    await workers.pool?.close();
  }
}

interface RenderRun {
  o: RenderCliOptions;
  files: string[];
  missing: string[];
  sel: Selection | undefined;
  jobs: number;
  formats: OutputFormat['name'][];
  docs: DocKind[];
  outDir: string;
  outAbs: string;
  /** where notes outside cwd are placed from (outsideBase) */
  outside?: string;
  templateDir?: string;
  init: TaskInit;
  started: number;
  /** started early when every note will render; else once the tasks are known */
  workers: { pool?: Pool };
  /** --force, or no cache in the output folder: no note can be found unchanged */
  everyNote: boolean;
  /** aborted by Ctrl-C */
  signal: AbortSignal;
}

async function renderSelected(ctx: Ctx, run: RenderRun): Promise<number> {
  const { o, files, missing, sel, jobs, formats, docs, outDir, outAbs, outside, templateDir, started, signal } = run;
  const cwd = ctx.io.cwd;
  // every note renders and no period is asked: nothing to decide before rendering, the workers
  // hash what they read (reading every note first cost ~0.2 s a 1,000 notes)
  const notes = run.everyNote && !sel ? files.map((file) => ({ file })) : await readNotes(files, (f) => readFile(f));
  const { selected, undated } = selectNotes(notes, sel);
  if (await interruptedNow(signal)) return interrupted(ctx, undefined, 0);
  if (selected.length + undated.length === 0) {
    const range = selectionRange(ctx.lang, sel);
    ctx.err(`${t(ctx.lang, 'batch/none-selected', { range, files: files.length })}\n`);
    return missing.length ? EXIT.FAILURE : EXIT.OK;
  }
  // an output folder that cannot be used stops the run here, told once (exit 2)
  prepareOutDir(ctx.lang, cwd, outDir);

  const cache = await BuildCache.load(outAbs);
  const configHash = configFingerprint(ctx.config);
  const templateHash = templateFingerprints(docs, formats, templateDir);
  const outputs = docs.flatMap((doc) => formats.map((format) => ({ doc, format, id: outputId(doc, format), ext: formatByName(format)!.extension })));
  const keyOf = (noteHash: string, id: string) => outputKey(noteHash, templateHash.get(id)!, configHash);
  const place = (file: string, x: { doc: DocKind; ext: string }) => outputPath(file, cwd, outDir, x.doc, x.ext, outside);

  const pages = pagePaths(outAbs, docs, sel, !!o.bundle);
  // two notes that would write one file both fail: neither silently replaces the other
  const plan = planOutputs(new Map(selected.map((n) => [n.file, outputs.map((x) => place(n.file, x))])), pages);
  const failures = new Map<string, Failure>();
  /** note → its files removed because it failed */
  const removed = new Map<string, string[]>();
  let skipped = 0;
  /** note → its outputs counted as unchanged: not so once the note fails and they are removed */
  const skippedOf = new Map<string, number>();
  // a failed note keeps no file from an earlier run: a stale PDF could be handed out as current
  const fail = (f: Failure, unwritten?: WriteFailure) => {
    failures.set(f.file, f);
    skipped -= skippedOf.get(f.file) ?? 0;
    skippedOf.delete(f.file);
    const name = rel(cwd, f.file);
    const known = cache.outputs(name).map(({ id, file }) => {
      if (file !== undefined) return path.resolve(outAbs, file);
      // recorded by an older version: where this layout puts it
      const [doc, format] = id.split('.') as [DocKind, string];
      return place(f.file, { doc, ext: formatByName(format as OutputFormat['name'])?.extension ?? `.${format}` });
    });
    const gone: string[] = [];
    for (const file of new Set([...known, ...outputs.map((x) => place(f.file, x))])) {
      if (!mayRemove(plan, outAbs, pages, f.file, file)) continue;
      // a file writeSet had just replaced, then removed, was an earlier output too
      if (removeFile(file) || (unwritten?.removed?.includes(file) && known.includes(file))) gone.push(file);
    }
    if (gone.length) removed.set(f.file, gone);
    cache.forget(name);
  };
  for (const [file, { out, others }] of plan.shared) {
    const shown = displayPath(cwd, out);
    const error = others.length ? t(ctx.lang, 'batch/output-shared', { path: shown, others: others.map((f) => displayPath(cwd, f)).join(', ') }) : t(ctx.lang, 'batch/output-page', { path: shown });
    fail({ file, result: summarize(file, []), error });
  }

  const hashes = new Map(selected.flatMap((n) => (n.hash ? [[n.file, n.hash] as const] : [])));
  // outputs known to be on disk (found unchanged, or written now): the index links them unchecked
  const present = new Set<string>();
  // decide per output: unchanged (same key, file still there) or to render
  const tasks: RenderTask[] = [];
  const digests = new Map<string, NoteDigest>();
  const undatedFiles = new Set(undated.map((n) => n.file));
  for (const n of selected) {
    if (failures.has(n.file)) continue;
    const r = rel(cwd, n.file);
    const want = n.hash && !o.force
      ? outputs.filter((x) => {
          const out = place(n.file, x);
          if (cache.key(r, x.id) === keyOf(n.hash!, x.id) && isFile(out)) return void present.add(out);
          return true;
        })
      : outputs;
    const digest = cache.digest(r);
    if (want.length === 0 && digest) {
      skipped += outputs.length;
      digests.set(n.file, digest);
      continue;
    }
    const partial = want.length > 0 && want.length < outputs.length;
    if (partial) {
      skipped += outputs.length - want.length;
      skippedOf.set(n.file, outputs.length - want.length);
    }
    tasks.push(partial ? { file: n.file, want: want.map((x) => x.id) } : { file: n.file });
  }
  // a note without a readable date is linted (its errors are the useful part) but never rendered
  for (const n of undated) tasks.push({ file: n.file, want: [] });
  tasks.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const progress = createProgress(ctx.io, tasks.length, ctx.lang);
  let written = 0;
  // warnings do not stop a note; the count points the user at check, which shows them
  let warned = 0;
  const lastWritten: string[] = [];
  try {
    const pool = (run.workers.pool ??= startPool(threadsFor(o, jobs, tasks.length), run.init));
    const { aborted } = await pool.run<RenderTask, RenderTaskResult>(
      tasks,
      async (i, outcome) => {
        progress.tick();
        const file = tasks[i].file;
        if (!outcome.ok) return fail({ file, result: summarize(file, []), error: outcome.error });
        const r = outcome.result;
        if (undatedFiles.has(file) && !r.failed) {
          const message = t(ctx.lang, 'batch/no-date');
          return fail({ file, result: summarize(file, [{ ruleId: 'date', messageId: 'unreadable', message, severity: 2, line: 1, column: 1 }]) });
        }
        if (r.failed) return fail({ file, result: r.result, ...(r.error ? { error: r.error } : {}) });
        // an output that cannot be written fails its note alone, with none of its files left
        const unwritten = writeSet(r.outputs);
        if (unwritten) return fail({ file, result: summarize(file, []), error: writeError(ctx, unwritten) }, unwritten);
        const name = rel(cwd, file);
        if (r.hash) hashes.set(file, r.hash);
        if (r.result.warningCount > 0) warned++;
        for (const x of r.outputs) {
          cache.set(name, outputId(x.doc, x.format), keyOf(r.hash!, outputId(x.doc, x.format)), rel(outAbs, x.out));
          present.add(x.out);
          written++;
          if (lastWritten.length < 8) lastWritten.push(x.out);
        }
        if (r.digest) {
          cache.setDigest(name, r.digest);
          digests.set(file, r.digest);
        }
      },
      signal,
    );
    progress.clear();
    if (aborted || (await interruptedNow(signal))) return await interrupted(ctx, cache, written);

    const failed = [...failures.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    if (failed.length) {
      ctx.err(`${t(ctx.lang, 'batch/failures', { count: failed.length })}\n`);
      ctx.err(failureReport(ctx, failed));
      for (const [file, gone] of [...removed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        ctx.err(`${t(ctx.lang, 'batch/removed-outputs', { count: gone.length, file: displayPath(cwd, file), paths: gone.map((f) => displayPath(cwd, f)).join(', ') })}\n`);
      }
    } else if (files.length === 1) {
      for (const out of lastWritten) ctx.err(`${t(ctx.lang, 'cli/rendered', { path: displayPath(cwd, out) })}\n`);
    }
    let unwritten = await saveCache(ctx, cache);
    // also when every note failed: the pages then list none, and no bundle is left to pass for the selection
    if (digests.size > 0 || failed.length > 0) {
      const extra = await quarterOutputs(ctx, { sel, digests, hashes, present, outputs, outDir, outAbs, docs, bundle: !!o.bundle, cache, configHash, templateDir, outside, signal, force: !!o.force, failedNotes: failed.length });
      unwritten += extra.unwritten;
      // the bundle counts as a file, written or unchanged
      written += extra.written;
      skipped += extra.skipped;
    }
    // the last chance, once the workers are gone: a Ctrl-C during the last synchronous step is seen only now
    await run.workers.pool?.close();
    if (await interruptedNow(signal)) return await interrupted(ctx, cache, written);
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    if (warned) ctx.err(`${t(ctx.lang, 'batch/warned', { count: warned })}\n`);
    const counts = { rendered: written, skipped, failed: failed.length, unwritten, seconds };
    // a page or the bundle not written was told above: the last line says so too, not "0 failed" alone
    ctx.err(`${t(ctx.lang, unwritten ? 'cli/render-summary-unwritten' : 'cli/render-summary', counts)}\n`);
    return failed.length || unwritten ? EXIT.PROBLEMS : missing.length ? EXIT.FAILURE : EXIT.OK;
  } finally {
    progress.clear();
  }
}

/** the threads for `notes` notes: --jobs, or fewer where a worker would not pay (early.ts) */
const threadsFor = (o: RenderCliOptions, jobs: number, notes: number) => (notes >= workersFrom(o, 'render') ? Math.min(jobs, notes) : 1);

/** a workspace bundle template that does not compile stops the command before any note renders (exit 2) */
async function checkBundle(ctx: Ctx, docs: DocKind[], templateDir: string): Promise<void> {
  const [{ checkBundleTemplate }, { TemplateFailure, templateError }] = await Promise.all([import('../../batch/bundle.js'), import('../../render/template-errors.js')]);
  try {
    await checkBundleTemplate(docs, templateDir, ctx.config.font);
  } catch (e) {
    throw e instanceof TemplateFailure ? templateError(e, ctx.lang, ctx.io.cwd) : e;
  }
}

async function interrupted(ctx: Ctx, cache: BuildCache | undefined, written: number): Promise<number> {
  await Promise.all(pendingTempFiles().map((f) => rm(f, { force: true })));
  // keep what finished: those outputs are complete and their keys are right
  await cache?.save().catch(() => undefined);
  ctx.err(`${t(ctx.lang, 'batch/interrupted', { rendered: written })}\n`);
  return EXIT_INTERRUPTED;
}
