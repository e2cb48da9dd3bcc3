// Tone-mark checks: double tones in a syllable, old/new placement in oa/oe/uy, a tone on the u of qu.
import { allMatches } from "../util/matches.js";

const TONE_MARK_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const LETTER_RE = /\p{L}/u;

// Open syllables ending in oa/oe/uy at the word end: group 1 = old, 2 = new. Not after q (quý):
// tested by hand, a leading lookbehind would run at every position of the text.
const STYLE_RE =
  /(?:([òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])|([oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]))(?![\p{L}\p{M}])/gu;

export type ToneStyle = "old" | "new";

export interface DoubleTone {
  start: number;
  end: number;
  word: string;
}

export interface ToneStyleHit {
  start: number;
  end: number;
  word: string;
  style: ToneStyle;
  /** The word rewritten in the other style. */
  converted: string;
}

/** Number of tone marks (huyền, sắc, ngã, hỏi, nặng) in a word, counted in NFD. */
export function toneMarksPerSyllable(word: string): number {
  return word.normalize("NFD").match(TONE_MARK_RE)?.length ?? 0;
}

// every precomposed letter that carries a tone, plus the combining tone marks themselves
const TONED_CHARS = (() => {
  let chars = "\u0300\u0301\u0303\u0309\u0323";
  for (const base of "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY") for (const mark of "\u0300\u0301\u0303\u0309\u0323") chars += (base + mark).normalize("NFC");
  return chars;
})();
const WORD_CHAR_RE = /[\p{L}\p{M}]/u;
// code units below U+2000 (Latin, Vietnamese, combining marks): 1 = letter or mark, 2 = one that
// carries a tone; above it, letters by RegExp (none carries a Vietnamese tone)
const WORD = 1;
const TONED = 2;
const CODE_TABLE = (() => {
  // one RegExp pass over all the code units (a test per unit cost ~5 ms at every start)
  const t = new Uint8Array(0x2000);
  const all = String.fromCharCode(...t.keys());
  for (const m of allMatches(/[\p{L}\p{M}]+/gu, all)) t.fill(WORD, m.index, m.index + m[0].length);
  for (let i = 0; i < TONED_CHARS.length; i++) t[TONED_CHARS.charCodeAt(i)] = TONED;
  return t;
})();
const codeClass = (c: number) => (c < 0x2000 ? CODE_TABLE[c] : WORD_CHAR_RE.test(String.fromCharCode(c)) ? WORD : 0);

/** Words carrying two or more tone marks (always an error, e.g. "LỦẬN"). Offsets into `text`. */
export function findDoubleTones(text: string): DoubleTone[] {
  // one pass over the words: only a word with two toned units is worth counting exactly
  const out: DoubleTone[] = [];
  let start = -1;
  let toned = 0;
  for (let i = 0; i <= text.length; i++) {
    const k = i < text.length ? codeClass(text.charCodeAt(i)) : 0;
    if (k !== 0) {
      if (start < 0) { start = i; toned = 0; }
      if (k === TONED) toned++;
      continue;
    }
    if (start >= 0 && toned >= 2) {
      const word = text.slice(start, i);
      if (toneMarksPerSyllable(word) >= 2) out.push({ start, end: i, word });
    }
    start = -1;
  }
  return out;
}

function splitTone(ch: string): [string, string] {
  const nfd = ch.normalize("NFD");
  const mark = nfd.match(TONE_MARK_RE)?.[0] ?? "";
  return [nfd.replace(TONE_MARK_RE, "").normalize("NFC"), mark];
}

/** Move the tone from `from` onto `to` (two adjacent letters). */
function moveTone(from: string, to: string): string {
  const [base, mark] = splitTone(from);
  return base + (to + mark).normalize("NFC");
}

function convertWord(word: string, style: ToneStyle): string {
  const head = word.slice(0, -2);
  const a = word[word.length - 2];
  const b = word[word.length - 1];
  if (style === "old") return head + moveTone(a, b);
  // new → old: tone goes from the last letter back onto the first vowel.
  const [base, mark] = splitTone(b);
  return head + (a + mark).normalize("NFC") + base;
}

/**
 * Words whose tone placement depends on the style (hòa/hoà, khỏe/khoẻ, thủy/thuỷ), but for
 * those already in the style `except`.
 * `text` should be NFC; offsets are UTF-16 offsets into it.
 */
export function findToneStyle(text: string, except?: ToneStyle): ToneStyleHit[] {
  const out: ToneStyleHit[] = [];
  for (const m of allMatches(STYLE_RE, text)) {
    const style: ToneStyle = m[1] !== undefined ? "old" : "new";
    // the style a document is in: most words, none to convert
    if (style === except) continue;
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    if (before === 0x71 || before === 0x51) continue; // q, Q
    let start = m.index;
    while (start > 0 && LETTER_RE.test(text[start - 1])) start--;
    const end = m.index + m[0].length;
    const word = text.slice(start, end);
    out.push({ start, end, word, style, converted: convertWord(word, style) });
  }
  return out;
}

// "qủa", "qúy": a tone on the u of "qu" (part of the onset), with no tone after it
const QU_TONE_RE = /[qQ][ùúủũụÙÚỦŨỤ](?=[aăâeêioôơyAĂÂEÊIOÔƠY])/g;
const QU_TONE_TEST = new RegExp(QU_TONE_RE.source);
const TONED_AFTER_RE = /[\u0300\u0301\u0303\u0309\u0323]/;
const YE_RE = /^[yY][êÊ]/;

export interface MisplacedTone {
  start: number;
  end: number;
  word: string;
  /** the word with the tone on its vowel: "quả" */
  fixed: string;
}

/** Whether `text` may hold a word findQuTones reports: one scan, to skip a whole note. */
export function mayHaveQuTone(text: string): boolean {
  return QU_TONE_TEST.test(text);
}

/**
 * Words with the tone mark on the u after q ("qủa", "qúy"): in "qu" the u belongs to the
 * onset, so both tone styles put the tone on the vowel after it ("quả", "quý"; "quyết" on ê).
 * `text` should be NFC; offsets are UTF-16 offsets into it.
 */
export function findQuTones(text: string): MisplacedTone[] {
  const out: MisplacedTone[] = [];
  for (const m of allMatches(QU_TONE_RE, text)) {
    const start = m.index;
    if (start > 0 && WORD_CHAR_RE.test(text[start - 1])) continue; // q opens a syllable
    let end = start + 2;
    while (end < text.length && WORD_CHAR_RE.test(text[end])) end++;
    const rest = text.slice(start + 2, end);
    if (TONED_AFTER_RE.test(rest.normalize("NFD"))) continue; // two tones: double-tone-mark's
    const [u, mark] = splitTone(text[start + 1]);
    const at = YE_RE.test(rest) ? 1 : 0;
    const fixed = text[start] + u + rest.slice(0, at) + (rest[at] + mark).normalize("NFC") + rest.slice(at + 1);
    out.push({ start, end, word: text.slice(start, end), fixed });
  }
  return out;
}

/** Rewrite every style-specific word to `target` style. Input is normalized to NFC first. */
export function convertToneStyle(text: string, target: ToneStyle): string {
  const nfc = text.normalize("NFC");
  let out = "";
  let pos = 0;
  for (const hit of findToneStyle(nfc)) {
    if (hit.style === target) continue;
    out += nfc.slice(pos, hit.start) + hit.converted;
    pos = hit.end;
  }
  return out + nfc.slice(pos);
}
