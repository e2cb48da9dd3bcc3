// Dates written in Vietnamese prose: "16/5/2016", "16-5-2016", "ngày 16 tháng 5 năm 2016".
import { allMatches } from '../../util/matches.js';
import { shortDateVi } from '../../domain/dates.js';
import { addressRanges, inAddress } from '../../text/addresses.js';

export interface ProseDate {
  day: number;
  month: number;
  year: number;
  yearDigits: number;
  /** offsets within the scanned string */
  start: number;
  end: number;
  raw: string;
}

// not part of a document number (no "/" or letter glued on either side)
const NUMERIC = /(?<![\d/\p{L}-])(\d{1,2})([/.-])(\d{1,2})\2(\d{1,6})(?![\d/\p{L}])/gu;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{1,6})(?!\d)/giu;

export function findProseDates(text: string): ProseDate[] {
  const out: ProseDate[] = [];
  if (!/\d/.test(text)) return out;
  for (const m of allMatches(NUMERIC, text)) {
    if (m[2] === '.' && m[4].length !== 4) continue; // "1.2.3" version-like, not a date
    out.push({ day: +m[1], month: +m[3], year: +m[4], yearDigits: m[4].length, start: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  for (const m of allMatches(WORDS, text)) {
    out.push({ day: +m[1], month: +m[2], year: +m[3], yearDigits: m[3].length, start: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  // "https://x.vn/tin?d=05/03/2024" is part of an address, not a date of the text: never checked, never "fixed"
  const addresses = out.length ? addressRanges(text) : [];
  return (addresses.length ? out.filter((d) => !inAddress(addresses, d.start, d.end)) : out).sort((a, b) => a.start - b.start);
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export const isoOf = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** "16/5/2016", "05/02/2024" for messages: the padding the date-format rule asks of notes */
export const viDate = shortDateVi;
