// Signatures and "Nơi nhận": Mẫu 1.9 puts THƯ KÝ | CHỦ TỌA side by side with the
// recipients below; Mẫu 1.4 puts the recipients left of the signer.
import type { MinutesView, SignatureView } from '../view.js';
import { layoutRow, line } from './layout.js';
import type { Paragraph, Table } from './ooxml.js';
import { SIZE } from './units.js';

/** empty lines left for the handwritten signature and seal */
const SIGN_LINES = 4;

function signatureCell(sig: SignatureView, titleRows: number): Paragraph[] {
  const out = sig.titles.map((t) => line(t, { bold: true, size: SIZE.body }));
  // pad so names line up when the columns have different title counts
  const blanks = titleRows - sig.titles.length + SIGN_LINES;
  for (let i = 0; i < blanks; i++) out.push(line('', { size: SIZE.body }));
  out.push(line(sig.name, { bold: true, size: SIZE.body }));
  return out;
}

/** `keep`: hold every line on the page of the next, so the list is not split from the signatures above */
function recipientLines(recipients: readonly string[], keep: boolean): Paragraph[] {
  if (recipients.length === 0) return [];
  return [
    line('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsTitle, align: 'left', keepNext: keep }),
    ...recipients.map((r, i) => line(r, { size: SIZE.recipients, align: 'left', keepNext: keep && i < recipients.length - 1 })),
  ];
}

export function signatureBlock(view: MinutesView): (Paragraph | Table)[] {
  const rows = Math.max(0, ...view.signatures.map((s) => s.titles.length));
  const cells = view.signatures.map((s) => signatureCell(s, rows));
  if (view.doc === 'thong-bao') {
    // signer(s) stacked on the right, recipients on the left
    const right = cells.flatMap((c, i) => (i === 0 ? c : [line('', { size: SIZE.body }), ...c]));
    return [layoutRow([recipientLines(view.recipients, false), right], [0.45, 0.55])];
  }
  const out: (Paragraph | Table)[] = [];
  const rec = recipientLines(view.recipients, true);
  if (cells.length > 0) out.push(layoutRow(cells, cells.map(() => 1 / cells.length), { keepNext: rec.length > 0 }));
  if (rec.length > 0) out.push(line('', { size: SIZE.recipients, keepNext: true }), ...rec);
  return out;
}
