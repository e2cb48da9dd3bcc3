// DOCX renderer: draws a MinutesView as a Decree 30 document (Mẫu 1.9 or Mẫu 1.4).
import { AlignmentType, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { MinutesView } from '../view.js';
import { bodyParagraph, newState, renderBlocks } from './blocks.js';
import type { BodyChild } from './blocks.js';
import { headerBlock, titleBlock } from './header.js';
import { signatureBlock } from './signature.js';
import { clean } from './text.js';
import { AFTER, DEFAULT_FONT, LINE, MARGIN, PAGE, ROOT, SIZE } from './units.js';

export interface DocxOptions {
  /** font name written into the file; Word needs it installed, LibreOffice substitutes a metric twin */
  fontFamily?: string;
}

function sections(view: MinutesView): BodyChild[] {
  return view.sections.flatMap((s) => [
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 0 },
      spacing: { before: 120 },
      keepNext: true,
      children: [new TextRun({ text: clean(`${s.number} ${s.title}`), bold: true })],
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

function pageHeaders() {
  return {
    // page numbers from page 2 on; page 1 gets the empty "first" header (titlePage)
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

export function buildDocument(view: MinutesView, opts: DocxOptions = {}): Document {
  const font = opts.fontFamily ?? DEFAULT_FONT;
  const children: BodyChild[] = [
    headerBlock(view),
    ...titleBlock(view),
    ...renderBlocks(view.intro, ROOT),
    ...sections(view),
    ...closing(view),
    ...signatureBlock(view),
  ];
  return new Document({
    title: clean(view.meta.title),
    subject: clean(view.meta.subject),
    creator: clean(view.meta.author),
    lastModifiedBy: clean(view.meta.author),
    description: clean(`${view.docType} ${view.subject} (${view.meta.date})`.replace(/\s+/g, ' ')),
    styles: {
      default: {
        document: {
          run: { font, size: SIZE.body, language: { value: 'vi-VN' } },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.AUTO, after: AFTER } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN } },
        },
        headers: pageHeaders(),
        children,
      },
    ],
  });
}

/** the .docx file as bytes */
export async function renderDocx(view: MinutesView, opts: DocxOptions = {}): Promise<Uint8Array> {
  const buf = await Packer.toArrayBuffer(buildDocument(view, opts));
  return new Uint8Array(buf);
}
