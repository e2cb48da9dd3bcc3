// A weekday written next to a date is the weekday of that date ("thứ Ba, ngày 23/7/2024").
import { defineRule } from './types.js';
import { findProseDates, isRealDate, isoOf } from './util/dates.js';
import { weekdayVi, WEEKDAY_NAMES } from '../domain/dates.js';
import { foldDiacritics } from '../text/fold.js';

const DAY = '(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)';
// "thứ Hai, ngày 23/7/2024", "Chủ nhật 28/7/2024", "thứ Ba, ngày 23 tháng 7 năm 2024"
const BEFORE = new RegExp(`(?<![\\p{L}])(${DAY})\\s*,?\\s*(?:ngày\\s+)?$`, 'iu');
// "ngày 23/7/2024 (thứ Ba)", "ngày 05/7/2024, thứ Sáu", "ngày 5 tháng 7 năm 2024 - thứ Sáu"; group 3: punctuation ending it
const AFTER = new RegExp(`^\\s*(?:\\(\\s*(${DAY})\\s*\\)|[,–-]?\\s*(${DAY})(?![\\p{L}\\p{N}])(\\s*[,.;:)]|\\s*$)?)`, 'iu');
// a lower-case day name: "thứ hai" is also "second"
const LOWER_DAY = /^[tT]hứ\s+\p{Ll}/u;
const INDEX: Record<string, number> = { 'chu nhat': 0, hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** 0 = Sunday … 6 = Saturday */
function dayIndex(word: string): number {
  const w = foldDiacritics(word).toLowerCase().replace(/\s+/g, ' ');
  if (w === 'chu nhat') return 0;
  const d = w.replace(/^thu /, '');
  return /^\d$/.test(d) ? Number(d) - 1 : INDEX[d];
}

export default defineRule({
  id: 'weekday-date',
  severity: 'error',
  category: 'dates',
  description: { vi: 'Thứ trong tuần phải đúng với ngày tháng đi kèm.', en: 'A weekday must agree with the date next to it.' },
  docs: {
    vi: 'Ngày 23/7/2024 là thứ Ba; viết "thứ Hai, ngày 23/7/2024" là sai một trong hai và làm biên bản mất chính xác. Quy tắc kiểm tra thứ (thứ Hai … thứ Bảy, Chủ nhật, cả dạng "thứ 2") viết ngay trước ngày tháng, hoặc ngay sau ngày tháng ("ngày 05/7/2024, thứ Sáu", "ngày 23/7/2024 (thứ Ba)"), ở cả dạng số và dạng chữ.',
    en: '23/7/2024 was a Tuesday (thứ Ba); "thứ Hai, ngày 23/7/2024" has one of the two wrong. A weekday (thứ Hai … thứ Bảy, Chủ nhật, also "thứ 2") written right before a date, or right after it ("ngày 05/7/2024, thứ Sáu", "ngày 23/7/2024 (thứ Ba)"), is checked, in numeric and word forms.',
  },
  examples: {
    wrong: { body: 'Buổi làm việc diễn ra vào thứ Hai, ngày 23/7/2024 tại trụ sở Ủy ban nhân dân tỉnh.' },
    right: { body: 'Buổi làm việc diễn ra vào thứ Ba, ngày 23/7/2024 tại trụ sở Ủy ban nhân dân tỉnh.' },
  },
  messages: {
    mismatch: { vi: 'Ngày {date} là {expected}, không phải {weekday}.', en: '{date} was a {expected}, not {weekday}.' },
  },
  check(ctx) {
    for (const span of ctx.prose()) {
      if (!/thứ|chủ/iu.test(span.text)) continue;
      for (const d of findProseDates(span.text)) {
        if (d.yearDigits !== 4 || !isRealDate(d.year, d.month, d.day)) continue;
        let word: string | undefined;
        let start = 0;
        const head = span.text.slice(Math.max(0, d.start - 30), d.start);
        const b = BEFORE.exec(head);
        if (b) { word = b[1]; start = d.start - head.length + b.index; }
        else {
          const a = AFTER.exec(span.text.slice(d.end));
          // unbracketed and lower case, only where punctuation ends it ("…, thứ hai, …"), not "…, thứ hai mươi …"
          const w = a && (a[1] ?? (a[3] !== undefined || !LOWER_DAY.test(a[2]) ? a[2] : undefined));
          if (w) { word = w; start = d.end + a.index + a[0].indexOf(w); }
        }
        if (!word) continue;
        const iso = isoOf(d.year, d.month, d.day);
        const expected = weekdayVi(iso);
        if (dayIndex(word) === WEEKDAY_NAMES.indexOf(expected)) continue;
        // the word form's own "ngày" would read twice after the message's "Ngày"
        ctx.report({ messageId: 'mismatch', data: { date: d.raw.replace(/^ngày\s+/iu, ''), expected, weekday: word }, start: span.start + start, end: span.start + start + word.length });
      }
    }
  },
});
