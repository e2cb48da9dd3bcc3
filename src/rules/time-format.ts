// Times in formal minutes are written "08 giờ 30 phút", not "8h30".
import { defineRule } from './types.js';
import { timeVi } from '../domain/dates.js';
import { allMatches } from '../util/matches.js';

// "8h30", "14h", "8h30'", "8g30"; not part of a word or a longer number
const INFORMAL = /(?<![\p{L}\d.,/])(\d{1,2})(?:h(\d{2})?|g(\d{2}))(?:ph|p|')?(?![\p{L}\d])/gu;

export default defineRule({
  id: 'time-format',
  severity: 'warn',
  category: 'dates',
  description: { vi: 'Giờ viết theo dạng "08 giờ 30 phút", không viết tắt "8h30".', en: 'Times are written "08 giờ 30 phút", not "8h30".' },
  docs: {
    vi: 'Mẫu 1.9 ghi thời gian bằng chữ "giờ", "phút" ("... giờ ..., ngày ... tháng ... năm ..."). Cách viết "8h30", "14h" là văn nói, không dùng trong văn bản hành chính.',
    en: 'Form 1.9 writes times with "giờ" and "phút" ("... giờ ..., ngày ... tháng ... năm ..."). "8h30" and "14h" are informal and not used in official documents.',
  },
  examples: {
    wrong: { body: 'Buổi làm việc bắt đầu lúc 8h30 tại hội trường tỉnh.' },
    right: { body: 'Buổi làm việc bắt đầu lúc 08 giờ 30 phút tại hội trường tỉnh.' },
  },
  messages: {
    informal: { vi: 'Viết giờ là "{expected}" thay cho "{time}".', en: 'Write the time as "{expected}" instead of "{time}".' },
  },
  check(ctx) {
    for (const span of ctx.prose()) {
      if (!/\d[hg]/u.test(span.text)) continue;
      for (const m of allMatches(INFORMAL, span.text)) {
        const h = Number(m[1]);
        const mm = m[2] ?? m[3];
        const min = mm === undefined ? undefined : Number(mm);
        if (h > 23 || (min !== undefined && min > 59)) continue;
        const expected = min === undefined ? `${String(h).padStart(2, '0')} giờ` : timeVi(`${h}:${min}`);
        ctx.report({ messageId: 'informal', data: { time: m[0], expected }, start: span.start + m.index!, end: span.start + m.index! + m[0].length });
      }
    }
  },
});
