// Detect and repair legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows, and UTF-8 read as cp1252.
import { isVietnameseSyllable } from "./syllable.js";
import {
  CP1252_CHAR,
  CP1252_CONT_CLASS,
  TCVN3_DECODE,
  TCVN3_ENCODE,
  VNI_DECODE,
  VNI_ENCODE,
  cp1252Byte,
} from "./legacy-tables.js";

export type LegacyEncoding = "tcvn3" | "vni" | "cp1252-utf8";

export interface LegacySpan {
  encoding: LegacyEncoding;
  /** UTF-16 offset of the first char. */
  start: number;
  /** UTF-16 offset after the last char. */
  end: number;
  /** The span text (truncated to 60 chars). */
  sample: string;
}

const SAMPLE_MAX = 60;
const NON_ASCII_RE = /[^\x00-\x7f]/;
const ASCII_GAP_RE = /^[\x20-\x7e]*$/;

// ---------------------------------------------------------------- cp1252 (double-encoded UTF-8)

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

function findCp1252(text: string): Array<[number, number]> {
  const seqs: Seq[] = [];
  for (const m of text.matchAll(SEQ_RE)) {
    const s = m[0];
    const dec = decodeSeq(s);
    if (dec === null || !plausible(dec.codePointAt(0) ?? 0)) continue;
    const amb = s.length === 2 && CLEAN_LEAD_RE.test(s) && CLEAN_CONT_RE.test(s[1]);
    if (amb && !VI_LATIN1_RE.test(dec)) continue;
    seqs.push({ start: m.index, end: m.index + s.length, amb, lostD: false, ok: !amb });
  }
  for (const m of text.matchAll(LOST_D_RE)) {
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

function decodeCp1252(s: string): string {
  return s.replace(SEQ_RE, (m) => decodeSeq(m) ?? m).replace(LOST_D_RE, "Đ");
}

const UTF8 = new TextEncoder();

function encodeCp1252(s: string): string {
  let out = "";
  for (const b of UTF8.encode(s)) {
    out += b >= 0x80 && b <= 0x9f ? CP1252_CHAR[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

// ---------------------------------------------------------------- TCVN3 and VNI (word based)

function decodeTcvn3(s: string): string {
  let out = "";
  for (const ch of s) out += TCVN3_DECODE.get(ch) ?? ch;
  return out.normalize("NFC");
}

function decodeVni(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const pair = VNI_DECODE.get(s.slice(i, i + 2));
    if (pair !== undefined && i + 1 < s.length) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_DECODE.get(s[i]) ?? s[i];
  }
  return out.normalize("NFC");
}

function encodeMap(s: string, map: ReadonlyMap<string, string>): string {
  let out = "";
  for (const ch of s.normalize("NFC")) out += map.get(ch) ?? ch;
  return out;
}

const WORD_RE = /[0-9A-Za-z\u00a1-\u00ff\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]+/g;
const LEGACY_CHARS = new Set<string>([...TCVN3_DECODE.keys(), ...[...VNI_DECODE.keys()].flatMap((k) => [...k]), "í", "ì", "Í", "Ì"]);
// TCVN3 codes that never occur in clean Vietnamese, or a Latin-1 capital after a lower-case letter ("lËp").
const TCVN3_SIGNAL_RE = /[¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ]|[a-z][ÈÉÊÌÒÓÔÕÝ]/g;
// VNI letter + mark pairs that clean text never has ("oá"/"oà"/"oã" are excluded: clean "hoá").
const VNI_SIGNAL_RE = /[aeiouyôöAEIOUYÔÖ][ùøûõïÙØÛÕÏ]|[aeAE][âáàåãäÂÁÀÅÃÄ]|[oO][âåäÂÅÄ]|[aA][êéèúüëÊÉÈÚÜË]|[ñöæîÑÖÆÎ]/g;
const MICRO_UNIT_RE = /^µ[A-Za-z]$/;
const TCVN3_ABBR_RE = /^[A-Z0-9§¡¢£¤¥¦]{2,6}$/;
const TCVN3_CAPS_RE = /[§¡¢£¤¥¦]/;
const VNI_ABBR_RE = /^[A-ZÑ]{2,6}$/;
const ASCII_VOWELS_RE = /[AEIOUY]/g;
const ASCII_LETTER_RE = /[A-Za-z]/;
const SECTION_RE = /^§[IVXLCDM]+$/;

type WordEnc = "tcvn3" | "vni";
const NEAREST_MAX = 40;

interface Word {
  text: string;
  /** A line break separates this word from the previous non-ASCII word. */
  nlBefore: boolean;
  start: number;
  end: number;
  block: boolean;
  valid: Record<WordEnc, boolean>;
  strong: Record<WordEnc, boolean>;
  signals: Record<WordEnc, number>;
  enc: WordEnc | null;
}

function count(re: RegExp, s: string): number {
  return s.match(re)?.length ?? 0;
}

function isAbbrev(word: string, re: RegExp, marker: RegExp): boolean {
  return re.test(word) && marker.test(word) && /[A-Z]/.test(word) && count(ASCII_VOWELS_RE, word) <= 1;
}

function analyseWord(w: string, start: number): Word {
  const tDec = decodeTcvn3(w);
  const vDec = decodeVni(w);
  const tValid = tDec !== w && (isVietnameseSyllable(tDec) || isAbbrev(w, TCVN3_ABBR_RE, TCVN3_CAPS_RE));
  const vValid = vDec !== w && (isVietnameseSyllable(vDec) || isAbbrev(w, VNI_ABBR_RE, /Ñ/));
  const tSig = MICRO_UNIT_RE.test(w) ? 0 : count(TCVN3_SIGNAL_RE, w);
  const vSig = count(VNI_SIGNAL_RE, w);
  const hasLetter = ASCII_LETTER_RE.test(w);
  return {
    text: w,
    nlBefore: false,
    start,
    end: start + w.length,
    block: false,
    valid: { tcvn3: tValid, vni: vValid },
    // Symbol-only tokens ("·", "×", "§V") are never evidence on their own.
    strong: { tcvn3: tValid && tSig > 0 && hasLetter && !SECTION_RE.test(w), vni: vValid && vSig > 0 && hasLetter },
    signals: { tcvn3: tSig, vni: vSig },
    enc: null,
  };
}

function findWordLegacy(text: string, cpRegions: Array<[number, number]>): Word[] {
  const words: Word[] = [];
  let r = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0];
    const start = m.index;
    if (!NON_ASCII_RE.test(w)) continue;
    while (r < cpRegions.length && cpRegions[r][1] <= start) r++;
    const inCp = r < cpRegions.length && cpRegions[r][0] < start + w.length;
    let foreign = inCp;
    if (!foreign) {
      for (const ch of w) {
        if (ch.charCodeAt(0) > 0x7f && !LEGACY_CHARS.has(ch)) {
          foreign = true;
          break;
        }
      }
    }
    if (foreign) {
      words.push({ text: w, nlBefore: false, start, end: start + w.length, block: true, valid: { tcvn3: false, vni: false }, strong: { tcvn3: false, vni: false }, signals: { tcvn3: 0, vni: 0 }, enc: null });
      continue;
    }
    words.push(analyseWord(w, start));
  }
  if (!words.some((w) => w.strong.tcvn3 || w.strong.vni)) return [];
  for (let i = 1; i < words.length; i++) {
    words[i].nlBefore = text.slice(words[i - 1].end, words[i].start).includes("\n");
  }

  // Gate: an encoding needs two strong words, or one word with two signals.
  const accepted: Record<WordEnc, boolean> = { tcvn3: false, vni: false };
  for (const enc of ["tcvn3", "vni"] as const) {
    const strong = words.filter((w) => w.strong[enc]);
    accepted[enc] = strong.length >= 2 || strong.some((w) => w.signals[enc] >= 2);
  }
  // Words strong for exactly one accepted encoding are decided.
  const amb: number[] = [];
  words.forEach((w, i) => {
    const t = w.strong.tcvn3 && accepted.tcvn3;
    const v = w.strong.vni && accepted.vni;
    if (t && v) amb.push(i);
    else if (t) w.enc = "tcvn3";
    else if (v) w.enc = "vni";
  });
  const majority: WordEnc =
    words.filter((w) => w.enc === "tcvn3").length > words.filter((w) => w.enc === "vni").length ? "tcvn3" : "vni";
  for (const i of amb) words[i].enc = nearestEnc(words, i) ?? majority;

  fillBetween(words);
  spreadEdges(words, 0, words.length, 1);
  spreadEdges(words, words.length - 1, -1, -1);
  return words.filter((w) => w.enc !== null);
}

function nearestEnc(words: Word[], i: number): WordEnc | null {
  // Bounded look-around keeps this linear on long texts.
  for (let d = 1; d <= NEAREST_MAX; d++) {
    for (const j of [i - d, i + d]) {
      const w = words[j];
      if (w === undefined || w.block) continue;
      if (w.enc !== null && w.strong[w.enc] && !(w.strong.tcvn3 && w.strong.vni)) return w.enc;
    }
  }
  return null;
}

/** Words between two words of the same encoding (no clean-Unicode word between) take that encoding. */
function fillBetween(words: Word[]): void {
  let last = -1;
  words.forEach((w, i) => {
    if (w.block) {
      last = -1;
      return;
    }
    if (w.enc === null) return;
    const enc = w.enc;
    if (last >= 0 && words[last].enc === enc) {
      for (let j = last + 1; j < i; j++) if (words[j].enc === null && words[j].valid[enc]) words[j].enc = enc;
    }
    last = i;
  });
}

/**
 * Past the first/last legacy word, take words that are not valid clean Vietnamese ("víi");
 * a clean-looking word ("phóc") only when no clean-Unicode word follows it on the same line,
 * so clean words next to a legacy quote stay untouched.
 */
function spreadEdges(words: Word[], from: number, to: number, step: number): void {
  let carry: WordEnc | null = null;
  for (let i = from; i !== to; i += step) {
    const w = words[i];
    if (w.block) carry = null;
    else if (w.enc !== null) carry = w.enc;
    else if (carry !== null && w.valid[carry] && (!isVietnameseSyllable(w.text) || !cleanBeyond(words, i, step))) w.enc = carry;
    else carry = null;
  }
}

function cleanBeyond(words: Word[], i: number, step: number): boolean {
  const next = words[i + step];
  if (next === undefined) return false;
  const sameLine = step > 0 ? !next.nlBefore : !words[i].nlBefore;
  return sameLine && next.block;
}

// ---------------------------------------------------------------- public API

/** Spans (UTF-16 offsets) of text that looks like TCVN3, VNI-Windows or UTF-8 read as cp1252. */
export function detectLegacy(text: string): LegacySpan[] {
  if (!NON_ASCII_RE.test(text)) return [];
  const cpRegions = findCp1252(text);
  const raw: Array<{ encoding: LegacyEncoding; start: number; end: number }> = cpRegions.map(([start, end]) => ({
    encoding: "cp1252-utf8" as const,
    start,
    end,
  }));
  for (const w of findWordLegacy(text, cpRegions)) raw.push({ encoding: w.enc as WordEnc, start: w.start, end: w.end });
  raw.sort((a, b) => a.start - b.start);

  const spans: LegacySpan[] = [];
  for (const s of raw) {
    const last = spans[spans.length - 1];
    if (last !== undefined && last.encoding === s.encoding && ASCII_GAP_RE.test(text.slice(last.end, s.start))) {
      last.end = s.end;
    } else {
      spans.push({ encoding: s.encoding, start: s.start, end: s.end, sample: "" });
    }
  }
  for (const s of spans) s.sample = text.slice(s.start, Math.min(s.end, s.start + SAMPLE_MAX));
  return spans;
}

/** Convert a legacy-encoded string to Unicode NFC. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case "tcvn3":
      return decodeTcvn3(text);
    case "vni":
      return decodeVni(text);
    case "cp1252-utf8":
      return decodeCp1252(text).normalize("NFC");
  }
}

/** Encode Unicode text into a legacy form (for tests and fixtures). TCVN3 loses the case of toned capitals. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case "tcvn3":
      return encodeMap(text, TCVN3_ENCODE);
    case "vni":
      return encodeMap(text, VNI_ENCODE);
    case "cp1252-utf8":
      return encodeCp1252(text);
  }
}

/** Replace every detected legacy span with its Unicode conversion. Clean text is returned unchanged. */
export function fixLegacy(text: string): string {
  const spans = detectLegacy(text);
  if (spans.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const s of spans) {
    out += text.slice(pos, s.start) + convertLegacy(text.slice(s.start, s.end), s.encoding);
    pos = s.end;
  }
  return out + text.slice(pos);
}
