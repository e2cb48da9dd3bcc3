// Every date in the prose is a real calendar date with a four-digit year.
import { defineRule } from './types.js';
import { findProseDates, isRealDate } from './util/dates.js';

export default defineRule({
  id: 'date-valid',
  severity: 'error',
  category: 'dates',
  description: { vi: 'Ngày tháng trong nội dung phải có thật và năm đủ 4 chữ số.', en: 'Dates in the text must be real calendar dates with a 4-digit year.' },
  docs: {
    vi: 'Một ngày sai (31/4, 29/02 năm không nhuận, năm "20216") làm biên bản mất giá trị làm chứng cứ. Quy tắc kiểm tra mọi ngày viết dạng 16/5/2016 hoặc "ngày 16 tháng 5 năm 2016" trong nội dung.',
    en: 'A wrong date (31/4, 29/02 in a common year, year "20216") undermines the minutes as evidence. Every date written as 16/5/2016 or "ngày 16 tháng 5 năm 2016" is checked.',
  },
  examples: {
    wrong: { body: 'Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/20216 của Thủ tướng Chính phủ.' },
    right: { body: 'Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.' },
  },
  messages: {
    year: { vi: 'Năm trong ngày "{date}" phải có đúng 4 chữ số.', en: 'The year in "{date}" must have exactly 4 digits.' },
    invalid: { vi: 'Ngày "{date}" không có thật trên lịch.', en: '"{date}" is not a real calendar date.' },
  },
  check(ctx) {
    for (const span of ctx.prose()) {
      for (const d of findProseDates(span.text)) {
        const at = { start: span.start + d.start, end: span.start + d.end, data: { date: d.raw } };
        if (d.yearDigits !== 4) ctx.report({ messageId: 'year', ...at });
        else if (!isRealDate(d.year, d.month, d.day)) ctx.report({ messageId: 'invalid', ...at });
      }
    }
  },
});
