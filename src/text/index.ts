// Vietnamese text utilities: pure functions, no I/O.
export { foldDiacritics, foldKeepOffsets, slugify, normalizeHeading } from "./fold.js";
export { detectLegacy, convertLegacy, encodeLegacy, fixLegacy } from "./legacy.js";
export type { LegacyEncoding, LegacySpan } from "./legacy.js";
export { isVietnameseSyllable } from "./syllable.js";
export { toneMarksPerSyllable, findDoubleTones, findToneStyle, convertToneStyle, findQuTones, mayHaveQuTone } from "./tones.js";
export type { ToneStyle, ToneStyleHit, DoubleTone, MisplacedTone } from "./tones.js";
export { findInvisible, findOddSpaces } from "./chars.js";
export { addressRanges, inAddress } from "./addresses.js";
export type { AddressRange } from "./addresses.js";
export type { CharHit } from "./chars.js";
