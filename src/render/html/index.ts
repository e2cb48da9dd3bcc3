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
import { compileTemplate, directTemplate, isPrecompiled } from './compiled.js';
import { directRuntime, type DirectRuntime, type DirectTemplate } from './direct-runtime.js';
import { checkTemplate } from './check.js';
import { HELPERS, registerHelpers } from './helpers.js';
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

/** a main template bound to its partials: the template context and the styles → the document */
type Render = (context: MinutesView, css: string) => string;

export function createHtmlRenderer(opts: HtmlRendererOptions = {}): HtmlRenderer {
  const roots = opts.templateDir ? [resolve(opts.templateDir), BUILTIN_TEMPLATES] : [BUILTIN_TEMPLATES];
  const files = new TemplateFiles(roots);
  const hb = Handlebars.create(); // isolated: never touch the global instance
  registerHelpers(hb);
  let ready: { css: string; cssBytes: Buffer; direct?: DirectRuntime } | undefined;
  // stands in for the styles in renderBytes; random, so no note text can contain it
  const marker = `<!--bienban-css-${randomUUID()}-->`;
  const mains = new Map<string, Render>();
  let partialsRegistered = false;

  /** the partials for Handlebars, compiled once: registering strings would recompile them on every render */
  function registerPartials(): void {
    if (partialsRegistered) return;
    partialsRegistered = true;
    for (const [name, source] of files.partials()) hb.registerPartial(name, compileTemplate(hb, source));
  }

  function setup(): NonNullable<typeof ready> {
    if (ready) return ready;
    const partials = files.partials();
    // the built-in partials, unedited, run compiled to JavaScript; else all go through Handlebars
    const direct: Record<string, DirectTemplate> = {};
    for (const [name, source] of partials) {
      const fn = directTemplate(source);
      if (fn) direct[name] = fn;
    }
    const allDirect = [...partials.keys()].every((name) => name in direct);
    if (!allDirect) registerPartials();
    // CSS comes from trusted template files; keep it from closing the <style> element anyway.
    const css = `${fontFaceCss(FONT_DIR)}\n${files.read(STYLES_FILE)}`.replace(/<\/style/gi, '<\\/style');
    ready = { css, cssBytes: Buffer.from(css, 'utf8'), ...(allDirect ? { direct: directRuntime(HELPERS, direct) } : {}) };
    return ready;
  }

  function template(view: MinutesView): Render {
    if (!DOCS.has(view.doc)) {
      throw new BienbanError('RENDER', `unknown document kind: ${String(view.doc)}`, 'expected bien-ban or thong-bao');
    }
    let render = mains.get(view.doc);
    if (!render) {
      const { direct } = setup();
      const source = files.read(mainTemplate(view.doc));
      const fn = direct && directTemplate(source);
      if (fn && direct) {
        render = (context, css) => fn(context, { css, root: context }, direct);
      } else {
        registerPartials();
        const tpl = compileTemplate(hb, source);
        render = (context, css) => tpl(context, { data: { css } });
      }
      mains.set(view.doc, render);
    }
    return render;
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
      return template(view)(prepareView(view), setup().css);
    },
    renderBytes(view: MinutesView): Uint8Array {
      const render = template(view);
      const { cssBytes } = setup();
      const parts = render(prepareView(view), marker).split(marker);
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
