import { test, expect } from "vitest";
import { detectLegacy } from "../../src/text/legacy.js";
import { isVietnameseSyllable } from "../../src/text/syllable.js";
function mainVowel(n: string, coda: string): number[] {
  if (n.length === 1) return [0];
  if (["oa", "oe", "uy"].includes(n)) return coda === "" ? [0, 1] : [1];
  if (["uya", "uyu", "oai", "oay", "oao", "oeo"].includes(n)) return [1];
  const marked = [...n].map((ch, i) => (/[âêôơưă]/.test(ch) ? i : -1)).filter((i) => i >= 0);
  if (marked.length > 0) return [marked[marked.length - 1]];
  return [0];
}
test("exh", () => {
  const onsets = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];
  const nuclei = "uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ".split("|");
  const codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
  const tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
  const words: string[] = [];
  for (const o of onsets) for (const n of nuclei) for (const c of codas) for (const t of tones) {
    for (const p of mainVowel(n, c)) {
      const w = (o + n.slice(0, p + 1) + t + n.slice(p + 1) + c).normalize("NFC");
      if (isVietnameseSyllable(w)) words.push(w);
    }
  }
  console.log("words", words.length);
  const title = words.map((w) => w[0].toUpperCase() + w.slice(1));
  for (const variant of [words, words.map((w) => w.toUpperCase()), title]) {
    const text = variant.join(" ");
    const spans = detectLegacy(text);
    if (spans.length) console.log(spans.slice(0, 20).map((s) => s.encoding + ":" + s.sample));
    expect(spans.length).toBe(0);
    // also shuffled pairs glued with punctuation
    const text2 = variant.map((w, i) => (i % 7 === 0 ? `“${w}”,` : i % 5 === 0 ? `${w}…` : w)).join(" ");
    const sp2 = detectLegacy(text2); if (sp2.length) console.log(sp2.map((s) => s.encoding + ":" + JSON.stringify(text2.slice(s.start - 5, s.end + 5)))); expect(sp2.length).toBe(0);
  }
});
