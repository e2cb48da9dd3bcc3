// DOCX renderer: draws a MinutesView as a Decree 30 document (Mẫu 1.9 or Mẫu 1.4).
import type { MinutesView } from '../view.js';
import { bodyParagraph, newState, renderBlocks } from './blocks.js';
import { headerBlock, titleBlock } from './header.js';
import { bodyXml, paragraph, Relationships, type BodyChild } from './ooxml.js';
import { FIRST_LINK_ID, HEADER_IDS, packageDocx } from './package.js';
import { signatureBlock } from './signature.js';
import { clean } from './text.js';
import { DEFAULT_FONT, MARGIN, PAGE, ROOT } from './units.js';

export interface DocxOptions {
  /** font name written into the file; Word needs it installed, LibreOffice substitutes a metric twin */
  fontFamily?: string;
  /** the document's created and modified time (default: the document's date, as the PDF has) */
  created?: Date;
}

/** midnight UTC of the view's ISO date; now when it has none (a view built by hand) */
function documentDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date();
}

function sections(view: MinutesView): BodyChild[] {
  return view.sections.flatMap((s) => [
    paragraph({
      align: 'both',
      indent: { firstLine: 0 },
      spacing: { before: 120 },
      keepNext: true,
      children: [{ text: clean(`${s.number} ${s.title}`), bold: true }],
    }),
    ...renderBlocks(s.blocks, ROOT, newState()),
  ]);
}

/** closing paragraphs; the last one stays on the page of the signatures */
function closing(view: MinutesView): BodyChild[] {
  const out = renderBlocks(view.closing, ROOT);
  const last = view.closing.at(-1);
  if (last?.kind === 'paragraph') {
    out[out.length - 1] = bodyParagraph(last.inlines, ROOT, { indent: last.indent !== false, keepNext: true });
  }
  return out;
}

/** A4 portrait, Decree 30 margins, a different first page (no number on page 1) */
const SECTION =
  `<w:sectPr><w:headerReference w:type="default" r:id="${HEADER_IDS.default}"/><w:headerReference w:type="first" r:id="${HEADER_IDS.first}"/>` +
  `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
  `<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.right}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.left}" w:header="708" w:footer="708" w:gutter="0"/>` +
  '<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>';

function documentBody(view: MinutesView): BodyChild[] {
  return [headerBlock(view), ...titleBlock(view), ...renderBlocks(view.intro, ROOT), ...sections(view), ...closing(view), ...signatureBlock(view)];
}

/** the .docx file as bytes */
export async function renderDocx(view: MinutesView, opts: DocxOptions = {}): Promise<Uint8Array> {
  const rels = new Relationships(FIRST_LINK_ID);
  const body = bodyXml(documentBody(view), rels) + SECTION;
  return packageDocx({
    font: opts.fontFamily ?? DEFAULT_FONT,
    body,
    links: rels.links,
    // from the note, not the clock: the same note renders to the same bytes
    created: opts.created ?? documentDate(view.meta.date),
    properties: {
      title: clean(view.meta.title),
      subject: clean(view.meta.subject),
      creator: clean(view.meta.author),
      description: clean(`${view.docType} ${view.subject} (${view.meta.date})`.replace(/\s+/g, ' ')),
    },
  });
}
