// HTML renderer: MinutesView → one self-contained HTML file (Mẫu 1.9 biên bản, Mẫu 1.4 thông báo).
// Handlebars with escaping always on; user text is data only, never template source.
import Handlebars from 'handlebars';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { BienbanError } from '../../errors.js';
import { packagePath } from '../../package-root.js';
import type { MinutesView } from '../view.js';
import { fontFaceCss } from './fonts.js';
import { prepareView } from './prepare.js';
import { STYLES_FILE, TemplateFiles, mainTemplate, partialFile } from './templates.js';
import { compileTemplate, isPrecompiled } from './compiled.js';
import { checkTemplate } from './check.js';
import { TemplateFailure, type TemplateProblem } from '../template-errors.js';

export { safeHref } from './links.js';

export interface HtmlRendererOptions {
  /** user override root, same layout as templates/ (e.g. `_shared/html/partials/header.hbs`) */
  templateDir?: string;
}

export interface HtmlRenderer {
  render(view: MinutesView): string;
  /** the same document as UTF-8 bytes, with the styles (60 KB of them fonts) encoded once per renderer */
  renderBytes(view: MinutesView): Uint8Array;
  /** throws a TemplateFailure when a template these documents use does not compile */
  check(docs: readonly MinutesView['doc'][]): void;
}

const BUILTIN_TEMPLATES = packagePath('templates');
const FONT_DIR = packagePath('assets', 'fonts', 'web');
const DOCS = new Set<MinutesView['doc']>(['bien-ban', 'thong-bao']);

// Decree 30 PL I §II.6b markers: ordered "1." then "a)" (no f j w z, with đ); bullets "-" then "+".
const DIEM = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

function listMarker(ordered: unknown, start: unknown, index: unknown, depth: unknown): string {
  const nested = typeof depth === 'number' && depth > 0;
  if (!ordered) return nested ? '+' : '-';
  const n = (typeof start === 'number' && Number.isFinite(start) ? start : 1) + (typeof index === 'number' ? index : 0);
  if (!nested) return `${n}.`;
  return `${DIEM[n - 1] ?? n})`;
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('marker', listMarker);
}

export function createHtmlRenderer(opts: HtmlRendererOptions = {}): HtmlRenderer {
  const roots = opts.templateDir ? [resolve(opts.templateDir), BUILTIN_TEMPLATES] : [BUILTIN_TEMPLATES];
  const files = new TemplateFiles(roots);
  const hb = Handlebars.create(); // isolated: never touch the global instance
  registerHelpers(hb);
  let ready: { css: string; cssBytes: Buffer } | undefined;
  // stands in for the styles in renderBytes; random, so no note text can contain it
  const marker = `<!--bienban-css-${randomUUID()}-->`;
  const mains = new Map<string, Handlebars.TemplateDelegate>();

  // Compile partials once (registering strings would recompile them on every render).
  function setup(): { css: string; cssBytes: Buffer } {
    if (ready) return ready;
    for (const [name, source] of files.partials()) hb.registerPartial(name, compileTemplate(hb, source));
    // CSS comes from trusted template files; keep it from closing the <style> element anyway.
    const css = `${fontFaceCss(FONT_DIR)}\n${files.read(STYLES_FILE)}`.replace(/<\/style/gi, '<\\/style');
    ready = { css, cssBytes: Buffer.from(css, 'utf8') };
    return ready;
  }

  function main(doc: string): Handlebars.TemplateDelegate {
    let tpl = mains.get(doc);
    if (!tpl) {
      tpl = compileTemplate(hb, files.read(mainTemplate(doc)));
      mains.set(doc, tpl);
    }
    return tpl;
  }

  function template(view: MinutesView): Handlebars.TemplateDelegate {
    if (!DOCS.has(view.doc)) {
      throw new BienbanError('RENDER', `unknown document kind: ${String(view.doc)}`, 'expected bien-ban or thong-bao');
    }
    return main(view.doc);
  }

  return {
    check(docs) {
      const partials = files.partialNames();
      const helpers = new Set(Object.keys(hb.helpers));
      const problems: TemplateProblem[] = [];
      // the built-in templates are compiled ahead of time: only an edited text is checked
      for (const rel of [...docs.map(mainTemplate), ...[...partials].map(partialFile)]) {
        const source = files.read(rel);
        if (!isPrecompiled(source)) problems.push(...checkTemplate(hb, source, files.file(rel), partials, helpers));
      }
      if (problems.length) throw new TemplateFailure('HTML', 'Handlebars', problems);
    },
    render(view: MinutesView): string {
      const tpl = template(view);
      return tpl(prepareView(view), { data: { css: setup().css } });
    },
    renderBytes(view: MinutesView): Uint8Array {
      const tpl = template(view);
      const { cssBytes } = setup();
      const parts = tpl(prepareView(view), { data: { css: marker } }).split(marker);
      const chunks: Buffer[] = [];
      parts.forEach((part, i) => {
        if (i > 0) chunks.push(cssBytes);
        chunks.push(Buffer.from(part, 'utf8'));
      });
      const out = Buffer.concat(chunks);
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    },
  };
}

let defaultRenderer: HtmlRenderer | undefined;

/** One-shot render; without a templateDir the built-in renderer is reused across calls. */
export function renderHtml(view: MinutesView, opts: HtmlRendererOptions = {}): string {
  if (opts.templateDir) return createHtmlRenderer(opts).render(view);
  defaultRenderer ??= createHtmlRenderer();
  return defaultRenderer.render(view);
}
