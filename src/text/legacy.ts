// Detect and repair legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows, and UTF-8 read as cp1252.
import { isVietnameseSyllable } from "./syllable.js";
import { TCVN3_DECODE, TCVN3_ENCODE, VNI_DECODE, VNI_ENCODE } from "./legacy-tables.js";
import { decodeCp1252, encodeCp1252, findCp1252Regions } from "./mojibake.js";
import { allMatches } from "../util/matches.js";

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
const ANY_SIGNAL_RE = new RegExp(`${TCVN3_SIGNAL_RE.source}|${VNI_SIGNAL_RE.source}`);
const MICRO_UNIT_RE = /^µ[A-Za-z]$/;
const TCVN3_ABBR_RE = /^[A-Z0-9§¡¢£¤¥¦]{2,6}$/;
const TCVN3_CAPS_RE = /[§¡¢£¤¥¦]/;
const VNI_ABBR_RE = /^[A-ZÑ]{2,6}$/;
const ASCII_VOWELS_RE = /[AEIOUY]/g;
const ASCII_LETTER_RE = /[A-Za-z]/;
const SECTION_RE = /^§[IVXLCDM]+$/;
const VNI_CAPS_RE = /Ñ/;

type WordEnc = "tcvn3" | "vni";
const NEAREST_MAX = 40;

interface Word {
  text: string;
  /** A line break separates this word from the previous non-ASCII word. */
  nlBefore: boolean;
  start: number;
  end: number;
  /** Clean-Unicode (or cp1252) word: never legacy, stops spreading. */
  block: boolean;
  /** Decodes to a Vietnamese syllable; computed lazily (most words never need it). */
  valid: Partial<Record<WordEnc, boolean>>;
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

function isValid(w: Word, enc: WordEnc): boolean {
  const cached = w.valid[enc];
  if (cached !== undefined) return cached;
  let ok = false;
  if (!w.block) {
    const dec = enc === "tcvn3" ? decodeTcvn3(w.text) : decodeVni(w.text);
    ok =
      dec !== w.text &&
      (isVietnameseSyllable(dec) ||
        (enc === "tcvn3" ? isAbbrev(w.text, TCVN3_ABBR_RE, TCVN3_CAPS_RE) : isAbbrev(w.text, VNI_ABBR_RE, VNI_CAPS_RE)));
  }
  w.valid[enc] = ok;
  return ok;
}

function makeWord(text: string, start: number, block: boolean): Word {
  const w: Word = {
    text,
    nlBefore: false,
    start,
    end: start + text.length,
    block,
    valid: {},
    strong: { tcvn3: false, vni: false },
    signals: { tcvn3: 0, vni: 0 },
    enc: null,
  };
  // Symbol-only tokens ("·", "×", "§V") are never evidence on their own.
  if (block || !ASCII_LETTER_RE.test(text)) return w;
  w.signals.tcvn3 = MICRO_UNIT_RE.test(text) || SECTION_RE.test(text) ? 0 : count(TCVN3_SIGNAL_RE, text);
  w.signals.vni = count(VNI_SIGNAL_RE, text);
  w.strong.tcvn3 = w.signals.tcvn3 > 0 && isValid(w, "tcvn3");
  w.strong.vni = w.signals.vni > 0 && isValid(w, "vni");
  return w;
}

function findWordLegacy(text: string, cpRegions: Array<[number, number]>): Word[] {
  // Fast path: no TCVN3/VNI signal anywhere means no strong word can exist.
  if (!ANY_SIGNAL_RE.test(text)) return [];
  const words: Word[] = [];
  let r = 0;
  for (const m of allMatches(WORD_RE, text)) {
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
    words.push(makeWord(w, start, foreign));
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
      for (let j = last + 1; j < i; j++) if (words[j].enc === null && isValid(words[j], enc)) words[j].enc = enc;
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
    else if (carry !== null && isValid(w, carry) && (!isVietnameseSyllable(w.text) || !cleanBeyond(words, i, step))) w.enc = carry;
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
  const cpRegions = findCp1252Regions(text);
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
