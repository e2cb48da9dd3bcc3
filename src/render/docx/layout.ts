// Helpers for the borderless layout tables (header block, signatures).
import { textRuns } from './inlines.js';
import { paragraph, table, type Paragraph, type Table } from './ooxml.js';
import { TEXT_WIDTH } from './units.js';

/** a single-spaced centred line, no indent, nothing after */
export function line(
  text: string,
  opts: { bold?: boolean; italics?: boolean; size: number; before?: number; after?: number; align?: 'center' | 'left'; keepNext?: boolean },
): Paragraph {
  return paragraph({
    align: opts.align ?? 'center',
    indent: { firstLine: 0 },
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0, line: 240 },
    keepNext: opts.keepNext,
    children: textRuns(text, { bold: opts.bold, italics: opts.italics, size: opts.size }),
  });
}

/** one-row borderless table; `fractions` split the text width; the row never breaks across pages */
export function layoutRow(cells: readonly Paragraph[][], fractions: readonly number[], opts: { keepNext?: boolean } = {}): Table {
  const widths = fractions.map((f) => Math.floor(TEXT_WIDTH * f));
  return table({
    width: TEXT_WIDTH,
    columns: widths,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [{ cantSplit: true, keepNext: opts.keepNext, cells: cells.map((children, i) => ({ width: widths[i], children: [...children] })) }],
  });
}

export function columnWidth(fraction: number): number {
  return Math.floor(TEXT_WIDTH * fraction);
}
