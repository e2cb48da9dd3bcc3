// Document symbols (số, ký hiệu) have no spaces or en dashes inside and use the official case of each abbreviation.
import { defineRule, type RuleContext } from './types.js';
import { findCitedNumbers, hasBadSeparators, frontMatterNumbers, normalizeSymbol, parseSymbol } from './util/doc-numbers.js';

function checkSymbol(ctx: RuleContext, raw: string, start: number, end: number) {
  const symbol = normalizeSymbol(raw);
  const p = parseSymbol(symbol);
  if (hasBadSeparators(raw)) {
    const fixes: [string, string][] = [...(p.typeCase ? [[p.type!, p.typeCase] as [string, string]] : []), ...p.issuerCase];
    const expected = symbol.split(/([/-])/).map((g) => fixes.find(([w]) => w === g)?.[1] ?? g).join('');
    ctx.report({ messageId: 'separator', data: { number: raw, expected }, start, end });
  }
  if (p.typeCase) ctx.report({ messageId: 'case', data: { number: raw, found: p.type!, expected: p.typeCase }, start, end });
  for (const [found, expected] of p.issuerCase) ctx.report({ messageId: 'case', data: { number: raw, found, expected }, start, end });
}

export default defineRule({
  id: 'document-number',
  severity: 'error',
  category: 'numbers',
  description: {
    vi: 'Số, ký hiệu văn bản không có dấu cách hay gạch ngang dài bên trong và viết đúng chữ hoa, chữ thường của chữ viết tắt.',
    en: 'Document symbols have no spaces or en dashes inside and spell abbreviations in their official case.',
  },
  docs: {
    vi: 'Theo Nghị định 30 (Phụ lục I, mục II.3) và Hướng dẫn 36-HD/VPTW, ký hiệu văn bản dùng "/" sau số và "-" giữa các nhóm chữ, không có dấu cách: "16/CT-TTg", "30/2020/NĐ-CP", "79-CTr/BDVTW-BCSĐCP". Các chữ viết tắt có chữ thường là chính thức (CTr, TTr, QyĐ, TrS, TTg, QĐi); viết "Ctr", "CTR", "QYĐ", "Ttg" là sai. Quy tắc kiểm tra số văn bản sau chữ "số" trong nội dung, số của chính biên bản (number, in "Số: 05/BB-ĐCT"), số thông báo (notice.number) và basis[].number.',
    en: 'Decree 30 (Appendix I, II.3) and Party guidance HD 36 write symbols with "/" after the number and "-" between letter groups, with no spaces: "16/CT-TTg", "30/2020/NĐ-CP", "79-CTr/BDVTW-BCSĐCP". Mixed-case abbreviations are official (CTr, TTr, QyĐ, TrS, TTg, QĐi); "Ctr", "CTR", "QYĐ", "Ttg" are wrong. Numbers after the word "số" in the text are checked, and so are the minutes\' own number (number, printed "Số: 05/BB-ĐCT"), notice.number and basis[].number.',
  },
  examples: {
    wrong: { frontMatter: { basis: [{ number: '79-CTr/BDVTW-BCSĐCP', type: 'Chương trình phối hợp', date: '2016-10-11', issuer: 'Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ' }] }, body: 'Đoàn kiểm tra việc thực hiện Chương trình phối hợp số 79-Ctr/BDVTW – BCSĐCP ngày 11/10/2016.' },
    right: { frontMatter: { basis: [{ number: '79-CTr/BDVTW-BCSĐCP', type: 'Chương trình phối hợp', date: '2016-10-11', issuer: 'Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ' }] }, body: 'Đoàn kiểm tra việc thực hiện Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP ngày 11/10/2016.' },
  },
  messages: {
    separator: {
      vi: 'Ký hiệu "{number}" có dấu cách hoặc gạch ngang dài bên trong; viết liền "{expected}".',
      en: 'The symbol "{number}" has a space or an en dash inside; write "{expected}".',
    },
    case: {
      vi: 'Trong ký hiệu "{number}", chữ viết tắt "{found}" phải viết là "{expected}".',
      en: 'In the symbol "{number}", the abbreviation "{found}" must be written "{expected}".',
    },
  },
  check(ctx) {
    for (const span of ctx.prose()) {
      for (const c of findCitedNumbers(span.text)) checkSymbol(ctx, c.raw, span.start + c.start, span.start + c.end);
    }
    for (const n of frontMatterNumbers(ctx.note)) checkSymbol(ctx, n.raw, n.start, n.end);
  },
});
