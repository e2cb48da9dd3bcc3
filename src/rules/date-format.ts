// Dates in the text follow Decree 30's padding (months 3–12 without a leading zero) and have a plausible year.
import { defineRule } from './types.js';
import { findProseDates, isRealDate } from './util/dates.js';
import { allMatches } from '../util/matches.js';

// "tháng 06", "tháng 06/2024", "ngày 05 tháng 06 năm 2024"
const WORD_MONTH = /(?<![\p{L}])tháng\s+(0[3-9])(?!\d)/giu;
const FIRST_YEAR = 1945;

export default defineRule({
  id: 'date-format',
  severity: 'warn',
  category: 'dates',
  fixable: true,
  description: {
    vi: 'Tháng từ 3 đến 12 không viết số 0 ở trước; năm phải hợp lý (từ 1945 đến năm sau năm làm việc).',
    en: 'Months 3 to 12 take no leading zero; the year must be plausible (1945 to the year after the visit).',
  },
  docs: {
    vi: 'Nghị định 30 (Phụ lục I, mục II.4) chỉ thêm số 0 trước ngày nhỏ hơn 10 và tháng 1, 2: "ngày 05 tháng 3 năm 2024", "14/02/2008". Viết "tháng 06" hay "05/06/2024" là sai. Trong nội dung, dạng không thêm số 0 ("16/5/2016", "5/3/2024") cũng được chấp nhận. Năm trước 1945 hoặc sau năm làm việc hơn một năm thường là gõ nhầm.',
    en: 'Decree 30 (Appendix I, II.4) pads only days below 10 and months 1 and 2: "ngày 05 tháng 3 năm 2024", "14/02/2008". "tháng 06" or "05/06/2024" is wrong. Unpadded forms ("16/5/2016", "5/3/2024") are accepted in the text. A year before 1945, or more than a year after the visit, is usually a typo.',
  },
  examples: {
    wrong: { body: 'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/03/2024 của Ủy ban nhân dân tỉnh.' },
    right: { body: 'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh.' },
  },
  messages: {
    'padded-month': { vi: 'Tháng {month} không viết số 0 ở trước ("{date}").', en: 'Month {month} takes no leading zero ("{date}").' },
    'year-early': { vi: 'Năm {year} trong "{date}" trước năm 1945; kiểm tra lại.', en: 'The year {year} in "{date}" is before 1945; check it.' },
    'year-late': { vi: 'Năm {year} trong "{date}" sau năm làm việc {visit} hơn một năm; kiểm tra lại.', en: 'The year {year} in "{date}" is more than a year after the visit ({visit}); check it.' },
  },
  check(ctx) {
    const visitYear = ctx.note.data ? Number(ctx.note.data.date.slice(0, 4)) : undefined;
    for (const span of ctx.prose()) {
      if (!/\d/.test(span.text)) continue;
      for (const d of findProseDates(span.text)) {
        if (d.yearDigits !== 4 || !isRealDate(d.year, d.month, d.day)) continue;
        const at = { start: span.start + d.start, end: span.start + d.end };
        // numeric form: the month is the middle group
        const num = /^(\d{1,2})([/.-])(\d{1,2})\2/u.exec(d.raw);
        if (num && /^0[3-9]$/.test(num[3])) {
          const zero = at.start + num[1].length + 1;
          ctx.report({ messageId: 'padded-month', data: { month: d.month, date: d.raw }, ...at, fix: { range: [zero, zero + 1], text: '' } });
        }
        if (d.year < FIRST_YEAR) ctx.report({ messageId: 'year-early', data: { year: d.year, date: d.raw }, ...at });
        else if (visitYear !== undefined && d.year > visitYear + 1) ctx.report({ messageId: 'year-late', data: { year: d.year, date: d.raw, visit: visitYear }, ...at });
      }
      for (const m of allMatches(WORD_MONTH, span.text)) {
        const zero = span.start + m.index! + m[0].length - 2;
        ctx.report({ messageId: 'padded-month', data: { month: Number(m[1]), date: m[0] }, start: span.start + m.index!, end: span.start + m.index! + m[0].length, fix: { range: [zero, zero + 1], text: '' } });
      }
    }
  },
});
