// What a render batch writes besides the notes' documents: index.html, summary.html and
// summary.csv for the notes that rendered, and with --bundle one PDF of them all.
import path from 'node:path';
import type { Ctx } from '../context.js';
import { removeFile, writeSet, type WriteFailure } from '../../batch/outputs.js';
import { ioReason, isFile } from '../../fs/io-reason.js';
import { t } from '../../i18n/index.js';
import type { DocKind } from '../../render/build-view.js';
import { outputPath } from '../../api/render.js';
import { quarterLabelVi, type Selection } from '../../batch/select.js';
import { BuildCache, bundleKey, outputId, templateFingerprints } from '../../batch/cache.js';
import { bundleFileName, bundleKind, wholeQuarter } from '../../batch/bundle-name.js';
import { byDate, summaryCsv, summaryHtml, type NoteDigest } from '../../batch/summary.js';
import type { IndexEntry } from '../../batch/index-page.js';
import { periodVi } from '../batch-options.js';
import { displayPath } from '../../util/display-path.js';
import { diagnosticPlace, type TypstDiagnostic } from '../../render/pdf/diagnostics.js';

export const rel = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/');

/** "Cannot write out/x.html: is a directory." */
export const writeError = (ctx: Ctx, f: WriteFailure) => t(ctx.lang, 'batch/write-failed', { path: displayPath(ctx.io.cwd, f.file), reason: ioReason(ctx.lang, f.error) });

/** false (and says why) when the cache cannot be written: the documents are fine, the next run renders them again */
// a cache already told not to be writable: saved again after the bundle, it is not told (or counted) twice
const unsaved = new WeakSet<BuildCache>();

/**
 * Saves the cache; a failure is told once per run, and the count of files newly not written
 * (0 or 1) is returned: the documents are fine, the next run renders them again
 */
export async function saveCache(ctx: Ctx, cache: BuildCache): Promise<number> {
  try {
    await cache.save();
    unsaved.delete(cache);
    return 0;
  } catch (e) {
    if (unsaved.has(cache)) return 0;
    unsaved.add(cache);
    ctx.err(`${writeError(ctx, { file: cache.file, error: e })}\n`);
    return 1;
  }
}

/**
 * Whether Ctrl-C was pressed. A signal that came during synchronous work (a Typst compile, a
 * write) is delivered only when the event loop turns: two turns let its handler run first.
 */
export async function interruptedNow(signal: AbortSignal): Promise<boolean> {
  for (let i = 0; i < 2 && !signal.aborted; i++) await new Promise((resolve) => setImmediate(resolve));
  return signal.aborted;
}

export interface QuarterInput {
  sel: Selection | undefined;
  digests: Map<string, NoteDigest>;
  /** note → sha256 of the bytes read (keys the bundle) */
  hashes: Map<string, string>;
  /** outputs known to exist (absolute paths): not looked for again */
  present?: ReadonlySet<string>;
  outputs: { doc: DocKind; format: string; ext: string }[];
  outDir: string;
  outAbs: string;
  docs: DocKind[];
  bundle: boolean;
  cache: BuildCache;
  configHash: string;
  templateDir?: string;
  outside?: string;
  signal: AbortSignal;
  /** --force: the bundle is built again too */
  force?: boolean;
  /** notes of the selection that failed: a bundle without them would pass for the whole selection */
  failedNotes?: number;
}

/** what the pages and the bundle came to: a failure was reported; the bundle written or unchanged */
export interface QuarterResult {
  /** files of the run's own (pages, bundle, cache) that could not be written, each reported */
  unwritten: number;
  written: number;
  skipped: number;
}

/** index.html, summary.html, summary.csv and (with --bundle) the bundle PDF for the notes that rendered */
export async function quarterOutputs(ctx: Ctx, q: QuarterInput): Promise<QuarterResult> {
  const cwd = ctx.io.cwd;
  const ordered = [...q.digests].sort((a, b) => byDate(a[1], b[1]));
  const digests = ordered.map(([, d]) => d);
  const period = periodVi(q.sel, digests.map((d) => d.date));
  const entries: IndexEntry[] = ordered.map(([file, digest]) => ({
    digest,
    outputs: q.outputs.flatMap((x) => {
      const out = outputPath(file, cwd, q.outDir, x.doc, x.ext, q.outside);
      return q.present?.has(out) || isFile(out) ? [{ doc: x.doc, format: x.format, path: rel(q.outAbs, out) }] : [];
    }),
  }));
  const [{ indexHtml }] = await Promise.all([import('../../batch/index-page.js')]);
  const bundlePath = path.join(q.outAbs, bundleFileName(q.docs, q.sel));
  /** the index links the bundle only while there is one to open */
  const indexPage = (bundle: boolean) => {
    const extras = [
      { label: 'Tổng hợp kiến nghị, kết luận (HTML)', path: 'summary.html' },
      { label: 'Tổng hợp (CSV cho Excel)', path: 'summary.csv' },
      ...(bundle ? [{ label: `${bundleKind(q.docs).title} (PDF)`, path: path.basename(bundlePath) }] : []),
    ];
    return { out: path.join(q.outAbs, 'index.html'), content: indexHtml(entries, { title: `Danh sách buổi làm việc, kiểm tra ${period}`.trim(), period, extras }) };
  };
  // the pages first (the bundle may take a while): one that is withheld now is not linked
  let linked = q.bundle && !q.failedNotes && isFile(bundlePath);
  const pages = [
    indexPage(linked),
    { out: path.join(q.outAbs, 'summary.html'), content: summaryHtml(digests, { title: `Tổng hợp kiến nghị, kết luận ${period}`.trim(), period }) },
    { out: path.join(q.outAbs, 'summary.csv'), content: summaryCsv(digests) },
  ];
  // one page that cannot be written does not keep the others (or the bundle) from being written
  const failedPages = new Set<string>();
  const write = (page: { out: string; content: string }) => {
    const unwritten = writeSet([page]);
    if (unwritten) {
      ctx.err(`${writeError(ctx, unwritten)}\n`);
      failedPages.add(page.out);
    } else failedPages.delete(page.out);
  };
  for (const page of pages) write(page);
  if (!q.bundle || (await interruptedNow(q.signal))) return { unwritten: failedPages.size, written: 0, skipped: 0 };
  const bundle = await writeBundle(ctx, q, ordered, bundlePath);
  // the bundle came or went after the index was written: the index follows it
  if (isFile(bundlePath) !== linked) write(indexPage((linked = !linked)));
  return { ...bundle, unwritten: failedPages.size + bundle.unwritten };
}

