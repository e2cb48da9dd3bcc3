// A document cited as a basis cannot be dated after the visit itself.
import { defineRule } from './types.js';
import { findProseDates, isRealDate, isoOf, viDate } from './util/dates.js';
import { nodeOffset } from './util/yaml.js';

// "số 16/CT-TTg ngày 16/5/2016", "số 121-KL/TW, ngày 24/01/2025"
const CITED = /số\s+\S+,?\s+$/u;

export default defineRule({
  id: 'cited-date-after-visit',
  severity: 'error',
  category: 'dates',
  needsData: true,
  description: { vi: 'Văn bản được dẫn không thể ban hành sau ngày làm việc.', en: 'A cited document cannot be dated after the visit.' },
  docs: {
    vi: 'Văn bản căn cứ (trường basis) và văn bản dẫn trong nội dung ("số ... ngày ...") phải có ngày ban hành không muộn hơn ngày làm việc; ngày muộn hơn thường là gõ nhầm năm.',
    en: 'Documents in `basis` and cited in the text ("số ... ngày ...") must be dated on or before the visit; a later date is usually a mistyped year.',
  },
  examples: {
    wrong: { body: 'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/8/2025 của Ủy ban nhân dân tỉnh.' },
    right: { body: 'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh.' },
  },
  messages: {
    basis: { vi: 'Văn bản {number} ngày {cited} ban hành sau ngày làm việc {visit}.', en: 'Document {number} dated {cited} is after the visit on {visit}.' },
    prose: { vi: 'Văn bản được dẫn ngày {cited} ban hành sau ngày làm việc {visit}.', en: 'The cited document dated {cited} is after the visit on {visit}.' },
  },
  check(ctx) {
    const data = ctx.note.data!;
    const visit = data.date;
    (data.basis ?? []).forEach((b, i) => {
      if (b.date && b.date > visit) {
        const [start, end] = nodeOffset(ctx.note, ['basis', i, 'date']);
        ctx.report({ messageId: 'basis', data: { number: b.number, cited: viDate(b.date), visit: viDate(visit) }, start, end });
      }
    });
    for (const span of ctx.prose()) {
      for (const d of findProseDates(span.text)) {
        if (d.yearDigits !== 4 || !isRealDate(d.year, d.month, d.day)) continue;
        const before = span.text.slice(Math.max(0, d.start - 60), d.start).replace(/ngày\s*$/u, '');
        if (!CITED.test(before)) continue;
        const iso = isoOf(d.year, d.month, d.day);
        if (iso > visit) ctx.report({ messageId: 'prose', data: { cited: d.raw, visit: viDate(visit) }, start: span.start + d.start, end: span.start + d.end });
      }
    }
  },
});
