// What one batch worker does with one note, through the library API only. Results are plain
// data (structured-clone safe); rendered documents come back as bytes and are written by the
// main thread, so a terminated worker can never leave a temp file behind.
// sync reads: a worker has nothing else to do meanwhile, and they skip the promise machinery
import { hashBytes } from '../util/hash.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderOptions } from '../api/render.js';
import type { FileResult } from '../diagnostics.js';
import { lintBytes, unreadableResult, type LintOptions } from '../lint.js';
import { unifiedDiff } from '../fix/diff.js';
import { hasBom } from '../load/source.js';
import type { DocKind } from '../render/build-view.js';
import type { NoteDigest } from './summary.js';

export type TaskInit =
  | { kind: 'render'; options: RenderOptions }
  | { kind: 'check'; options: LintOptions; fix?: 'write' | 'dry-run'; /** diff paths are shown relative to it */ cwd?: string };

export interface RenderTask {
  file: string;
  /** output ids ("bien-ban.pdf") to render; all when absent */
  want?: string[];
}

export interface RenderedBytes {
  out: string;
  doc: DocKind;
  format: string;
  content: string | Uint8Array;
}

export interface RenderTaskResult {
  file: string;
  result: FileResult;
  failed: boolean;
  error?: string;
  /** sha256 of the bytes actually rendered */
  hash?: string;
  outputs: RenderedBytes[];
  digest?: NoteDigest;
}

export interface CheckTask {
  file: string;
}

export interface CheckTaskResult {
  file: string;
  result: FileResult;
  /** --fix and --fix-dry-run: the fixed file content (BOM kept) */
  fixed?: string;
  /** --fix-dry-run: the diff the fixes make */
  diff?: string;
}

export type Handled<R> = { result: R; transfer: ArrayBuffer[] };
export type TaskHandler = (task: RenderTask | CheckTask) => Promise<Handled<RenderTaskResult | CheckTaskResult>>;

const decoder = new TextDecoder();

const unreadable = (file: string, lang: LintOptions['lang'], e: unknown): FileResult => unreadableResult(file, e, lang);

/**
 * Bytes that can be moved to another thread: their own, whole ArrayBuffer (not a pooled slice).
 * Text (no built-in format renders text) is cloned as it is.
 */
function movable(c: string | Uint8Array): string | Uint8Array {
  if (typeof c === 'string') return c;
  if (c.byteOffset === 0 && c.byteLength === c.buffer.byteLength && c.buffer instanceof ArrayBuffer) return c;
  return new Uint8Array(c);
}

export async function createTaskHandler(init: TaskInit): Promise<TaskHandler> {
  if (init.kind === 'check') {
    const { options, fix, cwd } = init;
    return async (task) => {
      const { file } = task;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        return { result: { file, result: unreadable(file, options.lang, e) }, transfer: [] };
      }
      const { result } = lintBytes(file, bytes, { ...options, fix: !!fix });
      const out: CheckTaskResult = { file, result };
      if (result.output !== undefined) {
        const bom = hasBom(bytes);
        const fixed = (bom ? '\uFEFF' : '') + result.output;
        out.fixed = fixed;
        // the diff is against the bytes on disk, BOM included, so it applies with `git apply`
        if (fix === 'dry-run') out.diff = unifiedDiff(file, (bom ? '\uFEFF' : '') + decoder.decode(bytes), fixed, { cwd });
        delete result.output;
      }
      return { result: out, transfer: [] };
    };
  }
  // render modules load only in render workers: a check worker starts faster
  const [{ NoteRenderer }, { noteDigest }] = await Promise.all([import('../api/render.js'), import('./summary.js')]);
  const renderer = await NoteRenderer.create(init.options);
  const cwd = init.options.cwd;
  return async (task) => {
    const { file, want } = task as RenderTask;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      return { result: { file, result: unreadable(file, init.options.lang, e), failed: true, outputs: [] }, transfer: [] };
    }
    const hash = hashBytes(bytes);
    const wanted = want ? new Set(want) : undefined;
    const r = await renderer.renderInMemory(file, bytes, wanted ? (doc, format) => wanted.has(`${doc}.${format}`) : undefined);
    const outputs = r.rendered.map((o) => ({ out: o.out, doc: o.doc, format: o.format, content: movable(o.content) }));
    const res: RenderTaskResult = { file, result: r.result, failed: r.failed, hash, outputs };
    if (r.error) res.error = r.error;
    if (!r.failed && r.note?.data) res.digest = noteDigest(r.note, path.relative(cwd, file).split(path.sep).join('/'));
    return { result: res, transfer: outputs.flatMap((o) => (typeof o.content === 'string' ? [] : [o.content.buffer as ArrayBuffer])) };
  };
}
