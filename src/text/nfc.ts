// A text in NFC, with the way back to the file's own offsets: rules read a note typed in NFD
// (separate combining marks, as macOS and PDFs give) as they read one typed precomposed, and
// what they find still points at the file's own characters.
import { allMatches } from '../util/matches.js';

/** a letter and its marks that NFC joined: [start, end) in the NFC text, [srcStart, srcEnd) in the source */
export interface NfcSegment {
  start: number;
  end: number;
  srcStart: number;
  srcEnd: number;
}

export interface NfcText {
  text: string;
  /** in order */
  segments: NfcSegment[];
}

const MARKED = /[^\p{M}]?\p{M}+/gu;

/**
 * The NFC text and where it differs from `text`; undefined when `text` is NFC already, or when
 * NFC would join more than a letter and its marks (some Hangul and Indic sequences): offsets
 * could not be mapped back, and the text is read as it is.
 */
export function toNfc(text: string): NfcText | undefined {
  // normalize's quick check makes this cheap on NFC text, the usual case
  const whole = text.normalize('NFC');
  if (whole === text) return undefined;
  const segments: NfcSegment[] = [];
  let out = '';
  let last = 0;
  for (const m of allMatches(MARKED, text)) {
    const joined = m[0].normalize('NFC');
    if (joined === m[0]) continue;
    out += text.slice(last, m.index);
    segments.push({ start: out.length, end: out.length + joined.length, srcStart: m.index, srcEnd: m.index + m[0].length });
    out += joined;
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  return out === whole ? { text: out, segments } : undefined;
}

/**
 * The source offset of an offset into the NFC text. Inside a joined letter: the letter's start,
 * or its end when `end` (the end of a range), so that a range covers whole letters.
 */
export function sourceOffset(nfc: NfcText, offset: number, end = false): number {
  const s = nfc.segments;
  // the last segment that starts at or before the offset
  let lo = 0;
  let hi = s.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start <= offset) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0) return offset;
  const seg = s[k];
  if (offset >= seg.end) return offset + seg.srcEnd - seg.end;
  return end && offset > seg.start ? seg.srcEnd : seg.srcStart;
}
