// Characters a note prints that the PDF font cannot draw (Typst would fall back silently).
// One finder for `render`, which refuses such a note, and the font-coverage rule, which tells
// `check` beforehand: both find the same characters at the same places.
import type { Note } from '../model/note.js';
import type { MinutesView } from './view.js';
import { chooseFont, type FontSetting } from './fonts.js';
import { findUncovered, fontCoverage, type Coverage, type Uncovered } from './pdf/coverage.js';

/** every string a view holds: what a document can print */
export function printedText(view: unknown): string {
  if (typeof view === 'string') return view;
  if (Array.isArray(view)) return view.map(printedText).join('\n');
  if (view && typeof view === 'object') return Object.values(view).map(printedText).join('\n');
  return '';
}

/**
 * characters the font cannot draw among those the documents print (a field only the notice
 * prints does not count for the minutes), at each of their places in the note, the first `limit`
 */
export function unprintable(note: Note, views: readonly (MinutesView | string)[], cover: Pick<Coverage, 'has'>, limit = 20): Uncovered[] {
  const printed = new Set(views.flatMap((v) => findUncovered(printedText(v), cover, Infinity).map((u) => u.char)));
  if (printed.size === 0) return [];
  return findUncovered(note.text, cover, Infinity).filter((u) => printed.has(u.char)).slice(0, limit);
}

/** the message data of one: `what` is `"漢" (U+6F22)`, or the code alone for a control character */
export function glyphData(u: Uncovered): { char: string; code: string; what: string } {
  const code = `U+${u.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  // printed raw, a control character would act on the terminal
  return { char: u.char, code, what: /\p{C}/u.test(u.char) ? code : `"${u.char}" (${code})` };
}

const bySetting = new Map<FontSetting, Coverage>();

/** the coverage of the font render would embed for this config setting (its regular face) */
export function pdfFontCoverage(setting: FontSetting = 'liberation'): Coverage {
  let c = bySetting.get(setting);
  if (!c) bySetting.set(setting, (c = fontCoverage(chooseFont(setting).files[0])));
  return c;
}
