// Rough width of bold Times text, so the rules under the issuer, motto and subject can be
// sized to the text (docx cannot measure). Widths are the Times-Bold AFM metrics (1/1000 em);
// Vietnamese letters take the width of their base letter, which is how the fonts draw them.
const UPPER = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];
const LOWER = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
const PUNCT: Record<string, number> = {
  ' ': 250, '-': 333, ',': 250, '.': 250, ':': 333, ';': 333, '/': 278, '(': 333, ')': 333, '"': 555, "'": 278,
  '!': 333, '?': 500, '&': 833, '%': 1000, '+': 570, '–': 500, '—': 1000,
};

function charWidth(ch: string): number {
  const base = ch === 'Đ' ? 'D' : ch === 'đ' ? 'd' : ch.normalize('NFD').replace(/\p{M}/gu, '');
  const c = base.charCodeAt(0);
  if (c >= 65 && c <= 90) return UPPER[c - 65];
  if (c >= 97 && c <= 122) return LOWER[c - 97];
  if (c >= 48 && c <= 57) return 500;
  return PUNCT[base] ?? 500;
}

/** estimated width in twips of `text` set in bold Times at `halfPoints` size */
export function boldWidth(text: string, halfPoints: number): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  // units/1000 em × (halfPoints/2) pt × 20 twips/pt
  return Math.round((units * halfPoints) / 100);
}
