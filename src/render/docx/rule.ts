// A short horizontal rule: an empty, centred paragraph whose bottom border spans `width`.
// A real border (not underscores) stays a clean line at any zoom and in any font.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';

export function ruleParagraph(width: number, containerWidth: number, opts: { before?: number; after?: number } = {}): Paragraph {
  const w = Math.max(200, Math.min(width, containerWidth));
  const side = Math.floor((containerWidth - w) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    // a 4 pt line box: the paragraph is only the border, drawn clear of the descenders above
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { size: 2 },
    children: [],
  });
}
