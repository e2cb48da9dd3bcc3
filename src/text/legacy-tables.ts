// Byte tables for TCVN3 (ABC, VN3 subset) and VNI-Windows, as the bytes read in cp1252,
// plus the cp1252 byte map. Source: xvnkb tcvn.h / vni.h (lamdao/xvnkb).

/** Tone order used by the tables: none, sắc, huyền, hỏi, ngã, nặng. */
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

function withTones(base: string): string[] {
  return TONES.map((t) => (base + t).normalize("NFC"));
}

// ---- TCVN3 (.VnTime). VN3 has no toned capitals; .VnTimeH shows lower-case codes as capitals.
const TCVN3_ROWS: ReadonlyArray<readonly [string, string]> = [
  ["a", "a¸µ¶·¹"],
  ["â", "©ÊÇÈÉË"],
  ["ă", "¨¾»¼½Æ"],
  ["e", "eÐÌÎÏÑ"],
  ["ê", "ªÕÒÓÔÖ"],
  ["o", "oãßáâä"],
  ["ô", "«èåæçé"],
  ["ơ", "¬íêëìî"],
  ["u", "uóïñòô"],
  ["ư", "\u00adøõö÷ù"],
  ["i", "iÝ×ØÜÞ"],
  ["y", "yýúûüþ"],
];
const TCVN3_SINGLES: ReadonlyArray<readonly [string, string]> = [
  ["đ", "®"],
  ["Ă", "¡"],
  ["Â", "¢"],
  ["Ê", "£"],
  ["Ô", "¤"],
  ["Ơ", "¥"],
  ["Ư", "¦"],
  ["Đ", "§"],
];

/** TCVN3 byte-char → Unicode (only non-ASCII entries). */
export const TCVN3_DECODE: ReadonlyMap<string, string> = buildTcvn3Decode();
/** Unicode → TCVN3 byte-char; toned capitals fall back to the lower-case code (lossy, like .VnTimeH). */
export const TCVN3_ENCODE: ReadonlyMap<string, string> = buildTcvn3Encode();

function buildTcvn3Decode(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [base, codes] of TCVN3_ROWS) {
    const uni = withTones(base);
    [...codes].forEach((c, i) => {
      if (c.charCodeAt(0) > 0x7f) m.set(c, uni[i]);
    });
  }
  for (const [uni, c] of TCVN3_SINGLES) m.set(c, uni);
  return m;
}

function buildTcvn3Encode(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [c, uni] of TCVN3_DECODE) {
    m.set(uni, c);
    const upper = uni.toUpperCase();
    if (!m.has(upper) && upper !== uni && ![...TCVN3_SINGLES].some(([u]) => u === upper)) m.set(upper, c);
  }
  return m;
}

// ---- VNI-Windows: base letter + mark character.
const VNI_TONE_LOWER = ["", "ù", "ø", "û", "õ", "ï"];
const VNI_TONE_UPPER = ["", "Ù", "Ø", "Û", "Õ", "Ï"];
const VNI_CIRC_LOWER = ["â", "á", "à", "å", "ã", "ä"];
const VNI_CIRC_UPPER = ["Â", "Á", "À", "Å", "Ã", "Ä"];
const VNI_BREVE_LOWER = ["ê", "é", "è", "ú", "ü", "ë"];
const VNI_BREVE_UPPER = ["Ê", "É", "È", "Ú", "Ü", "Ë"];

function vniRows(upper: boolean): Array<[string, string[]]> {
  const tone = upper ? VNI_TONE_UPPER : VNI_TONE_LOWER;
  const circ = upper ? VNI_CIRC_UPPER : VNI_CIRC_LOWER;
  const breve = upper ? VNI_BREVE_UPPER : VNI_BREVE_LOWER;
  const c = (s: string): string => (upper ? s.toUpperCase() : s);
  const plus = (base: string, marks: string[]): string[] => marks.map((mk) => base + mk);
  return [
    [c("a"), plus(c("a"), tone)],
    [c("â"), plus(c("a"), circ)],
    [c("ă"), plus(c("a"), breve)],
    [c("e"), plus(c("e"), tone)],
    [c("ê"), plus(c("e"), circ)],
    [c("o"), plus(c("o"), tone)],
    [c("ô"), plus(c("o"), circ)],
    [c("ơ"), plus(upper ? "Ô" : "ô", tone)],
    [c("u"), plus(c("u"), tone)],
    [c("ư"), plus(upper ? "Ö" : "ö", tone)],
    [c("i"), upper ? ["I", "Í", "Ì", "Æ", "Ó", "Ò"] : ["i", "í", "ì", "æ", "ó", "ò"]],
    [c("y"), [c("y"), ...plus(c("y"), tone.slice(1, 5)), upper ? "Î" : "î"]],
  ];
}

/** Unicode → VNI sequence (mark case follows letter case). */
export const VNI_ENCODE: ReadonlyMap<string, string> = buildVniEncode();
/** VNI sequence (1–2 chars, either mark case) → Unicode. */
export const VNI_DECODE: ReadonlyMap<string, string> = buildVniDecode();

function buildVniEncode(): Map<string, string> {
  const m = new Map<string, string>();
  for (const upper of [false, true]) {
    for (const [base, seqs] of vniRows(upper)) {
      const uni = withTones(base);
      seqs.forEach((s, i) => {
        if (s !== uni[i]) m.set(uni[i], s);
      });
    }
  }
  m.set("đ", "ñ");
  m.set("Đ", "Ñ");
  return m;
}

function buildVniDecode(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [uni, seq] of VNI_ENCODE) {
    m.set(seq, uni);
    // Accept a mark of the other case too (mixed-case VNI text exists).
    if (seq.length === 2) {
      const flipped = seq[0] + (seq[1] === seq[1].toLowerCase() ? seq[1].toUpperCase() : seq[1].toLowerCase());
      if (!m.has(flipped)) m.set(flipped, uni);
    }
  }
  // í and ì are the same code in VNI and Unicode.
  for (const same of ["í", "ì", "Í", "Ì"]) m.delete(same);
  return m;
}

// ---- cp1252: bytes 0x80–0x9F. Undefined bytes (81 8D 8F 90 9D) read as C1 controls.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Char → cp1252 byte for the 0x80–0x9F specials; other chars ≤ U+00FF map to themselves. */
export const CP1252_BYTE: ReadonlyMap<string, number> = new Map(
  [...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i] as [string, number]),
);
/** cp1252 byte (0x80–0x9F) → char. */
export const CP1252_CHAR: readonly string[] = [...CP1252_HIGH];

/** Regex class body for chars that are UTF-8 continuation bytes (0x80–0xBF) read as cp1252. */
export const CP1252_CONT_CLASS =
  "\\u0080-\\u00bf" +
  [...CP1252_HIGH]
    .filter((ch) => ch.charCodeAt(0) > 0xff)
    .map((ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"))
    .join("");

/** cp1252 byte value of `ch`, or -1 when it has none. */
export function cp1252Byte(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  if (code >= 0x80 && code <= 0x9f) return code;
  return CP1252_BYTE.get(ch) ?? -1;
}
