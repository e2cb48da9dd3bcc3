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
  render(view: MinutesView): Promise<string | Uint8Array>;
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
      return { render: async (view) => r.renderBytes(view) };
    },
  },
  {
    name: 'pdf',
    extension: '.pdf',
    needsGlyphs: true,
    async create(setup) {
      const { PdfEngine, loadTemplate } = await import('./pdf/engine.js');
      const engine = PdfEngine.create({ fontPaths: setup.font.files, fontFamily: setup.font.family, root: setup.templateDir });
      const templates = new Map<string, TypstTemplate>();
      return {
        render: (view) => {
          let tpl = templates.get(view.doc);
          if (!tpl) templates.set(view.doc, (tpl = loadTemplate(view.doc, setup.templateDir)));
          return engine.render(view, tpl);
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
