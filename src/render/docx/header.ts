// The Decree 30 header block (issuer left, Quốc hiệu/Tiêu ngữ right), then type and subject.
import type { MinutesView } from '../view.js';
import { boldWidth } from './measure.js';
import { columnWidth, layoutRow, line } from './layout.js';
import type { Paragraph, Table } from './ooxml.js';
import { ruleParagraph } from './rule.js';
import { clean } from './text.js';
import { SIZE, TEXT_WIDTH } from './units.js';

const LEFT = 0.4;
const RIGHT = 0.6;

/** widest line of `text` in twips, capped at the space available */
function fitWidth(text: string, size: number, max: number): number {
  return Math.min(max, Math.max(...clean(text).split('\n').map((l) => boldWidth(l, size))));
}

export function headerBlock(view: MinutesView): Table {
  const h = view.header;
  const leftW = columnWidth(LEFT);
  const rightW = columnWidth(RIGHT);

  const left: Paragraph[] = [];
  if (h.parent) left.push(line(h.parent, { size: SIZE.header }));
  left.push(line(h.issuer, { bold: true, size: SIZE.header }));
  // Decree 30: 1/3 to 1/2 of the issuer's length
  left.push(ruleParagraph(Math.max(700, Math.round(fitWidth(h.issuer, SIZE.header, leftW) * 0.4)), leftW));
  left.push(line(h.number, { size: SIZE.header, before: 120 }));

  const right: Paragraph[] = [
    line(h.nation, { bold: true, size: SIZE.header }),
    line(h.motto, { bold: true, size: SIZE.motto }),
    // Decree 30: as long as the motto
    ruleParagraph(fitWidth(h.motto, SIZE.motto, rightW), rightW),
  ];
  if (h.placeDate) right.push(line(h.placeDate, { italics: true, size: SIZE.motto, before: 120 }));

  return layoutRow([left, right], [LEFT, RIGHT]);
}

export function titleBlock(view: MinutesView): Paragraph[] {
  return [
    line(view.docType, { bold: true, size: SIZE.body, before: 360, keepNext: true }),
    line(view.subject, { bold: true, size: SIZE.body, keepNext: true }),
    ruleParagraph(Math.max(1000, Math.round(fitWidth(view.subject, SIZE.body, TEXT_WIDTH) / 3)), TEXT_WIDTH, { after: 240 }),
  ];
}
