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
