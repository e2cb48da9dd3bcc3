// The helpers the HTML templates may call, besides Handlebars' own (if, each, with, unless...).
import type Handlebars from 'handlebars';
import type { Helper } from './direct-runtime.js';

// Decree 30 PL I §II.6b markers: ordered "1." then "a)" (no f j w z, with đ); bullets "-" then "+".
const DIEM = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

function listMarker(ordered: unknown, start: unknown, index: unknown, depth: unknown): string {
  const nested = typeof depth === 'number' && depth > 0;
  if (!ordered) return nested ? '+' : '-';
  const n = (typeof start === 'number' && Number.isFinite(start) ? start : 1) + (typeof index === 'number' ? index : 0);
  if (!nested) return `${n}.`;
  return `${DIEM[n - 1] ?? n})`;
}

export const HELPERS: Record<string, Helper> = {
  eq: (a: unknown, b: unknown) => a === b,
  marker: listMarker as Helper,
};

export const HELPER_NAMES = Object.keys(HELPERS);

export function registerHelpers(hb: typeof Handlebars): void {
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
}
