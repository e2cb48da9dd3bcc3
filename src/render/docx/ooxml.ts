// The few WordprocessingML elements our documents use, as plain objects, and their XML.
// Written by hand instead of through the `docx` package: its object model cost ~8 ms a note
// (measured on the bench corpus), four times the rest of the pipeline. Element order inside
// pPr, rPr, tblPr and tcPr follows the schema (ECMA-376 Part 1, §17), which Word enforces.

export type Align = 'left' | 'center' | 'both';

export interface RunProps {
  bold?: boolean;
  italics?: boolean;
  /** half-points */
  size?: number;
  font?: string;
  /** character style id, e.g. "Hyperlink" */
  style?: string;
}

export interface Run extends RunProps {
  text?: string;
  /** a line break before the text */
  break?: boolean;
  /** a field such as PAGE instead of text */
  field?: string;
}

export interface Hyperlink {
  href: string;
  runs: Run[];
}

export interface Paragraph {
  kind: 'p';
  align?: Align;
  indent?: { left?: number; right?: number; firstLine?: number };
  spacing?: { before?: number; after?: number; line?: number; lineRule?: 'auto' | 'exact' };
  keepNext?: boolean;
  /** a bottom border: a short rule drawn by an empty paragraph */
  borderBottom?: { size: number; color: string };
  /** size of the paragraph mark, half-points (keeps an empty paragraph thin) */
  markSize?: number;
  children: (Run | Hyperlink)[];
}

export interface TableCell {
  width: number;
  children: Paragraph[];
}

export interface TableRow {
  header?: boolean;
  cantSplit?: boolean;
  /** hold every paragraph of the row with the next one (unless it says otherwise) */
  keepNext?: boolean;
  cells: TableCell[];
}

export interface Table {
  kind: 'tbl';
  width: number;
  indent?: number;
  columns: number[];
  /** every border (outer and inside); none when absent */
  border?: { size: number; color: string };
  margins: { top?: number; left: number; bottom?: number; right: number };
  rows: TableRow[];
}

export type BodyChild = Paragraph | Table;

export function paragraph(p: Omit<Paragraph, 'kind'>): Paragraph {
  return { kind: 'p', ...p };
}

export function table(t: Omit<Table, 'kind'>): Table {
  return { kind: 'tbl', ...t };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function esc(s: string): string {
  return /[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => ESCAPES[c]) : s;
}

/** hyperlink targets, numbered after the document's fixed relationships */
export class Relationships {
  readonly links: string[] = [];
  constructor(private readonly first: number) {}
  link(href: string): string {
    this.links.push(href);
    return `rId${this.first + this.links.length - 1}`;
  }
}

function runProps(r: RunProps): string {
  let x = '';
  if (r.style) x += `<w:rStyle w:val="${r.style}"/>`;
  if (r.font) x += `<w:rFonts w:ascii="${esc(r.font)}" w:cs="${esc(r.font)}" w:eastAsia="${esc(r.font)}" w:hAnsi="${esc(r.font)}"/>`;
  if (r.bold) x += '<w:b/><w:bCs/>';
  if (r.italics) x += '<w:i/><w:iCs/>';
  if (r.size) x += `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

function runXml(r: Run): string {
  const props = runProps(r);
  if (r.field) {
    const part = (inner: string) => `<w:r>${props}${inner}</w:r>`;
    return (
      part('<w:fldChar w:fldCharType="begin"/>') +
      part(`<w:instrText xml:space="preserve">${esc(r.field)}</w:instrText>`) +
      part('<w:fldChar w:fldCharType="separate"/>') +
      part('<w:fldChar w:fldCharType="end"/>')
    );
  }
  return `<w:r>${props}${r.break ? '<w:br/>' : ''}${r.text !== undefined ? `<w:t xml:space="preserve">${esc(r.text)}</w:t>` : ''}</w:r>`;
}

function paragraphXml(p: Paragraph, rels: Relationships, keepNext?: boolean): string {
  let pr = '';
  const keep = p.keepNext ?? keepNext;
  if (keep !== undefined) pr += keep ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
  if (p.borderBottom) pr += `<w:pBdr><w:bottom w:val="single" w:color="${p.borderBottom.color}" w:sz="${p.borderBottom.size}" w:space="0"/></w:pBdr>`;
  const s = p.spacing;
  if (s) {
    pr += '<w:spacing';
    if (s.after !== undefined) pr += ` w:after="${s.after}"`;
    if (s.before !== undefined) pr += ` w:before="${s.before}"`;
    if (s.line !== undefined) pr += ` w:line="${s.line}" w:lineRule="${s.lineRule ?? 'auto'}"`;
    pr += '/>';
  }
  const ind = p.indent;
  if (ind) {
    pr += '<w:ind';
    if (ind.left !== undefined) pr += ` w:left="${ind.left}"`;
    if (ind.right !== undefined) pr += ` w:right="${ind.right}"`;
    if (ind.firstLine !== undefined) pr += ` w:firstLine="${ind.firstLine}"`;
    pr += '/>';
  }
  if (p.align) pr += `<w:jc w:val="${p.align}"/>`;
  if (p.markSize) pr += `<w:rPr><w:sz w:val="${p.markSize}"/><w:szCs w:val="${p.markSize}"/></w:rPr>`;
  let body = '';
  for (const c of p.children) {
    if ('href' in c) body += `<w:hyperlink r:id="${rels.link(c.href)}" w:history="1">${c.runs.map(runXml).join('')}</w:hyperlink>`;
    else body += runXml(c);
  }
  if (!pr && !body) return '<w:p/>';
  return `<w:p>${pr ? `<w:pPr>${pr}</w:pPr>` : ''}${body}</w:p>`;
}

function borders(b: Table['border']): string {
  const one = b ? `w:val="single" w:color="${b.color}" w:sz="${b.size}"` : 'w:val="none" w:color="auto" w:sz="0"';
  return `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${one}/>`).join('')}</w:tblBorders>`;
}

function tableXml(t: Table, rels: Relationships): string {
  const m = t.margins;
  let x = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${t.width}"/>`;
  if (t.indent) x += `<w:tblInd w:type="dxa" w:w="${t.indent}"/>`;
  x += `${borders(t.border)}<w:tblLayout w:type="fixed"/><w:tblCellMar>`;
  if (m.top !== undefined) x += `<w:top w:type="dxa" w:w="${m.top}"/>`;
  x += `<w:left w:type="dxa" w:w="${m.left}"/>`;
  if (m.bottom !== undefined) x += `<w:bottom w:type="dxa" w:w="${m.bottom}"/>`;
  x += `<w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar></w:tblPr>`;
  x += `<w:tblGrid>${t.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of t.rows) {
    const trPr = (row.cantSplit ? '<w:cantSplit/>' : '') + (row.header ? '<w:tblHeader/>' : '');
    x += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`;
    for (const cell of row.cells) {
      x += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${cell.width}"/><w:vAlign w:val="top"/></w:tcPr>`;
      // a cell must end with a paragraph
      const paras = cell.children.length > 0 ? cell.children : [paragraph({ children: [] })];
      for (const p of paras) x += paragraphXml(p, rels, row.keepNext);
      x += '</w:tc>';
    }
    x += '</w:tr>';
  }
  return `${x}</w:tbl>`;
}

/** body content as WordprocessingML; hyperlink targets are added to `rels` */
export function bodyXml(children: readonly BodyChild[], rels: Relationships): string {
  let x = '';
  for (const c of children) x += c.kind === 'p' ? paragraphXml(c, rels) : tableXml(c, rels);
  return x;
}
