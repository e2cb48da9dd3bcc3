// Reads a .docx back with jszip and pulls out what the tests assert on.
import JSZip from 'jszip';

export interface DocxParts {
  zip: JSZip;
  document: string;
  styles: string;
  core: string;
  rels: string;
  /** header XML by sectPr reference type ("default", "first") */
  headers: Record<string, string>;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`missing part ${name}`);
    return f.async('string');
  };
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const headers: Record<string, string> = {};
  for (const m of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="([^"]+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (target) headers[m[1]] = await read(`word/${target}`);
  }
  return { zip, document, styles: await read('word/styles.xml'), core: await read('docProps/core.xml'), rels, headers };
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (e[0] !== '#') return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export interface Para {
  xml: string;
  text: string;
}

/** every w:p (body, tables, cells) with the concatenated text of its w:t runs; w:br counts as "\n" */
export function paragraphs(xml: string): Para[] {
  const out: Para[] = [];
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const body = m[1] ?? '';
    let text = '';
    for (const r of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)) text += r[0].startsWith('<w:br') ? '\n' : unescapeXml(r[1]);
    out.push({ xml: m[0], text });
  }
  return out;
}

/** top-level and nested w:tbl elements (non-greedy: fine, these documents never nest tables) */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

export function attr(xml: string, element: string, name: string): number | undefined {
  const el = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
  const v = el && new RegExp(`${name}="(-?\\d+)"`).exec(el)?.[1];
  return v === undefined || v === null ? undefined : Number(v);
}
