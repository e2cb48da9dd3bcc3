// Document symbols follow one of the known families; anything else is worth a second look.
import { defineRule, type RuleContext } from './types.js';
import { findCitedNumbers, frontMatterNumbers, normalizeSymbol, parseSymbol } from './util/doc-numbers.js';

function checkForm(ctx: RuleContext, raw: string, start: number, end: number) {
  const p = parseSymbol(normalizeSymbol(raw));
  if (p.family === 'unknown') ctx.report({ messageId: 'unknown', data: { number: raw }, start, end });
  else if (p.unknownType) ctx.report({ messageId: 'unknown-type', data: { number: raw }, start, end });
}

export default defineRule({
  id: 'document-number-form',
  severity: 'warn',
  category: 'numbers',
  description: {
    vi: 'Số, ký hiệu văn bản nên theo một trong các dạng đã biết (văn bản hành chính, công văn, văn bản quy phạm pháp luật, văn bản của Đảng).',
    en: 'Document symbols should follow a known form (administrative, official letter, legal normative, Party).',
  },
  docs: {
    vi: 'Các dạng hợp lệ: văn bản hành chính "16/CT-TTg", công văn "05/BNV-VP", văn bản quy phạm pháp luật "30/2020/NĐ-CP", văn bản của Đảng "79-CTr/BDVTW-BCSĐCP". Ký hiệu khác dạng (thiếu gạch nối như "1961/QĐUBND", chữ viết tắt tên loại không có trong Phụ lục III hay Hướng dẫn 36) chỉ là cảnh báo: hãy đối chiếu với bản gốc. Quy tắc xem số văn bản sau chữ "số" trong nội dung và các trường number, notice.number, basis[].number.',
    en: 'Known forms: administrative "16/CT-TTg", official letter "05/BNV-VP", legal normative "30/2020/NĐ-CP", Party "79-CTr/BDVTW-BCSĐCP". Other forms (a lost hyphen as in "1961/QĐUBND", a type abbreviation not in Appendix III or HD 36) are only warnings: check against the original. Numbers after "số" in the text and the fields number, notice.number and basis[].number are looked at.',
  },
  examples: {
    wrong: { body: 'Thực hiện Quyết định số 1961/QĐUBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh.' },
    right: { frontMatter: { basis: [{ number: '1961/QĐ-UBND', type: 'Quyết định', date: '2024-03-05', issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn' }] }, body: 'Thực hiện Quyết định số 1961/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh.' },
  },
  messages: {
    unknown: { vi: 'Ký hiệu "{number}" không theo dạng số, ký hiệu đã biết; kiểm tra lại với bản gốc.', en: 'The symbol "{number}" does not follow a known form; check it against the original.' },
    'unknown-type': {
      vi: 'Ký hiệu "{number}" có chữ viết tắt tên loại hoặc cơ quan ban hành không rõ; kiểm tra lại với bản gốc.',
      en: 'The symbol "{number}" has an unknown type or issuer abbreviation; check it against the original.',
    },
  },
  check(ctx) {
    for (const span of ctx.prose()) {
      for (const c of findCitedNumbers(span.text)) checkForm(ctx, c.raw, span.start + c.start, span.start + c.end);
    }
    for (const n of frontMatterNumbers(ctx.note)) checkForm(ctx, n.raw, n.start, n.end);
  },
});
