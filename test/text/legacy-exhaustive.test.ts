// Every Vietnamese syllable shape, with tones on the main vowel (both styles for open oa/oe/uy).
import { describe, expect, test } from "vitest";
import { detectLegacy, encodeLegacy, fixLegacy } from "../../src/text/legacy.js";
import { isVietnameseSyllable } from "../../src/text/syllable.js";

const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];
const NUCLEI = ("uyê iê yê uô ươ oa oă oe uâ uê uy a ă â e ê i o ô ơ u ư y iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu " +
  "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ").split(" ");
const CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

function mainVowels(n: string, coda: string): number[] {
  if (n.length === 1) return [0];
  if (["oa", "oe", "uy"].includes(n)) return coda === "" ? [0, 1] : [1];
  if (["uya", "uyu", "oai", "oay", "oao", "oeo"].includes(n)) return [1];
  const marked = [...n].flatMap((ch, i) => (/[âêôơưă]/.test(ch) ? [i] : []));
  return [marked.length > 0 ? marked[marked.length - 1] : 0];
}

const SYLLABLES: string[] = [];
for (const o of ONSETS)
  for (const n of NUCLEI)
    for (const c of CODAS)
      for (const t of TONES)
        for (const p of mainVowels(n, c)) {
          const w = (o + n.slice(0, p + 1) + t + n.slice(p + 1) + c).normalize("NFC");
          if (isVietnameseSyllable(w)) SYLLABLES.push(w);
        }
const UPPER = SYLLABLES.map((w) => w.toUpperCase());
const TITLE = SYLLABLES.map((w) => w[0].toUpperCase() + w.slice(1));

function withPunctuation(words: string[]): string {
  return words.map((w, i) => (i % 7 === 0 ? `“${w}”,` : i % 5 === 0 ? `${w}…` : i % 11 === 0 ? `${w}.\n` : w)).join(" ");
}

describe("exhaustive syllables", () => {
  test("the generator produces a large set", () => {
    expect(SYLLABLES.length).toBeGreaterThan(20000);
  });

  test.each([
    ["lower", SYLLABLES],
    ["upper", UPPER],
    ["title", TITLE],
  ])("clean %s case never fires", (_name, words) => {
    expect(detectLegacy(words.join(" "))).toEqual([]);
    expect(detectLegacy(withPunctuation(words))).toEqual([]);
  });

  test.each([
    ["tcvn3", "lower", SYLLABLES],
    ["vni", "lower", SYLLABLES],
    ["vni", "upper", UPPER],
    ["vni", "title", TITLE],
    ["cp1252-utf8", "lower", SYLLABLES],
    ["cp1252-utf8", "upper", UPPER],
  ] as const)("%s round trip, %s case", (enc, _case, words) => {
    const clean = withPunctuation(words);
    expect(fixLegacy(encodeLegacy(clean, enc))).toBe(clean);
  });
});
