// PDF through Typst: one compiler per engine, fonts loaded once, the view passed only as
// JSON in sys.inputs so user text is never parsed as Typst markup.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { packagePath } from '../../package-root.js';
import type { MinutesView } from '../view.js';
import { diagnosticPlace, type TypstDiagnostic } from './diagnostics.js';

export { diagnosticPlace, type TypstDiagnostic };

export type TemplateDoc = MinutesView['doc'];

/** one file of a Typst template */
export interface TypstTemplateFile {
  /** path under the template root, "/"-separated: "bien-ban/typst/main.typ" */
  path: string;
  source: string;
  /** the file it was read from (named in messages) */
  origin: string;
}

/** a Typst template as files, so imports resolve and errors point at the file they are in */
export interface TypstTemplate {
  /** the entry file's `path` */
  main: string;
  files: TypstTemplateFile[];
}

/** Typst reported an error or a warning (warnings are errors: they hide dropped content or missing fonts). */
export class TypstError extends Error {
  readonly code = 'RENDER';
  constructor(readonly diagnostics: TypstDiagnostic[]) {
    super(
      'Typst: ' +
        (diagnostics.length
          ? diagnostics.map((d) => `${diagnosticPlace(d) ? `${diagnosticPlace(d)}: ` : ''}${d.severity}: ${d.message}`).join('; ')
          : 'compilation failed'),
    );
    this.name = 'TypstError';
  }
}

export interface PdfEngineOptions {
  /** font files or directories holding them; default: the package's assets/fonts */
  fontPaths?: string[];
  /** family name given to Typst; default "Liberation Serif" */
  fontFamily?: string;
  /**
   * the template root: template files are placed under it, and files a template reads that
   * are not part of it (an image beside main.typ) come from it; default the package's templates/
   */
  root?: string;
}

export const defaultFontDir = packagePath('assets', 'fonts');
const templatesDir = packagePath('templates');

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;

function fontFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) if (FONT_FILE.test(name)) files.push(join(p, name));
    } else {
      files.push(p);
    }
  }
  return files;
}

interface RawDiagnostic {
  message?: unknown;
  severity?: unknown;
  path?: unknown;
  range?: { start?: { line?: unknown; character?: unknown } } | null;
  hints?: unknown;
}

/** 0-based line and code-point column (what the binding reports) → 1-based line and UTF-16 column */
function position(source: string | undefined, line: number, character: number): { line: number; column: number } {
  const text = source?.split('\n')[line];
  const column = text === undefined ? character : [...text].slice(0, character).join('').length;
  return { line: line + 1, column: column + 1 };
}

function toDiagnostics(raw: unknown, fallback: 'error' | 'warning', where: (path: string) => { file: string; source?: string }): TypstDiagnostic[] {
  if (!Array.isArray(raw)) return [];
  const out: TypstDiagnostic[] = [];
  for (const r of raw as RawDiagnostic[]) {
    // the binding reports severity 1 for errors, 2 for warnings; 3 and 4 are notes (an import trace)
    if (r.severity === 3 || r.severity === 4) continue;
    const sev = r.severity === 2 || r.severity === 'warning' ? 'warning' : r.severity === 1 ? 'error' : fallback;
    const d: TypstDiagnostic = { message: String(r.message ?? ''), severity: sev };
    if (typeof r.path === 'string' && r.path) {
      d.path = r.path;
      const { file, source } = where(r.path);
      d.file = file;
      const start = r.range?.start;
      if (typeof start?.line === 'number' && typeof start.character === 'number') Object.assign(d, position(source, start.line, start.character));
    }
    if (Array.isArray(r.hints) && r.hints.length) d.hints = r.hints.map(String);
    out.push(d);
  }
  return out;
}

export class PdfEngine {
  /** template files currently placed in the compiler: absolute path → file */
  private readonly placed = new Map<string, TypstTemplateFile>();

  private constructor(
    private readonly compiler: NodeCompiler,
    readonly fontFamily: string,
    private readonly root: string,
  ) {}

  /** Loads the fonts once; reuse the engine for every document. */
  static create(options: PdfEngineOptions = {}): PdfEngine {
    const files = fontFiles(options.fontPaths ?? [defaultFontDir]);
    const fontBlobs = files.map((f) => readFileSync(f));
    const root = resolve(options.root ?? templatesDir);
    const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontBlobs }] });
    return new PdfEngine(compiler, options.fontFamily ?? 'Liberation Serif', root);
  }

  /**
   * The template's files as in-memory files under the root (a source given as text has no file
   * to import from, and its errors no position): imports between them resolve as on disk.
   */
  private place(template: TypstTemplate): string {
    for (const f of template.files) {
      const abs = join(this.root, f.path);
      const had = this.placed.get(abs);
      if (had?.source === f.source && had.origin === f.origin) continue;
      this.compiler.mapShadow(abs, Buffer.from(f.source, 'utf8'));
      this.placed.set(abs, f);
    }
    return join(this.root, template.main);
  }

  /** the template file (and its text) a diagnostic's path stands for */
  private where(path: string): { file: string; source?: string } {
    const f = this.placed.get(path);
    return f ? { file: f.origin, source: f.source } : { file: path };
  }

  async render(view: MinutesView, template: TypstTemplate): Promise<Uint8Array> {
    try {
      const result = this.compiler.compile({
        mainFilePath: this.place(template),
        inputs: { data: JSON.stringify(view), font: this.fontFamily },
      });
      const where = (p: string) => this.where(p);
      if (result.hasError()) {
        const err = result.takeError();
        throw new TypstError(err ? toDiagnostics(this.compiler.fetchDiagnostics(err), 'error', where) : []);
      }
      const warnings = result.takeWarnings();
      if (warnings) {
        const diags = toDiagnostics(this.compiler.fetchDiagnostics(warnings), 'warning', where);
        if (diags.length) throw new TypstError(diags);
      }
      const doc = result.result;
      if (!doc) throw new TypstError([]);
      const pdf = this.compiler.pdf(doc);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      // Without both, RSS grows ~0.8 MB per document (engines.md §3.4).
      this.compiler.evictCache(0);
      await new Promise<void>((r) => setImmediate(r));
    }
  }
}

/** the templates that import lib.typ; each reads `<doc>/typst/main.typ` */
const SHARED_LIB = '_shared/typst/lib.typ';

/**
 * Reads `<doc>/typst/main.typ` and `_shared/typst/lib.typ`, each from `overrideDir` when it
 * has the file, else from the package: either file may be replaced alone.
 */
export function loadTemplate(doc: TemplateDoc, overrideDir?: string): TypstTemplate {
  const main = `${doc}/typst/main.typ`;
  const files = [main, SHARED_LIB].map((rel) => {
    const own = overrideDir ? resolve(overrideDir, rel) : undefined;
    const origin = own && existsSync(own) ? own : join(templatesDir, rel);
    return { path: rel, source: readFileSync(origin, 'utf8'), origin };
  });
  return { main, files };
}
