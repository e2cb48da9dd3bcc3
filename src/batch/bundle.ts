// One PDF for the whole selection (--bundle): cover, table of contents, then each document
// in the biên bản layout. Compiled by Typst from templates/bundle/typst/main.typ, which
// receives everything as JSON in sys.inputs (user text is never spliced into markup).
import { readFile } from 'node:fs/promises';
import { decodeSource } from '../load/source.js';
import { buildNote } from '../model/note.js';
import { buildView, type DocKind } from '../render/build-view.js';
import type { MinutesView } from '../render/view.js';
import { chooseFont, type FontSetting } from '../render/fonts.js';
import { sampleViews } from '../render/sample.js';
import { viDate } from './summary.js';

export interface BundleCover {
  /** "Tập biên bản quý III/2024", "Tập thông báo kết luận quý III/2024" */
  title: string;
  /** "Từ ngày 01/7/2024 đến ngày 30/9/2024" */
  subtitle: string;
  /** "Gồm 7 văn bản" */
  note: string;
}

export interface BundleOptions {
  cover: BundleCover;
  views: MinutesView[];
  font?: FontSetting;
  templateDir?: string;
}

/** the view of each document of each note, in the given order; notes that no longer build are skipped */
export async function bundleViews(files: readonly string[], docs: readonly DocKind[]): Promise<MinutesView[]> {
  const views: MinutesView[] = [];
  for (const file of files) {
    const decoded = decodeSource(await readFile(file));
    if (!decoded.ok) continue;
    const note = buildNote(file, decoded.text);
    if (!note.data) continue;
    for (const doc of docs) views.push(buildView(note, doc));
  }
  return views;
}

/** the TOC line of one document: date, then its title */
export const tocLine = (v: MinutesView): string => `${viDate(v.meta.date)} – ${v.docType === 'BIÊN BẢN' ? '' : `${v.docType.charAt(0)}${v.docType.slice(1).toLocaleLowerCase('vi')}: `}${v.meta.subject}`;

export async function renderBundle(o: BundleOptions): Promise<Uint8Array> {
  const { PdfEngine, loadTemplate } = await import('../render/pdf/engine.js');
  const font = chooseFont(o.font);
  const engine = PdfEngine.create({ fontPaths: font.files, fontFamily: font.family, root: o.templateDir });
  // the bundle template lives beside the others and imports the same lib.typ
  const template = loadTemplate('bundle' as MinutesView['doc'], o.templateDir);
  const data = {
    meta: { title: o.cover.title, author: '', subject: o.cover.subtitle, date: '' },
    cover: o.cover,
    items: o.views.map((v) => ({ toc: tocLine(v) })),
    views: o.views,
  };
  // the engine only serialises its argument into sys.inputs.data
  return engine.render(data as unknown as MinutesView, template);
}

/**
 * A workspace's own bundle template (or the lib.typ it imports) drawn once on the sample note
 * before any note renders: one that does not compile throws a TemplateFailure, as the documents'
 * templates do, instead of failing the bundle after every note was rendered. The built-in one,
 * or an unedited copy, is not tried.
 */
export async function checkBundleTemplate(docs: readonly DocKind[], templateDir: string, font?: FontSetting): Promise<void> {
  const { loadTemplate, TypstError } = await import('../render/pdf/engine.js');
  const own = loadTemplate('bundle' as MinutesView['doc'], templateDir);
  const builtin = loadTemplate('bundle' as MinutesView['doc']);
  if (own.files.every((f, i) => f.source === builtin.files[i]?.source)) return;
  const views = sampleViews(docs);
  try {
    await renderBundle({ cover: { title: 'Tập biên bản', subtitle: 'Từ ngày 01/7/2024 đến ngày 30/9/2024', note: `Gồm ${views.length} văn bản` }, views, font, templateDir });
  } catch (e) {
    if (!(e instanceof TypstError)) throw e;
    const { TemplateFailure, typstProblems } = await import('../render/template-errors.js');
    throw new TemplateFailure('PDF', 'Typst', typstProblems(e.diagnostics, own.files[0]!.origin));
  }
}
