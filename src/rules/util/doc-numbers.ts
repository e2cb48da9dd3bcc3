// Document numbers (số, ký hiệu): finding them after "số" in prose and telling their family (domain.md §4).
import { escapeRegExp } from '../../util/escape.js';
import { STATE_TYPES, PARTY_TYPES, MIXED_CASE_ISSUERS, TYPE_QUALIFIERS, withoutNumberWord } from '../../domain/doc-types.js';
import { allMatches } from '../../util/matches.js';
import type { Note } from '../../model/note.js';
import { nodeOffset } from './yaml.js';

export interface CitedNumber {
  /** as written, possibly with stray spaces or dashes */
  raw: string;
  /** spaces removed, en/em dashes turned into "-" */
  symbol: string;
  /** offsets within the scanned string */
  start: number;
  end: number;
  /** offset of the word "số" */
  so: number;
}

const SO = /(?<![\p{L}\d])số(\s+)(?=\d)/giu;
// the symbol itself: no spaces, stops before punctuation that ends a clause
const HEAD = /\d{1,5}[a-z]?[/-][^\s,;()“”"'<>]*/uy;
// a continuation split off by a spaced en dash, or a spaced hyphen before an all-caps group
const TAIL = /(?:\s*[–—]\s*[\p{L}\d&][^\s,;()“”"'<>]*|\s+-\s*(?=\p{Lu}[\p{Lu}\d]+(?![\p{Ll}]))[^\s,;()“”"'<>]+|-\s+(?=\p{Lu}[\p{Lu}\d]+(?![\p{Ll}]))[^\s,;()“”"'<>]+)/uy;

// invisible characters and Unicode hyphens are the invisible-character and odd-space rules' business
export const normalizeSymbol = (s: string) =>
  withoutNumberWord(s.normalize('NFC')).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, '').replace(/[\u2010\u2011\u2012–—]/g, '-');

/** every "số <symbol>" in a text whose symbol contains a letter */
export function findCitedNumbers(text: string): CitedNumber[] {
  const out: CitedNumber[] = [];
  if (!/số/iu.test(text)) return out;
  for (const m of allMatches(SO, text)) {
    const start = m.index! + 2 + m[1].length;
    HEAD.lastIndex = start;
    const h = HEAD.exec(text);
    if (!h) continue;
    let end = start + h[0].length;
    for (;;) {
      TAIL.lastIndex = end;
      const t = TAIL.exec(text);
      if (!t) break;
      end += t[0].length;
    }
    let raw = text.slice(start, end);
    const trimmed = raw.replace(/[.:!?]+$/u, '');
    end -= raw.length - trimmed.length;
    raw = trimmed;
    if (!/\p{L}/u.test(raw)) continue;
    out.push({ raw, symbol: normalizeSymbol(raw), start, end, so: m.index! });
  }
  return out;
}

export type Family = 'state' | 'cong-van' | 'legal' | 'party' | 'unknown';

export interface ParsedSymbol {
  family: Family;
  /** the type abbreviation as written, when the family has one */
  type?: string;
  /** the official spelling when `type` differs from it only in case */
  typeCase?: string;
  /** the type word when the abbreviation is known ("Chỉ thị") */
  typeWord?: string;
  /** the type part is not a known abbreviation of its family */
  unknownType?: boolean;
  /** year of a legal normative document (30/2020/NĐ-CP → 2020) */
  year?: number;
  /** issuer groups written in a wrong case: [written, official] */
  issuerCase: [string, string][];
}

const GROUP = '[\\p{L}\\d&]+';
const LEGAL = new RegExp(`^\\d{1,5}[a-z]?/((?:19|20)\\d\\d)/(${GROUP}(?:-${GROUP})*)$`, 'u');
const PARTY = new RegExp(`^\\d{1,5}[a-z]?-(${GROUP})/(${GROUP}(?:-${GROUP})*)$`, 'u');
const STATE = new RegExp(`^\\d{1,5}[a-z]?/(${GROUP})-(${GROUP}(?:-${GROUP})*)$`, 'u');
const ISSUER_GROUP = /^[\p{Lu}\d][\p{L}\d&]*$/u;

function lookup(table: Readonly<Record<string, string>>, abbr: string): { exact?: string; folded?: string } {
  if (abbr in table) return { exact: abbr };
  const low = abbr.toLowerCase();
  const hit = Object.keys(table).find((k) => k.toLowerCase() === low);
  return hit ? { folded: hit } : {};
}

function issuerCase(groups: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const g of groups) {
    const hit = MIXED_CASE_ISSUERS.find((k) => k !== g && k.toLowerCase() === g.toLowerCase());
    if (hit) out.push([g, hit]);
  }
  return out;
}

