// render: lint each note, and only when it has no error build the view and write every
// requested format atomically. A failing note leaves no file; other notes go on.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Diagnostic, FileResult } from '../diagnostics.js';
import { summarize } from '../diagnostics.js';
import { lintBytes, unreadableResult, type LintOptions } from '../lint.js';
import { buildView, type DocKind } from '../render/build-view.js';
import { FORMATS, type FormatRenderer, type OutputFormat } from '../render/formats.js';
import { chooseFont, type FontSetting } from '../render/fonts.js';
import { fontCoverage } from '../render/pdf/coverage.js';
import { glyphData, unprintable } from '../render/glyphs.js';
import fontCoverageRule from '../rules/font-coverage.js';
import { interpolate, pick } from '../i18n/index.js';
import { writeAtomic } from '../fs/atomic.js';
import { sampleViews } from '../render/sample.js';
import { TemplateFailure, noteTemplateFailure, templateError } from '../render/template-errors.js';
import { filePosition, type Note } from '../model/note.js';
import type { MinutesView } from '../render/view.js';

export interface RenderOptions extends LintOptions {
  formats: OutputFormat['name'][];
  docs: DocKind[];
  outDir: string;
  cwd: string;
  templateDir?: string;
  font?: FontSetting;
  /** where notes outside cwd are placed from (outsideBase); absent: by their name */
  outside?: string;
}

/** one rendered document, not yet written */
export interface RenderedOutput {
  out: string;
  doc: DocKind;
  format: OutputFormat['name'];
  content: string | Uint8Array;
}

/** which doc × format pairs to render (all when absent) */
export type OutputFilter = (doc: DocKind, format: OutputFormat['name']) => boolean;

export interface RenderOutcome {
  file: string;
  result: FileResult;
  outputs: string[];
  failed: boolean;
  /** a failure of the engine itself (not of the note) */
  error?: string;
}

/** a relative path that leaves its base (or cannot be relative: another drive) */
const leaves = (rel: string) => rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);

/** the file's path below base; across drives, the drive letter becomes the first folder */
function below(base: string, file: string): string {
  const rel = path.relative(base, file);
  if (!leaves(rel)) return rel;
  const { root } = path.parse(file);
  return path.join(root.replace(/[:\\/]/g, ''), file.slice(root.length));
}

/** the deepest folder holding every given path (absolute); undefined when none does (other drives) */
export function commonFolder(paths: readonly string[]): string | undefined {
  if (paths.length === 0) return undefined;
  let common = path.resolve(paths[0]);
  for (const p of paths.slice(1)) {
    while (leaves(path.relative(common, path.resolve(p)))) {
      const up = path.dirname(common);
      if (up === common) return undefined;
      common = up;
    }
  }
  return common;
}

/**
 * Where notes outside cwd go below the output folder: their path from the deepest folder
 * holding every input outside cwd (its roots, and the notes themselves). From the inputs, not
 * only the notes found, so a folder's layout does not change as notes are added. Undefined
 * when every note is below cwd.
 */
export function outsideBase(cwd: string, roots: readonly string[], files: readonly string[]): string | undefined {
  const outside = [...roots, ...files.map((f) => path.dirname(f))].filter((p) => leaves(path.relative(cwd, p)));
  // no common folder (other drives): from the first one's root; below() names the drive of the others
  return outside.length ? (commonFolder(outside) ?? path.parse(path.resolve(outside[0])).root) : undefined;
}

/**
 * out/<path relative to cwd>, with .thong-bao before the extension for the notice. A note
 * outside cwd goes to out/<path relative to `outside`> (see outsideBase), so notes of two
 * outside folders keep apart; without it (a single note), out/<its name>.
 */
export function outputPath(file: string, cwd: string, outDir: string, doc: DocKind, ext: string, outside?: string): string {
  let rel = path.relative(cwd, file);
  if (leaves(rel)) rel = outside ? below(outside, file) : path.basename(file);
  const base = rel.replace(/\.md$/i, '');
  return path.resolve(cwd, outDir, `${base}${doc === 'thong-bao' ? '.thong-bao' : ''}${ext}`);
}

export class NoteRenderer {
  private constructor(
    private readonly opts: RenderOptions,
    private readonly engines: { format: OutputFormat; renderer: FormatRenderer }[],
    private readonly fontFile: string,
  ) {}

