// Reads rendered PDFs back with pdfjs-dist: page sizes, positioned text, embedded font names.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  x: number;
  y: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: TextItem[];
  /** page text joined in reading order, NFC */
  text: string;
  fonts: string[];
}

export interface PdfInfo {
  pages: PdfPage[];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfInfo> {
  // pdfjs detaches the buffer it is given
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    let text = '';
    for (const it of content.items) {
      if (!('str' in it)) continue;
      items.push({ str: it.str, x: it.transform[4], y: it.transform[5] });
      // Typst splits lines into several items; only a line end becomes whitespace
      text += it.str + (it.hasEOL ? '\n' : '');
    }
    const ops = await page.getOperatorList();
    const fonts = new Set<string>();
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFont) return;
      const id = (ops.argsArray[i] as [string])[0];
      const font = page.commonObjs.get(id) as { name?: string };
      fonts.add(String(font?.name));
    });
    pages.push({ width, height, items, text: text.normalize('NFC'), fonts: [...fonts] });
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, info: meta.info as Record<string, unknown> };
}

/** Collapses whitespace (line breaks included) so phrases broken across lines still match. */
export const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

/** Every /BaseFont name written in the PDF bytes (uncompressed dictionaries only). */
export function baseFonts(bytes: Uint8Array): string[] {
  const latin1 = Buffer.from(bytes).toString('latin1');
  return [...latin1.matchAll(/\/BaseFont\s*\/([^\s/<>\[\]()]+)/g)].map((m) => m[1]);
}

/** the PDF's bookmarks (outline), top level: title and 1-based page */
export async function readOutline(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const out: { title: string; page: number }[] = [];
  for (const o of (await doc.getOutline()) ?? []) {
    const dest = typeof o.dest === 'string' ? await doc.getDestination(o.dest) : o.dest;
    const ref = dest?.[0];
    out.push({ title: o.title.normalize('NFC'), page: ref && typeof ref === 'object' ? (await doc.getPageIndex(ref)) + 1 : -1 });
  }
  await doc.destroy();
  return out;
}