const badIssuers = (groups: string[]) => groups.some((g) => !ISSUER_GROUP.test(g) && !MIXED_CASE_ISSUERS.some((k) => k.toLowerCase() === g.toLowerCase()));

/** the family of a normalized symbol and the checks that follow from it */
export function parseSymbol(symbol: string): ParsedSymbol {
  let m = LEGAL.exec(symbol);
  if (m) {
    const groups = m[2].split('-');
    const year = Number(m[1]);
    const t = lookup(STATE_TYPES, groups[0]);
    if (t.exact || t.folded) {
      const rest = groups.slice(1);
      return { family: 'legal', year, type: groups[0], typeCase: t.folded, typeWord: STATE_TYPES[t.exact ?? t.folded!], issuerCase: issuerCase(rest), unknownType: badIssuers(rest) };
    }
    // "351/2017/UBTVQH14": no type part
    return { family: 'legal', year, issuerCase: issuerCase(groups), unknownType: groups.length > 1 || badIssuers(groups) };
  }
  m = PARTY.exec(symbol);
  if (m) {
    const groups = m[2].split('-');
    const t = lookup(PARTY_TYPES, m[1]);
    return { family: 'party', type: m[1], typeCase: t.folded, typeWord: t.exact || t.folded ? PARTY_TYPES[t.exact ?? t.folded!] : undefined, unknownType: !(t.exact || t.folded) || badIssuers(groups), issuerCase: issuerCase(groups) };
  }
  m = STATE.exec(symbol);
  if (m) {
    const groups = m[2].split('-');
    const t = lookup(STATE_TYPES, m[1]);
    if (t.exact || t.folded) return { family: 'state', type: m[1], typeCase: t.folded, typeWord: STATE_TYPES[t.exact ?? t.folded!], issuerCase: issuerCase(groups), unknownType: badIssuers(groups) };
    // a công văn: issuer-unit, no type
    const all = [m[1], ...groups];
    return { family: 'cong-van', issuerCase: issuerCase(all), unknownType: badIssuers(all) };
  }
  return { family: 'unknown', issuerCase: [] };
}

/** a symbol written with spaces or en/em dashes inside ("79-CTr/BDVTW – BCSĐCP") */
export const hasBadSeparators = (raw: string) => /\s|[–—]/u.test(raw);

const TYPE_WORDS = [...new Set([...Object.values(STATE_TYPES), ...Object.values(PARTY_TYPES)])].sort((a, b) => b.length - a.length);
const TYPE_ALT = TYPE_WORDS.map(escapeRegExp).join('|');
const QUAL_ALT = TYPE_QUALIFIERS.map(escapeRegExp).join('|');
const BEFORE_SO = new RegExp(`(?<![\\p{L}])(${TYPE_ALT})((?:\\s+(?:${QUAL_ALT}))*)\\s+$`, 'iu');
const WHOLE_TYPE = new RegExp(`^(${TYPE_ALT})((?:\\s+(?:${QUAL_ALT}))*)$`, 'iu');

/** the type word written right before "số" (qualifiers allowed), with its offset in `before` */
export function typeWordBefore(before: string): { word: string; start: number } | undefined {
  const m = BEFORE_SO.exec(before);
  return m ? { word: m[1], start: m.index } : undefined;
}

/** the type word of a basis `type` field ("Chương trình phối hợp" → "Chương trình"), when it is one */
export function typeWordOf(type: string): string | undefined {
  return WHOLE_TYPE.exec(type.trim())?.[1];
}

export const sameWord = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

export interface FieldNumber {
  /** as written in the front matter, trimmed */
  raw: string;
  /** file offsets of the YAML value */
  start: number;
  end: number;
}

/** the symbols of the front matter: the minutes' own `number`, `notice.number` and every `basis[].number` */
export function frontMatterNumbers(note: Note): FieldNumber[] {
  const raw = note.raw;
  if (!raw) return [];
  const out: FieldNumber[] = [];
  const add = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'string' || !value.trim()) return;
    const [start, end] = nodeOffset(note, path);
    // "Số: 05/BB-ĐCT" is printed "Số: 05/BB-ĐCT" once (build-view): the symbol is what follows the word
    out.push({ raw: withoutNumberWord(value), start, end });
  };
  add(raw.number, ['number']);
  const notice = raw.notice;
  if (notice && typeof notice === 'object') add((notice as { number?: unknown }).number, ['notice', 'number']);
  if (Array.isArray(raw.basis)) {
    raw.basis.forEach((b, i) => {
      if (b && typeof b === 'object') add((b as { number?: unknown }).number, ['basis', i, 'number']);
    });
  }
  return out;
}
