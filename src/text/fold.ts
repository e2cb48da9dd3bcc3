// Diacritic folding and ASCII slugs for Vietnamese text.

const COMBINING_RE = /[\u0300-\u036f]/g;
const D_LOWER_RE = /đ/g;
const D_UPPER_RE = /Đ/g;
const NON_SLUG_RE = /[^a-z0-9]+/g;
const EDGE_DASH_RE = /^-+|-+$/g;
const PUNCT_RE = /[\p{P}\p{S}]+/gu;
const SPACE_RE = /\s+/g;

const SLUG_MAX = 80;
const SLUG_FALLBACK = "ghi-chep";

/** Remove all diacritics (NFD marks) and map đ/Đ to d/D. Works on NFC or NFD input. */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING_RE, "")
    .replace(D_LOWER_RE, "d")
    .replace(D_UPPER_RE, "D")
    .normalize("NFC");
}

/** ASCII kebab-case slug, at most 80 chars, never empty, safe as a file name. */
export function slugify(s: string): string {
  let slug = foldDiacritics(s).toLowerCase().replace(NON_SLUG_RE, "-").replace(EDGE_DASH_RE, "");
  if (slug.length > SLUG_MAX) {
    const cut = slug.slice(0, SLUG_MAX + 1);
    const lastDash = cut.lastIndexOf("-");
    // Cut at a word boundary when one exists in the second half; else hard cut.
    slug = (lastDash > SLUG_MAX / 2 ? cut.slice(0, lastDash) : cut.slice(0, SLUG_MAX)).replace(EDGE_DASH_RE, "");
  }
  return slug === "" ? SLUG_FALLBACK : slug;
}

/** Key for matching section headings: folded, lower case, no punctuation, single spaces. */
export function normalizeHeading(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(PUNCT_RE, " ").replace(SPACE_RE, " ").trim();
}

const CHAR_FOLD = new Map<string, string>();

/** folded and lower-cased char by char (cached), so offsets stay those of the NFC input */
export function foldKeepOffsets(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c.charCodeAt(0) < 0x80) {
      out += c.toLowerCase();
      continue;
    }
    let f = CHAR_FOLD.get(c);
    if (f === undefined) {
      const folded = foldDiacritics(c).toLowerCase();
      f = folded.length === 1 ? folded : c;
      CHAR_FOLD.set(c, f);
    }
    out += f;
  }
  return out;
}
