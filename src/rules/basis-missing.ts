// A document cited in the text is listed in `basis`, so the minutes and the notice can cite it in full.
import { defineRule } from './types.js';
import { findCitedNumbers, normalizeSymbol } from './util/doc-numbers.js';

export default defineRule({
  id: 'basis-missing',
  severity: 'warn',
  category: 'content',
  needsData: true,
  description: { vi: 'Văn bản được dẫn trong nội dung nên có trong danh sách văn bản căn cứ (basis).', en: 'A document cited in the text should be listed in `basis`.' },
  docs: {
    vi: 'Văn bản dẫn lần đầu phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu (Nghị định 30, Phụ lục I, mục II.6). Khai báo văn bản trong trường basis giúp kiểm tra ngày, năm và tên loại, và in đúng phần căn cứ của thông báo kết luận.',
    en: 'The first citation of a document gives its type, number, date, issuer and subject (Decree 30, Appendix I, II.6). Listing it in `basis` lets the dates, the year and the type be checked and the notice cite it in full.',
  },
  examples: {
    wrong: { body: 'Tỉnh đã triển khai Kế hoạch số 45/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh.' },
    right: { body: 'Tỉnh đã triển khai Kế hoạch số 12/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh.' },
  },
  messages: {
    missing: { vi: 'Văn bản "{number}" được dẫn nhưng không có trong basis.', en: 'Document "{number}" is cited but not listed in `basis`.' },
  },
  check(ctx) {
    const d = ctx.note.data!;
    // case differences are document-number's business, not a missing entry
    const key = (n: string) => normalizeSymbol(n).toLowerCase();
    const known = new Set((d.basis ?? []).map((b) => key(b.number)));
    // the minutes' and the notice's own numbers are not citations
    if (d.number) known.add(key(d.number));
    if (d.notice?.number) known.add(key(d.notice.number));
    const seen = new Set<string>();
    for (const span of ctx.prose()) {
      for (const c of findCitedNumbers(span.text)) {
        const k = c.symbol.toLowerCase();
        if (known.has(k) || seen.has(k)) continue;
        seen.add(k);
        ctx.report({ messageId: 'missing', data: { number: c.raw }, start: span.start + c.start, end: span.start + c.end });
      }
    }
  },
});
