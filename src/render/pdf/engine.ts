// PDF through Typst: one compiler per engine, fonts loaded once, the view passed only as
// JSON in sys.inputs so user text is never parsed as Typst markup.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { packagePath } from '../../package-root.js';
import type { MinutesView } from '../view.js';

export type TemplateDoc = MinutesView['doc'];

export interface TypstDiagnostic {
  message: string;
  severity: 'error' | 'warning';
  path?: string;
  hints?: string[];
}

/** Typst reported an error or a warning (warnings are errors: they hide dropped content or missing fonts). */
export class TypstError extends Error {
  readonly code = 'RENDER';
  constructor(readonly diagnostics: TypstDiagnostic[]) {
    super(
      'Typst: ' +
        (diagnostics.length ? diagnostics.map((d) => `${d.severity}: ${d.message}`).join('; ') : 'compilation failed'),
    );
    this.name = 'TypstError';
  }
}

export interface PdfEngineOptions {
  /** font files or directories holding them; default: the package's assets/fonts */
  fontPaths?: string[];
  /** family name given to Typst; default "Liberation Serif" */
  fontFamily?: string;
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
  hints?: unknown;
}

function toDiagnostics(raw: unknown, fallback: 'error' | 'warning'): TypstDiagnostic[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((r: RawDiagnostic) => {
    // the binding reports severity 1 for errors, 2 for warnings
    const sev = r.severity === 2 || r.severity === 'warning' ? 'warning' : r.severity === 1 ? 'error' : fallback;
    const d: TypstDiagnostic = { message: String(r.message ?? ''), severity: sev };
    if (typeof r.path === 'string' && r.path) d.path = r.path;
    if (Array.isArray(r.hints) && r.hints.length) d.hints = r.hints.map(String);
    return d;
  });
}

export class PdfEngine {
  private constructor(
    private readonly compiler: NodeCompiler,
    readonly fontFamily: string,
  ) {}

  /** Loads the fonts once; reuse the engine for every document. */
  static create(options: PdfEngineOptions = {}): PdfEngine {
    const files = fontFiles(options.fontPaths ?? [defaultFontDir]);
    const fontBlobs = files.map((f) => readFileSync(f));
    const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs }] });
    return new PdfEngine(compiler, options.fontFamily ?? 'Liberation Serif');
  }

  async render(view: MinutesView, templateSource: string): Promise<Uint8Array> {
    try {
      const result = this.compiler.compile({
        mainFileContent: templateSource,
        inputs: { data: JSON.stringify(view), font: this.fontFamily },
      });
      if (result.hasError()) {
        const err = result.takeError();
        throw new TypstError(err ? toDiagnostics(this.compiler.fetchDiagnostics(err), 'error') : []);
      }
      const warnings = result.takeWarnings();
      if (warnings) {
        const diags = toDiagnostics(this.compiler.fetchDiagnostics(warnings), 'warning');
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

const SHARED_IMPORT = /^#import\s+"([^"]*_shared\/typst\/lib\.typ)"\s*:\s*\*[ \t]*$/m;

/**
 * Reads `<doc>/typst/main.typ` from `overrideDir` when it exists, else from the package,
 * and inlines the shared lib.typ in place of its `#import` line (mainFileContent has no
 * file system to import from).
 */
export function loadTemplate(doc: TemplateDoc, overrideDir?: string): string {
  const own = overrideDir ? resolve(overrideDir, doc, 'typst', 'main.typ') : undefined;
  const mainPath = own && existsSync(own) ? own : join(templatesDir, doc, 'typst', 'main.typ');
  const source = readFileSync(mainPath, 'utf8');
  const m = SHARED_IMPORT.exec(source);
  if (!m) return source;
  const beside = resolve(dirname(mainPath), m[1]);
  const libPath = existsSync(beside) ? beside : join(templatesDir, '_shared', 'typst', 'lib.typ');
  const lib = readFileSync(libPath, 'utf8');
  return source.slice(0, m.index) + lib + source.slice(m.index + m[0].length);
}