  static async create(opts: RenderOptions): Promise<NoteRenderer> {
    const font = chooseFont(opts.font);
    const engines = [];
    for (const name of opts.formats) {
      const format = FORMATS.find((f) => f.name === name)!;
      engines.push({ format, renderer: await format.create({ templateDir: opts.templateDir, font }) });
    }
    // a workspace template that does not compile stops here, once, rather than failing every note
    if (opts.templateDir) {
      const samples = sampleViews(opts.docs);
      for (const { renderer } of engines) {
        try {
          await renderer.check?.(opts.docs, samples);
        } catch (e) {
          if (e instanceof TemplateFailure) throw templateError(e, opts.lang ?? 'vi', opts.cwd);
          throw e;
        }
      }
    }
    return new NoteRenderer(opts, engines, font.files[0]);
  }

  /**
   * the font-coverage rule's findings for the documents and formats being written (the rule
   * itself, run by check, looks at both documents: render turns it off)
   */
  private glyphDiagnostics(note: Note, views: readonly MinutesView[]): Diagnostic[] {
    const text = pick(this.opts.lang ?? 'vi', fontCoverageRule.messages['missing-glyph']);
    return unprintable(note, views, fontCoverage(this.fontFile)).map((u) => {
      const p = filePosition(note, u.index);
      const data = glyphData(u);
      return { ruleId: 'font-coverage', messageId: 'missing-glyph', data, message: interpolate(text, data), severity: 2 as const, line: p.line, column: p.column, endLine: p.line, endColumn: p.column + u.char.length };
    });
  }

  async renderFile(file: string, bytes?: Uint8Array): Promise<RenderOutcome> {
    const { rendered, note: _note, ...outcome } = await this.renderInMemory(file, bytes);
    for (const r of rendered) await writeAtomic(r.out, r.content);
    return outcome;
  }

  /** like renderFile, but returns the documents instead of writing them (batch workers never write) */
  async renderInMemory(file: string, bytes?: Uint8Array, want?: OutputFilter): Promise<RenderOutcome & { rendered: RenderedOutput[]; note?: Note }> {
    const data = bytes ?? (await readFile(file).catch(() => undefined));
    // the font-coverage rule is left to glyphDiagnostics, which knows the documents and formats written
    const linted = data ? lintBytes(file, data, { ...this.opts, rules: { ...this.opts.rules, 'font-coverage': 'off' } }) : undefined;
    if (!linted) {
      const lang = this.opts.lang ?? 'vi';
      const result = unreadableResult(file, Object.assign(new Error('ENOENT'), { code: 'ENOENT' }), lang);
      return { file, result, outputs: [], failed: true, rendered: [] };
    }
    const { note, result } = linted;
    if (!note || result.errorCount > 0 || !note.data) return { file, result, outputs: [], failed: true, rendered: [] };
    const engines = want ? this.engines.filter((e) => this.opts.docs.some((d) => want(d, e.format.name))) : this.engines;
    const docs = this.opts.docs.filter((doc) => !want || engines.some((e) => want(doc, e.format.name)));
    const views = new Map(docs.map((doc) => [doc, buildView(note, doc)]));
    const glyphViews = docs.filter((doc) => engines.some((e) => e.format.needsGlyphs && (!want || want(doc, e.format.name)))).map((doc) => views.get(doc)!);
    if (glyphViews.length) {
      const missing = this.glyphDiagnostics(note, glyphViews);
      if (missing.length) return { file, result: summarize(file, [...result.messages, ...missing]), outputs: [], failed: true, rendered: [] };
    }
    // render everything first, write after: a failing engine leaves no partial set
    const rendered: RenderedOutput[] = [];
    try {
      for (const doc of docs) {
        const view = views.get(doc)!;
        for (const { format, renderer } of engines) {
          if (want && !want(doc, format.name)) continue;
          rendered.push({ out: outputPath(file, this.opts.cwd, this.opts.outDir, doc, format.extension, this.opts.outside), doc, format: format.name, content: await renderer.render(view) });
        }
      }
    } catch (e) {
      const error = e instanceof TemplateFailure ? noteTemplateFailure(e, this.opts.lang ?? 'vi', this.opts.cwd) : e instanceof Error ? e.message : String(e);
      return { file, result, outputs: [], failed: true, error, rendered: [] };
    }
    return { file, result, outputs: rendered.map((r) => r.out), failed: false, rendered, note };
  }
}
