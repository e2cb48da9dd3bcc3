// UTF-8 read as cp1252 ("double encoding"): find, decode and produce the mojibake.
import { CP1252_CHAR, CP1252_CONT_CLASS, cp1252Byte } from "./legacy-tables.js";
import { allMatches } from "../util/matches.js";

const CONT = `[${CP1252_CONT_CLASS}]`;
const SEQ_SOURCE = `[\\u00f0-\\u00f4]${CONT}{3}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00c2-\\u00df]${CONT}`;
const SEQ_RE = new RegExp(SEQ_SOURCE, "g");
// "Ä" + lost 0x90 (undefined in cp1252, often dropped) = Đ.
const LOST_D_RE = new RegExp(`\u00c4(?!${CONT})`, "g");
// Leads and continuations that also occur in clean Vietnamese / typography.
const CLEAN_LEAD_RE = /^[ÂÃ]/;
const CLEAN_CONT_RE = /^[\u00a0\u00ab\u00bb\u00b0\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]$/;
const VI_LATIN1_RE = /^[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý]$/;
const LETTER_RE = /\p{L}/u;
const LOWER_ASCII_RE = /[a-z]/;
const ASCII_ALNUM_RE = /[A-Za-z0-9]/;

/** Decode one cp1252-read UTF-8 sequence; null when it is not valid UTF-8. */
function decodeSeq(seq: string): string | null {
  const bytes: number[] = [];
  for (const ch of seq) {
    const b = cp1252Byte(ch);
    if (b < 0) return null;
    bytes.push(b);
  }
  const lead = bytes[0];
  let cp: number;
  if (bytes.length === 2) {
    cp = ((lead & 0x1f) << 6) | (bytes[1] & 0x3f);
  } else if (bytes.length === 3) {
    if ((lead === 0xe0 && bytes[1] < 0xa0) || (lead === 0xed && bytes[1] > 0x9f)) return null;
    cp = ((lead & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
  } else {
    if ((lead === 0xf0 && bytes[1] < 0x90) || (lead === 0xf4 && bytes[1] > 0x8f)) return null;
    cp = ((lead & 0x07) << 18) | ((bytes[1] & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
  }
  return String.fromCodePoint(cp);
}

// Combining marks used by decomposed Vietnamese (tones, circumflex, breve, horn).
const VI_COMBINING: ReadonlySet<number> = new Set([0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323]);

// Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư.
const VI_LATIN_EXT: ReadonlySet<number> = new Set([0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0]);

/** Code points a Vietnamese document plausibly contains. */
function plausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0xff) ||
    VI_LATIN_EXT.has(cp) ||
    VI_COMBINING.has(cp) ||
    (cp >= 0x1ea0 && cp <= 0x1ef9) ||
    (cp >= 0x2010 && cp <= 0x203a) ||
    cp === 0x20ac || cp === 0x2122 ||
    (cp >= 0x1f000 && cp <= 0x1faff)
  );
}

interface Seq {
  start: number;
  end: number;
  amb: boolean;
  lostD: boolean;
  ok: boolean;
}

/** Regions (UTF-16 [start, end)) of UTF-8 text that was decoded as cp1252. */
export function findCp1252Regions(text: string): Array<[number, number]> {
  const seqs: Seq[] = [];
  for (const m of allMatches(SEQ_RE, text)) {
    const s = m[0];
    const dec = decodeSeq(s);
    if (dec === null || !plausible(dec.codePointAt(0) ?? 0)) continue;
    const amb = s.length === 2 && CLEAN_LEAD_RE.test(s) && CLEAN_CONT_RE.test(s[1]);
    if (amb && !VI_LATIN1_RE.test(dec)) continue;
    seqs.push({ start: m.index, end: m.index + s.length, amb, lostD: false, ok: !amb });
  }
  for (const m of allMatches(LOST_D_RE, text)) {
    seqs.push({ start: m.index, end: m.index + 1, amb: true, lostD: true, ok: false });
  }
  if (seqs.length === 0) return [];
  seqs.sort((a, b) => a.start - b.start);
  const anyStrong = seqs.some((q) => q.ok);
  // Two passes so ambiguous sequences can chain off each other.
  for (let pass = 0; pass < 2; pass++) {
    seqs.forEach((q, i) => {
      if (q.ok) return;
      const touching = (seqs[i - 1]?.ok && seqs[i - 1].end === q.start) || (seqs[i + 1]?.ok && seqs[i + 1].start === q.end);
      const next = text[q.end] ?? "";
      if (q.lostD) {
        q.ok = touching || (anyStrong && ASCII_ALNUM_RE.test(next));
      } else if (anyStrong) {
        // The text already shows unambiguous mojibake: "Ã’" alone is Ò, not "Ã" + quote.
        q.ok = true;
      } else if (text[q.end - 1] === "\u00a0") {
        // "Ã"+NBSP = à only after a lower-case letter ("vÃ"); "XÃ"+NBSP is clean.
        q.ok = touching || LOWER_ASCII_RE.test(text[q.start - 1] ?? "");
      } else {
        // "Ã”" + letter ("KHÃ”NG"); a quote glued to the next word is not clean typography.
        q.ok = touching || LETTER_RE.test(next);
      }
    });
  }
  const regions: Array<[number, number]> = [];
  for (const q of seqs) {
    if (!q.ok) continue;
    const last = regions[regions.length - 1];
    if (last !== undefined && last[1] >= q.start) last[1] = Math.max(last[1], q.end);
    else regions.push([q.start, q.end]);
  }
  // Widen to the ASCII letters of the same word (conversion leaves them unchanged).
  for (const r of regions) {
    while (r[0] > 0 && ASCII_ALNUM_RE.test(text[r[0] - 1])) r[0]--;
    while (r[1] < text.length && ASCII_ALNUM_RE.test(text[r[1]])) r[1]++;
  }
  return regions;
}

/** Undo cp1252 mojibake in `s` (sequence by sequence; other chars unchanged). */
export function decodeCp1252(s: string): string {
  return s.replace(SEQ_RE, (m) => decodeSeq(m) ?? m).replace(LOST_D_RE, "Đ");
}

const UTF8 = new TextEncoder();

/** Produce the mojibake: UTF-8 bytes of `s` read as cp1252 (undefined bytes as C1 controls). */
export function encodeCp1252(s: string): string {
  let out = "";
  for (const b of UTF8.encode(s)) {
    out += b >= 0x80 && b <= 0x9f ? CP1252_CHAR[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}
