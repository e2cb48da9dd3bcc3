// Shape check for one Vietnamese syllable; used to confirm legacy-encoding guesses.

const TONE_MARKS_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const EDGE_NON_LETTER_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const NON_LETTER_RE = /[^\p{L}]/u;

const ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx]";
// Nuclei that may take a final consonant (or none).
const CORE = "uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y";
// Nuclei ending in a glide: never followed by a consonant.
const GLIDED =
  "iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ";
const CODA = "ch|ng|nh|[cmnptk]";
const SYLLABLE_RE = new RegExp(`^(${ONSET})?(?:(${GLIDED})|(${CORE})(${CODA})?)$`);
const STOP_CODA_RE = /^(?:c|ch|p|t|k)$/;
const FRONT_VOWEL_RE = /^[eêi]/;

/**
 * True when `word` (any case, NFC or NFD, edge punctuation ignored) has the shape of a
 * Vietnamese syllable: onset + nucleus + coda, at most one tone mark, and stop finals
 * only with sắc or nặng.
 */
export function isVietnameseSyllable(word: string): boolean {
  const core = word.normalize("NFC").replace(EDGE_NON_LETTER_RE, "");
  if (core === "" || NON_LETTER_RE.test(core)) return false;
  const nfd = core.toLowerCase().normalize("NFD");
  const tones = nfd.match(TONE_MARKS_RE);
  if (tones !== null && tones.length > 1) return false;
  const bare = nfd.replace(TONE_MARKS_RE, "").normalize("NFC");
  const m = SYLLABLE_RE.exec(bare);
  if (m === null) return false;
  const onset = m[1];
  const nucleus = m[2] ?? m[3] ?? "";
  // Orthography: gh/ngh only before e ê i; c and ng never before them (k, ngh are used).
  const front = FRONT_VOWEL_RE.test(nucleus);
  if ((onset === "gh" || onset === "ngh") && !front) return false;
  if ((onset === "c" || onset === "ng") && front) return false;
  // "gì" is g + i (the i of "gi" merges), so only e/ê are barred after g.
  if (onset === "g" && /^[eê]/.test(nucleus)) return false;
  if (onset === "qu" && /^[uưo]/.test(nucleus)) return false;
  const coda = m[4];
  if (coda !== undefined && STOP_CODA_RE.test(coda)) {
    const tone = tones?.[0];
    if (tone !== "\u0301" && tone !== "\u0323") return false;
  }
  return true;
}
