// Output formats: one entry per format (pandoc's writer list). Heavy engines load lazily.
import type { MinutesView } from './view.js';
import type { FontChoice } from './fonts.js';
import type { TypstTemplate } from './pdf/engine.js';

export interface FormatSetup {
  /** workspace template folder overriding built-ins by name */
  templateDir?: string;
  font: FontChoice;
}

export interface FormatRenderer {
  /** throws a TemplateFailure when the template fails (on this note's data) */
  render(view: MinutesView): Promise<string | Uint8Array>;
  /**
   * Throws a TemplateFailure when a template of these documents does not compile. `samples`
   * are complete views of them to try a template on; built-in templates are not checked.
   */
  check?(docs: readonly MinutesView['doc'][], samples: readonly MinutesView[]): Promise<void>;
}

export interface OutputFormat {
  name: 'html' | 'pdf' | 'docx';
  extension: string;
  /** whether the font must cover every character of the note (PDF embeds glyphs) */
  needsGlyphs: boolean;
  create(setup: FormatSetup): Promise<FormatRenderer>;
}

export const FORMATS: readonly OutputFormat[] = [
  {
    name: 'html',
    extension: '.html',
    needsGlyphs: false,
    async create(setup) {
      const { createHtmlRenderer } = await import('./html/index.js');
      const r = createHtmlRenderer({ templateDir: setup.templateDir });
      return { render: async (view) => r.renderBytes(view), check: async (docs) => r.check(docs) };
    },
  },
  {
    name: 'pdf',
    extension: '.pdf',
    needsGlyphs: true,
    async create(setup) {
      const { PdfEngine, TypstError, loadTemplate } = await import('./pdf/engine.js');
      const { TemplateFailure, typstProblems } = await import('./template-errors.js');
      const engine = PdfEngine.create({ fontPaths: setup.font.files, fontFamily: setup.font.family, root: setup.templateDir });
      const templates = new Map<string, TypstTemplate>();
      const template = (doc: MinutesView['doc']) => {
        let tpl = templates.get(doc);
        if (!tpl) templates.set(doc, (tpl = loadTemplate(doc, setup.templateDir)));
        return tpl;
      };
      const render = async (view: MinutesView) => {
        const tpl = template(view.doc);
        try {
          return await engine.render(view, tpl);
        } catch (e) {
          if (e instanceof TypstError) throw new TemplateFailure('PDF', 'Typst', typstProblems(e.diagnostics, tpl.files[0].origin));
          throw e;
        }
      };
      return {
        render,
        async check(_docs, samples) {
          for (const view of samples) {
            const builtin = loadTemplate(view.doc);
            // a workspace copy left as it was (init --templates) needs no trial
            if (template(view.doc).files.every((f, i) => f.source === builtin.files[i]?.source)) continue;
            await render(view);
          }
        },
      };
    },
  },
  {
    name: 'docx',
    extension: '.docx',
    needsGlyphs: false,
    async create(setup) {
      const { renderDocx } = await import('./docx/index.js');
      // Word expects the name "Times New Roman"; LibreOffice maps it to Liberation Serif
      return { render: (view) => renderDocx(view, { fontFamily: 'Times New Roman' }) };
    },
  },
];

export const FORMAT_NAMES = FORMATS.map((f) => f.name);
export const formatByName = (n: string) => FORMATS.find((f) => f.name === n);
