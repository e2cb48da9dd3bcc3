// Bodies, positions and weekdays are capitalised as Decree 30 Appendix II says.
import { escapeRegExp } from '../util/escape.js';
import { defineRule, type RuleContext } from './types.js';
import { foldDiacritics } from '../text/fold.js';
import { addressRanges, inAddress, type AddressRange } from '../text/addresses.js';
import { CASE_ENTRIES, BODY_AFTER, type CaseEntry } from './util/capitalization-dict.js';
import { allMatches } from '../util/matches.js';

// old and new tone placement spell the same word: "hóa"/"hoá", "Ủy"/"Uỷ"
const TONE_PAIRS: [string, string][] = [['óa', 'oá'], ['òa', 'oà'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'], ['ủy', 'uỷ'], ['úy', 'uý'], ['ùy', 'uỳ'], ['ũy', 'uỹ'], ['ụy', 'uỵ']];

function wordPattern(word: string): string {
  let src = escapeRegExp(word.toLowerCase());
  for (const [a, b] of TONE_PAIRS) src = src.split(a).join(`(?:${a}|${b})`);
  return src;
}

// Scan once for the first words of the dictionary, then try only the entries starting with
// the word found (longest first, anchored there): most text holds no entry at all.
const FOLDED = new Map<string, string>();
const FOLD_KEY = (w: string) => {
  let k = FOLDED.get(w);
  if (k === undefined) FOLDED.set(w, (k = foldDiacritics(w).toLowerCase()));
  return k;
};
/** lower case with the new tone placement folded to the old one: "Hoá" and "hóa" compare equal */
const TONE_KEYS = new Map<string, string>();
const toneKey = (w: string) => {
  let k = TONE_KEYS.get(w);
  if (k === undefined) {
    k = w.toLowerCase();
    for (const [oldForm, newForm] of TONE_PAIRS) if (k.includes(newForm)) k = k.split(newForm).join(oldForm);
    TONE_KEYS.set(w, k);
  }
  return k;
};
// entries compared word by word (plain string compares, no per-entry RegExp to compile)
interface Group {
  entries: { e: CaseEntry; words: string[] }[];
  /** every entry's second word: most first words found ("ban", "chủ", "vụ") start no entry */
  second: Set<string>;
}
const GROUPS = new Map<string, Group>();
for (const e of [...CASE_ENTRIES].sort((a, b) => b.text.length - a.text.length)) {
  const words = e.text.split(' ').map(toneKey);
  // the second-word test below needs every entry to have two words or more
  if (words.length < 2) throw new Error(`capitalization: one-word entry "${e.text}"`);
  const key = FOLD_KEY(e.text.split(' ')[0]);
  const group = GROUPS.get(key) ?? { entries: [], second: new Set<string>() };
  group.entries.push({ e, words });
  group.second.add(words[1]);
  GROUPS.set(key, group);
}
const TOKEN = /\S+/g;
const WORD_CHAR = /[\p{L}\p{M}]/u;

/** the key of a word with any punctuation after it dropped ("vụ," → "vụ") */
function bareKey(token: string): string {
  const key = toneKey(token);
  let end = key.length;
  while (end > 0 && !WORD_CHAR.test(key[end - 1])) end--;
  return end === key.length ? key : key.slice(0, end);
}

/** the longest entry of the group written at `start`, and where it ends */
function entryAt(text: string, start: number, group: Group): { e: CaseEntry; end: number } | undefined {
  // words from `start` on, read only as far as an entry needs them
  const tokens: string[] = [];
  const starts: number[] = [];
  const token = (j: number): string | undefined => {
    while (tokens.length <= j) {
      const n = tokens.length;
      TOKEN.lastIndex = n ? starts[n - 1] + tokens[n - 1].length : start;
      const m = TOKEN.exec(text);
      if (!m) return undefined;
      tokens.push(m[0]);
      starts.push(m.index);
    }
    return tokens[j];
  };
  const second = token(1);
  if (second === undefined || !group.second.has(bareKey(second))) return undefined;
  for (const { e, words } of group.entries) {
    let ok = true;
    for (let j = 0; ok && j < words.length - 1; j++) {
      const t = token(j);
      ok = t !== undefined && toneKey(t) === words[j];
    }
    if (!ok) continue;
    const last = token(words.length - 1);
    if (last === undefined) continue;
    const w = words[words.length - 1];
    const key = toneKey(last);
    // the last word may carry punctuation after it ("vụ,"), never more letters ("vụn")
    if (!key.startsWith(w) || (key.length > w.length && WORD_CHAR.test(key[w.length]))) continue;
    return { e, end: starts[words.length - 1] + w.length };
  }
  return undefined;
}

const FIRST_WORDS = [...new Set(CASE_ENTRIES.map((e) => e.text.split(' ')[0]))];
// no leading lookbehind (it would run at every position): the char before is checked by hand
const FIRST_RE = new RegExp(`(?:${FIRST_WORDS.map(wordPattern).join('|')})(?![\\p{L}])`, 'giu');
const LETTER = /\p{L}/u;

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/** the matched text with the letter case of the canonical phrase, word by word */
export function withCase(found: string, canonical: string): string {
  return hasCanonicalCase(found, canonical) ? found : recase(found, canonical);
}

/** withCase without the quick test: rebuilds every word */
export function recase(found: string, canonical: string): string {
  const words = canonical.split(' ');
  let i = 0;
  return found.replace(/\S+/gu, (w) => {
    const c = words[i++] ?? w;
    return [...w].map((ch, k) => (c[k] !== undefined && isUpper(c[k]) ? ch.toUpperCase() : ch.toLowerCase())).join('');
  });
}

const ODD_SPACE = /[^\S \t\n\r\u00a0]/u;

/** whether `found` already has the case recase would give it (most hits do: no strings built) */
export function hasCanonicalCase(found: string, canonical: string): boolean {
  if (ODD_SPACE.test(found)) return false;
  let cs = 0; // start of that word in canonical
  let k = 0; // char index in the current word
  for (let i = 0; i < found.length; i++) {
    const ch = found[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      if (k > 0) {
        const next = canonical.indexOf(' ', cs);
        cs = next < 0 ? canonical.length + 1 : next + 1;
      }
      k = 0;
      continue;
    }
    const code = ch.charCodeAt(0);
    // surrogates and other rarities: let recase decide
    if (code >= 0xd800 && code <= 0xdfff) return false;
    const c = cs < canonical.length ? canonical[cs + k] : undefined;
    const inWord = c !== undefined && c !== ' ';
    const want = inWord && isUpper(c) ? ch.toUpperCase() : ch.toLowerCase();
    if (want !== ch) return false;
    k++;
  }
  return true;
}

interface Hit { start: number; end: number; text: string; e: CaseEntry }

// weekdays: "thứ" is lower case mid-sentence, the day name is capitalised ("thứ Hai", "Chủ nhật")
const WEEKDAY = /(?<![\p{L}])(thứ)\s+(hai|ba|tư|năm|sáu|bảy)(?![\p{L}])/giu;
const WEEKDAY_WORD = /thứ|chủ/i;
const SUNDAY = /(?<![\p{L}])chủ\s+nhật(?![\p{L}])/giu;
const DATE_AFTER = /^\s*,?\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}|^\s*,?\s*ngày\s+\d/u;
// "ngày 05/7/2024, thứ hai, …", "ngày 5 tháng 7 năm 2024, thứ hai, …": after a date and ended by punctuation, as weekday-date reads it
const DATE_BEFORE = /(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|năm\s+\d{4})\s*[,–-]?\s*$/u;
const ENDED = /^\s*(?:[,.;:)]|$)/u;
const SENTENCE_START = /(?:^|[.!?:;…]\s*|[“"(\-–]\s*)$/u;

const SKIP_KEYS = new Set(['$schema', 'type', 'number', 'date', 'start', 'end', 'prefix', 'place']);

function checkPhrases(ctx: RuleContext, text: string, base: number) {
  const hits: Hit[] = [];
  for (const m of allMatches(FIRST_RE, text)) {
    if (m.index! > 0 && LETTER.test(text[m.index! - 1])) continue;
    const group = GROUPS.get(FOLD_KEY(m[0]));
    const found = group && entryAt(text, m.index!, group);
    if (found) hits.push({ start: m.index!, end: found.end, text: text.slice(m.index!, found.end), e: found.e });
  }
  if (!hits.length) return;
  // longest phrase wins: "Phó Chủ tịch" over "Chủ tịch", "Ban Dân vận Trung ương" over "Ban Dân vận"
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Hit[] = [];
  for (const h of hits) if (!taken.some((t) => h.start < t.end && t.start < h.end)) taken.push(h);
  // a body of the dictionary right after a position names it, whatever its case ("thứ trưởng bộ nội vụ")
  let bodyStarts: Set<number> | undefined;
  const bodyAt = (i: number) => (bodyStarts ??= new Set(taken.filter((t) => t.e.kind === 'body').map((t) => t.start))).has(i);
  for (const h of taken) {
    // most hits are written as the dictionary writes them
    if (h.text === h.e.text || h.text === h.text.toUpperCase()) continue; // or in capitals: headings, signature lines
    const expected = withCase(h.text, h.e.text);
    if (expected === h.text) continue;
    const after = text.slice(h.end, h.end + 40);
    const before = text.slice(Math.max(0, h.start - 12), h.start);
    if (h.e.context && !h.e.context.test(after)) continue;
    const allLower = h.text === h.text.toLowerCase();
    // "Trưởng phòng Nội vụ", "Trưởng ban Dân vận": the body's head word belongs to the position
    // (no position ends in "bộ" or "sở": "thứ trưởng bộ nội vụ" is the body written in lower case)
    if (isLower(h.text[0]) && h.e.kind === 'body' && /^(?:phòng|ban)\s/iu.test(h.text) && /trưởng\s+$/iu.test(before)) continue;
    if (isLower(h.text[0]) && allLower) {
      if (h.e.kind === 'position' && !BODY_AFTER.test(after) && !LOWER_ABBREVIATION_AFTER.test(after) && !bodyAt(h.end + (/^\s*/.exec(after)?.[0].length ?? 0))) continue;
      if (h.e.kind === 'body' && !h.e.context && (!h.e.lowerIf || !h.e.lowerIf.test(after))) continue;
      if (h.e.notAfter?.test(before)) continue;
    }
    const messageId = h.e.kind === 'position' && allLower ? 'position' : 'case';
    ctx.report({ messageId, data: { found: h.text, expected }, start: base + h.start, end: base + h.end });
  }
}

// "ubnd tỉnh", "Hđnd": an abbreviation of a body is written in capitals. Not inside a longer word
// ("vanthu-ubnd") or a web or mail address ("ubnd.backan.gov.vn").
const ABBREVIATION = /(?<![\p{L}\p{N}_-])(?:ubnd|hđnd|ubmttq|mttq)(?![\p{L}\p{N}_-])/giu;
const LOWER_ABBREVIATION_AFTER = /^\s+(?:ubnd|hđnd|ubmttq|mttq)(?![\p{L}\p{N}])/iu;

function checkAbbreviations(ctx: RuleContext, text: string, base: number) {
  let addresses: AddressRange[] | undefined;
  for (const m of allMatches(ABBREVIATION, text)) {
    const expected = m[0].toUpperCase();
    if (m[0] === expected || inAddress((addresses ??= addressRanges(text)), m.index!, m.index! + m[0].length)) continue;
    ctx.report({ messageId: 'case', data: { found: m[0], expected }, start: base + m.index!, end: base + m.index! + m[0].length });
  }
}

function checkWeekdays(ctx: RuleContext, text: string, base: number) {
  const context = (i: number, len: number) => ({
    atStart: i === 0 || SENTENCE_START.test(text.slice(Math.max(0, i - 3), i)),
    dated: DATE_AFTER.test(text.slice(i + len, i + len + 20)) || (DATE_BEFORE.test(text.slice(Math.max(0, i - 24), i)) && ENDED.test(text.slice(i + len))),
  });
  for (const m of allMatches(WEEKDAY, text)) {
    const [thu, day] = [m[1], m[2]];
    const { atStart, dated } = context(m.index!, m[0].length);
    // a lower-case day is a weekday only when a date follows ("lần thứ hai" is an ordinal)
    if (!isUpper(day[0]) && !dated) continue;
    const wantDay = day[0].toUpperCase() + day.slice(1).toLowerCase();
    const thuOk = thu === 'thứ' || (atStart && thu === 'Thứ');
    if (thuOk && day === wantDay) continue;
    const expected = `${atStart ? 'Thứ' : 'thứ'} ${wantDay}`;
    ctx.report({ messageId: 'weekday', data: { found: m[0], expected }, start: base + m.index!, end: base + m.index! + m[0].length });
  }
  for (const m of allMatches(SUNDAY, text)) {
    const { dated } = context(m.index!, m[0].length);
    if (m[0] === 'Chủ nhật' || m[0] === m[0].toUpperCase() || (m[0] === m[0].toLowerCase() && !dated)) continue;
    ctx.report({ messageId: 'weekday', data: { found: m[0], expected: 'Chủ nhật' }, start: base + m.index!, end: base + m.index! + m[0].length });
  }
}

export default defineRule({
  id: 'capitalization',
  severity: 'warn',
  category: 'style',
  description: {
    vi: 'Viết hoa tên cơ quan, chữ viết tắt, chức vụ và thứ trong tuần theo Phụ lục II Nghị định 30.',
    en: 'Capitalise bodies, abbreviations, positions and weekdays as Decree 30 Appendix II says.',
  },
  docs: {
    vi: 'Tên cơ quan viết hoa chữ đầu của từ chỉ loại hình và chức năng: "Bộ Nội vụ", "Ủy ban nhân dân tỉnh Bắc Kạn" ("nhân dân" viết thường), "Ban Dân vận Trung ương". Chức vụ gắn với cơ quan cụ thể viết hoa: "Phó Chủ tịch UBND tỉnh", "Thứ trưởng Bộ Nội vụ"; viết "Phó chủ tịch", "Phó Chủ Tịch", "thứ trưởng Bộ nội vụ" là sai. Chữ viết tắt tên cơ quan viết hoa toàn bộ: "UBND", "HĐND", "MTTQ", không phải "ubnd", "Hđnd" (trừ trong địa chỉ trang web, thư điện tử). Thứ trong tuần: "thứ Hai", "Chủ nhật"; chữ "thứ" chỉ viết hoa ở đầu câu. Quy tắc dùng một từ điển các cơ quan, chức vụ thường gặp; "chủ tịch" đứng một mình (không kèm cơ quan) không bị bắt lỗi. Áp dụng cho nội dung và các trường chức vụ, tên trong phần đầu YAML.',
    en: 'Body names capitalise the words for the kind of body and its field: "Bộ Nội vụ", "Ủy ban nhân dân tỉnh Bắc Kạn" ("nhân dân" stays lower case), "Ban Dân vận Trung ương". Positions tied to a named body are capitalised: "Phó Chủ tịch UBND tỉnh", "Thứ trưởng Bộ Nội vụ"; "Phó chủ tịch", "Phó Chủ Tịch", "thứ trưởng Bộ nội vụ" are wrong. Abbreviations of bodies are written in capitals: "UBND", "HĐND", "MTTQ", not "ubnd", "Hđnd" (web and mail addresses aside). Weekdays: "thứ Hai", "Chủ nhật"; "thứ" is capitalised only at the start of a sentence. The rule uses a dictionary of common bodies and positions; a bare "chủ tịch" with no body after it is not flagged. It checks the text and the position and name fields of the front matter.',
  },
  examples: {
    wrong: { body: 'Tham dự có đồng chí Triệu Văn Cường, thứ trưởng Bộ nội vụ, và đại diện Ủy ban Nhân dân tỉnh.' },
    right: { body: 'Tham dự có đồng chí Triệu Văn Cường, Thứ trưởng Bộ Nội vụ, và đại diện Ủy ban nhân dân tỉnh.' },
  },
  messages: {
    case: { vi: 'Viết "{expected}" thay cho "{found}".', en: 'Write "{expected}" instead of "{found}".' },
    position: { vi: 'Chức vụ gắn với cơ quan cụ thể viết hoa: "{expected}" thay cho "{found}".', en: 'A position tied to a named body is capitalised: "{expected}" instead of "{found}".' },
    weekday: { vi: 'Viết thứ trong tuần là "{expected}" thay cho "{found}".', en: 'Write the weekday as "{expected}" instead of "{found}".' },
  },
  check(ctx) {
    for (const span of ctx.prose()) {
      checkPhrases(ctx, span.text, span.start);
      checkAbbreviations(ctx, span.text, span.start);
      if (WEEKDAY_WORD.test(span.text)) checkWeekdays(ctx, span.text, span.start);
    }
    for (const s of ctx.scalars()) {
      if (s.path.length && SKIP_KEYS.has(String(s.path[0]))) continue;
      checkPhrases(ctx, s.text, s.start);
      checkAbbreviations(ctx, s.text, s.start);
    }
  },
});
