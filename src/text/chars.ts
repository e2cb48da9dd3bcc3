// Invisible characters and unusual spaces/hyphens that break search and symbol matching.
import { allMatches } from "../util/matches.js";

export interface CharHit {
  start: number;
  end: number;
  char: string;
  codePoint: number;
  name: string;
}

const INVISIBLE: ReadonlyMap<string, string> = new Map([
  ["\u00ad", "SOFT HYPHEN"],
  ["\u200b", "ZERO WIDTH SPACE"],
  ["\u200c", "ZERO WIDTH NON-JOINER"],
  ["\u200d", "ZERO WIDTH JOINER"],
  ["\u2060", "WORD JOINER"],
  ["\ufeff", "ZERO WIDTH NO-BREAK SPACE"],
  // control characters (tab and line ends aside): pasted from terminals and old systems
  ["\u0000", "NULL"],
  ["\u0007", "BELL"],
  ["\u0008", "BACKSPACE"],
  ["\u000b", "LINE TABULATION"],
  ["\u000c", "FORM FEED"],
  ["\u001b", "ESCAPE"],
  ["\u007f", "DELETE"],
]);
const ODD_SPACES: ReadonlyMap<string, string> = new Map([
  ["\u00a0", "NO-BREAK SPACE"],
  ["\u202f", "NARROW NO-BREAK SPACE"],
  ["\u2007", "FIGURE SPACE"],
  ["\u2010", "HYPHEN"],
  ["\u2011", "NON-BREAKING HYPHEN"],
]);
const INVISIBLE_RE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ODD_SPACES_RE = /[\u00a0\u202f\u2007\u2010\u2011]/g;

function scan(text: string, re: RegExp, names: ReadonlyMap<string, string>, skipBom: boolean): CharHit[] {
  const out: CharHit[] = [];
  for (const m of allMatches(re, text)) {
    const char = m[0];
    // A BOM at offset 0 is a file signature, not content.
    if (skipBom && m.index === 0 && char === "\ufeff") continue;
    out.push({ start: m.index, end: m.index + 1, char, codePoint: char.charCodeAt(0), name: names.get(char) ?? (char < " " ? "CONTROL CHARACTER" : "") });
  }
  return out;
}

/** Soft hyphens, zero-width chars, word joiners, control characters and BOMs (except a BOM at offset 0). */
export function findInvisible(text: string): CharHit[] {
  return scan(text, INVISIBLE_RE, INVISIBLE, true);
}

/** No-break, narrow no-break and figure spaces; Unicode hyphen and non-breaking hyphen. */
export function findOddSpaces(text: string): CharHit[] {
  return scan(text, ODD_SPACES_RE, ODD_SPACES, false);
}
