// Helpers for the borderless layout tables (header block, signatures).
import { AlignmentType, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { textRuns } from './inlines.js';
import { TEXT_WIDTH } from './units.js';

/** a single-spaced centred line, no indent, nothing after */
export function line(
  text: string,
  opts: { bold?: boolean; italics?: boolean; size: number; before?: number; after?: number; align?: 'center' | 'left'; keepNext?: boolean },
): Paragraph {
  return new Paragraph({
    alignment: opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: opts.keepNext,
    children: textRuns(text, { bold: opts.bold, italics: opts.italics, size: opts.size }),
  });
}

/** one-row borderless table; `fractions` split the text width; the row never breaks across pages */
export function layoutRow(cells: readonly Paragraph[][], fractions: readonly number[], opts: { keepNext?: boolean } = {}): Table {
  const widths = fractions.map((f) => Math.floor(TEXT_WIDTH * f));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        keepNext: opts.keepNext,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.TOP,
              children: children.length > 0 ? children : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    ],
  });
}

export function columnWidth(fraction: number): number {
  return Math.floor(TEXT_WIDTH * fraction);
}
