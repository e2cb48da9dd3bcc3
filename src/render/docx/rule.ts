// A short horizontal rule: an empty, centred paragraph whose bottom border spans `width`.
// A real border (not underscores) stays a clean line at any zoom and in any font.
import { paragraph, type Paragraph } from './ooxml.js';

export function ruleParagraph(width: number, containerWidth: number, opts: { before?: number; after?: number } = {}): Paragraph {
  const w = Math.max(200, Math.min(width, containerWidth));
  const side = Math.floor((containerWidth - w) / 2);
  return paragraph({
    align: 'center',
    indent: { left: side, right: side, firstLine: 0 },
    // a 4 pt line box: the paragraph is only the border, drawn clear of the descenders above
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0, line: 80, lineRule: 'exact' },
    borderBottom: { size: 6, color: '000000' },
    markSize: 2,
    children: [],
  });
}
