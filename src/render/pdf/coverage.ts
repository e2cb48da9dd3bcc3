// Which characters a font can draw, read from its TrueType/OpenType `cmap` table, so a
// caller can name an unsupported character before compiling (Typst falls back silently).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Coverage {
  has(codePoint: number): boolean;
  readonly size: number;
}

export interface Uncovered {
  char: string;
  codePoint: number;
  /** UTF-16 offset into the checked text */
  index: number;
}

const byPath = new Map<string, Coverage>();
const byBytes = new WeakMap<Uint8Array, Coverage>();

/** Coverage of one font file (path or bytes); cached per file. Throws on a file without a Unicode cmap. */
export function fontCoverage(fontFile: string | Uint8Array): Coverage {
  if (typeof fontFile === 'string') {
    const key = resolve(fontFile);
    let c = byPath.get(key);
    if (!c) byPath.set(key, (c = parseCmap(readFileSync(key))));
    return c;
  }
  let c = byBytes.get(fontFile);
  if (!c) byBytes.set(fontFile, (c = parseCmap(fontFile)));
  return c;
}

function parseCmap(bytes: Uint8Array): Coverage {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(rec, rec + 4)) === 'cmap') cmap = v.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const set = new Set<number>();
  let found = false;
  const n = v.getUint16(cmap + 2);
  for (let i = 0; i < n; i++) {
    const platform = v.getUint16(cmap + 4 + i * 8);
    const encoding = v.getUint16(cmap + 6 + i * 8);
    // Unicode subtables only: platform 0, or Windows BMP (3,1) / full (3,10)
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const off = cmap + v.getUint32(cmap + 8 + i * 8);
    const format = v.getUint16(off);
    if (format === 4) readFormat4(v, off, set);
    else if (format === 12) readFormat12(v, off, set);
    else continue;
    found = true;
  }
  if (!found) throw new Error('font has no Unicode cmap subtable of format 4 or 12');
  return { has: (cp) => set.has(cp), size: set.size };
}

function readFormat4(v: DataView, off: number, set: Set<number>): void {
  const segX2 = v.getUint16(off + 6);
  const ends = off + 14;
  const starts = ends + segX2 + 2; // skip reservedPad
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = v.getUint16(ends + s);
    const start = v.getUint16(starts + s);
    const delta = v.getUint16(deltas + s);
    const ro = v.getUint16(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        // idRangeOffset is relative to its own position in the array
        const g = v.getUint16(rangeOffsets + s + ro + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) set.add(c);
    }
  }
}

function readFormat12(v: DataView, off: number, set: Set<number>): void {
  const groups = v.getUint32(off + 12);
  for (let i = 0; i < groups; i++) {
    const g = off + 16 + i * 12;
    const start = v.getUint32(g);
    const end = Math.min(v.getUint32(g + 4), 0x10ffff);
    const glyph = v.getUint32(g + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) set.add(c);
  }
}

/**
 * Characters of `text` the font cannot draw, whitespace ignored, in text order, at most
 * `limit` occurrences. The caller maps `index` to line:column.
 */
export function findUncovered(text: string, cover: Pick<Coverage, 'has'>, limit = 20): Uncovered[] {
  const out: Uncovered[] = [];
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!/\s/u.test(char) && !cover.has(codePoint)) {
      out.push({ char, codePoint, index });
      if (out.length >= limit) break;
    }
    index += char.length;
  }
  return out;
}

// What notes are made of: ASCII, Latin-1, the Vietnamese letters and tone marks, typographic
// punctuation. A text of these alone needs no look-up per character when the font has them all.
const COMMON: readonly (readonly [number, number])[] = [
  [0x21, 0x7e], [0xa0, 0xff], [0x102, 0x103], [0x110, 0x111], [0x128, 0x129], [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0],
  [0x300, 0x301], [0x303, 0x303], [0x309, 0x309], [0x323, 0x323], [0x1ea0, 0x1ef9],
  [0x2013, 0x2014], [0x2018, 0x2019], [0x201c, 0x201d], [0x2022, 0x2022], [0x2026, 0x2026],
];
// a table, not a RegExp: a character class of ranges costs ~18 ns a character in V8, this ~3
const COMMON_TABLE = new Uint8Array(0x2027);
for (const [a, b] of COMMON) COMMON_TABLE.fill(1, a, b + 1);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) COMMON_TABLE[c] = 1;

function allCommon(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2027 || COMMON_TABLE[c] === 0) return false;
  }
  return true;
}
const commonCovered = new WeakMap<Pick<Coverage, 'has'>, boolean>();

/**
 * Whether `text` may hold a character the font cannot draw: false at once for a text of common
 * characters (when the font covers them all), else whether findUncovered finds one.
 */
export function mayLackGlyphs(text: string, cover: Pick<Coverage, 'has'>): boolean {
  let common = commonCovered.get(cover);
  if (common === undefined) {
    common = COMMON.every(([a, b]) => {
      for (let c = a; c <= b; c++) if (!cover.has(c)) return false;
      return true;
    });
    commonCovered.set(cover, common);
  }
  if (common && allCommon(text)) return false;
  return findUncovered(text, cover, 1).length > 0;
}
