// In a legal normative document's number the year is the year it was issued ("30/2020/NĐ-CP ngày 05/3/2020").
import { defineRule } from './types.js';
import { findCitedNumbers, normalizeSymbol, parseSymbol } from './util/doc-numbers.js';
import { findProseDates, isRealDate } from './util/dates.js';
import { nodeOffset } from './util/yaml.js';

const AFTER = /^,?\s+(ngày\s+)?/u;

export default defineRule({
  id: 'legal-number-year',
  severity: 'error',
  category: 'numbers',
  description: {
    vi: 'Năm trong số, ký hiệu văn bản quy phạm pháp luật phải trùng năm ban hành.',
    en: 'The year in a legal normative document\'s number must be the year it was issued.',
  },
  docs: {
    vi: 'Văn bản quy phạm pháp luật ghi năm ban hành trong số, ký hiệu: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020". Năm trong ký hiệu khác năm của ngày ban hành viết ngay sau (hoặc khác năm của basis[].date) là dấu hiệu gõ nhầm số hoặc ngày.',
    en: 'Legal normative documents carry their year in the number: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020". A year that differs from the date written right after it (or from basis[].date) means the number or the date is mistyped.',
  },
  examples: {
    wrong: { frontMatter: { basis: [{ number: '30/2020/NĐ-CP', type: 'Nghị định', date: '2020-03-05', issuer: 'Chính phủ' }] }, body: 'Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư.' },
    right: { frontMatter: { basis: [{ number: '30/2020/NĐ-CP', type: 'Nghị định', date: '2020-03-05', issuer: 'Chính phủ' }] }, body: 'Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.' },
  },
  messages: {
    prose: { vi: 'Năm {year} trong ký hiệu "{number}" khác năm của ngày ban hành {date}.', en: 'The year {year} in "{number}" differs from its date {date}.' },
    basis: { vi: 'Năm {year} trong ký hiệu "{number}" khác năm ban hành {dateYear} ở basis.', en: 'The year {year} in "{number}" differs from the basis date\'s year {dateYear}.' },
  },
  check(ctx) {
    for (const span of ctx.prose()) {
      for (const c of findCitedNumbers(span.text)) {
        const p = parseSymbol(c.symbol);
        if (p.family !== 'legal' || !p.year) continue;
        const after = span.text.slice(c.end, c.end + 60);
        const pre = AFTER.exec(after);
        if (!pre) continue;
        const at = [pre[0].length, pre[0].length - (pre[1]?.length ?? 0)];
        const d = findProseDates(after).find((x) => at.includes(x.start));
        if (!d || d.yearDigits !== 4 || !isRealDate(d.year, d.month, d.day) || d.year === p.year) continue;
        ctx.report({ messageId: 'prose', data: { year: p.year, number: c.raw, date: d.raw }, start: span.start + c.start, end: span.start + c.end });
      }
    }
    (ctx.note.data?.basis ?? []).forEach((b, i) => {
      const p = parseSymbol(normalizeSymbol(b.number));
      if (p.family !== 'legal' || !p.year || !b.date) return;
      const dateYear = Number(b.date.slice(0, 4));
      if (dateYear === p.year) return;
      const [start, end] = nodeOffset(ctx.note, ['basis', i, 'number']);
      ctx.report({ messageId: 'basis', data: { year: p.year, number: b.number, dateYear }, start, end });
    });
  },
});
