// Web and mail addresses in running text: "https://vi.wikipedia.org/wiki/Hoà_bình",
// "www.x.vn", "mailto:hoà@x.vn", "vp@noivu.gov.vn", "ubnd.backan.gov.vn", "danvan.vn/a,b".
// An address is copied, never spelt: rules that correct words and punctuation skip them.

export type AddressRange = readonly [number, number];

// most text holds no address: one cheap test spares the full scan
const MAYBE = /:\/\/|@|www\.|(?:mailto|tel|urn):|\.[a-z]{2}/i;
const REST = '[^\\s<>"“”`]';
const ADDRESS = new RegExp(
  [
    `[a-zA-Z][a-zA-Z0-9+.-]*://${REST}+`,
    `(?<![\\p{L}\\p{N}])(?:mailto|tel|urn):${REST}+`,
    `(?<![\\p{L}\\p{N}.])www\\.${REST}+`,
    `[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+`,
    // a bare host, lower case as hosts are written: a known top-level domain, or any followed by a path
    `(?<![\\p{L}\\p{N}@._-])(?:[a-z0-9-]+\\.)+(?:[a-z]{2,}(?=/)|(?:vn|com|net|org|gov|edu|int|info|io)(?![\\p{L}\\p{N}-]))(?:/${REST}*)?`,
  ].join('|'),
  'gu',
);
// sentence punctuation after an address is not part of it ("xem https://x.vn.")
const TRAILING = /[.,:;!?'’*_~]+$/u;

/** [start, end) offsets of the web and mail addresses in `text`, in order */
export function addressRanges(text: string): AddressRange[] {
  if (!MAYBE.test(text)) return [];
  const out: AddressRange[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    let s = m[0].replace(TRAILING, '');
    // a closing bracket belongs to the address only when it closes one opened inside it (Wikipedia's "_(định_hướng)")
    while (/[)\]]$/.test(s) && count(s, s.endsWith(')') ? '(' : '[') < count(s, s.at(-1)!)) s = s.slice(0, -1).replace(TRAILING, '');
    out.push([m.index, m.index + s.length]);
  }
  return out;
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** does [start, end) touch one of the ranges? */
export function inAddress(ranges: readonly AddressRange[], start: number, end: number): boolean {
  for (const [s, e] of ranges) if (start < e && s < end) return true;
  return false;
}