/** the bundle PDF, unless the one in place was built from the same notes, templates and config */
async function writeBundle(ctx: Ctx, q: QuarterInput, ordered: [string, NoteDigest][], bundlePath: string): Promise<QuarterResult> {
  const cwd = ctx.io.cwd;
  const name = path.basename(bundlePath);
  if (q.failedNotes) {
    // one of the selection's visits would be missing; an older bundle is of other notes' text
    const removed = isFile(bundlePath) && removeFile(bundlePath);
    q.cache.setBundle(name, undefined);
    ctx.err(`${t(ctx.lang, removed ? 'batch/bundle-withheld-removed' : 'batch/bundle-withheld', { path: displayPath(cwd, bundlePath), count: q.failedNotes })}\n`);
    return { unwritten: 1 + (await saveCache(ctx, q.cache)), written: 0, skipped: 0 };
  }
  const dates = ordered.map(([, d]) => d.date);
  const range = periodVi(q.sel ? { since: q.sel.since, until: q.sel.until } : undefined, dates);
  const quarter = wholeQuarter(q.sel);
  // the range is the subtitle; the title names it only for a whole quarter ("… quý III/2024")
  const cover = { title: `${bundleKind(q.docs).title} ${quarter ? quarterLabelVi(quarter) : ''}`.trim(), subtitle: range.charAt(0).toLocaleUpperCase('vi') + range.slice(1) };
  const templateHash = templateFingerprints(['bundle'], ['pdf'], q.templateDir).get(outputId('bundle', 'pdf'))!;
  const key = bundleKey(templateHash, q.configHash, { ...cover, docs: q.docs }, ordered.map(([file]) => ({ file: rel(cwd, file), hash: q.hashes.get(file) ?? '' })));
  if (!q.force && q.cache.bundle(name) === key && isFile(bundlePath)) return { unwritten: 0, written: 0, skipped: 1 };
  const failed = async (reason: string): Promise<QuarterResult> => {
    // the one in place is of other notes: it must not pass for this selection's
    const removed = isFile(bundlePath) && removeFile(bundlePath);
    ctx.err(`${t(ctx.lang, removed ? 'batch/bundle-failed-removed' : 'batch/bundle-failed', { path: displayPath(cwd, bundlePath), reason: reason.replace(/\.\s*$/, '') })}\n`);
    q.cache.setBundle(name, undefined);
    return { unwritten: 1 + (await saveCache(ctx, q.cache)), written: 0, skipped: 0 };
  };
  const { bundleViews, renderBundle } = await import('../../batch/bundle.js');
  // a long compile with nothing on screen looks like a hang
  ctx.err(`${t(ctx.lang, 'batch/bundle-building', { path: displayPath(cwd, bundlePath), count: ordered.length })}\n`);
  let pdf: Uint8Array;
  try {
    const views = await bundleViews(ordered.map(([file]) => file), q.docs);
    if (await interruptedNow(q.signal)) return { unwritten: 0, written: 0, skipped: 0 };
    pdf = await renderBundle({ cover: { ...cover, note: `Gồm ${views.length} văn bản` }, views, font: ctx.config.font, templateDir: q.templateDir });
  } catch (e) {
    // Typst's diagnostics name the template file: relative to the working folder, as elsewhere
    const diags = (e as { diagnostics?: TypstDiagnostic[] }).diagnostics;
    const at = (d: TypstDiagnostic) => (diagnosticPlace(d, cwd) ? `${diagnosticPlace(d, cwd)}: ` : '');
    return failed(diags?.length ? `Typst: ${diags.slice(0, 3).map((d) => `${at(d)}${d.message}`).join('; ')}` : e instanceof Error ? e.message : String(e));
  }
  // the compile held the thread: a Ctrl-C meanwhile is seen only now, and the PDF is dropped
  if (await interruptedNow(q.signal)) return { unwritten: 0, written: 0, skipped: 0 };
  const unwritten = writeSet([{ out: bundlePath, content: pdf }]);
  if (unwritten) return failed(ioReason(ctx.lang, unwritten.error));
  q.cache.setBundle(name, key);
  ctx.err(`${t(ctx.lang, 'batch/wrote-extra', { path: displayPath(cwd, bundlePath) })}\n`);
  return { unwritten: await saveCache(ctx, q.cache), written: 1, skipped: 0 };
}
