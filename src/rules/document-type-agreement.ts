// The type word in front of "số" names the same kind of document as the abbreviation in the symbol.
import { defineRule } from './types.js';
import { findCitedNumbers, normalizeSymbol, parseSymbol, sameWord, typeWordBefore, typeWordOf } from './util/doc-numbers.js';
import { nodeOffset } from './util/yaml.js';

export default defineRule({
  id: 'document-type-agreement',
  severity: 'error',
  category: 'numbers',
  description: {
    vi: 'Tên loại văn bản đứng trước "số" phải khớp với chữ viết tắt trong ký hiệu.',
    en: 'The document type written before "số" must match the abbreviation in the symbol.',
  },
  docs: {
    vi: 'Khi dẫn văn bản, tên loại và ký hiệu phải cùng một loại: "Chỉ thị số 16/CT-TTg" (CT = Chỉ thị), "Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP" (CTr = Chương trình). Viết "Quyết định số 16/CT-TTg" là dẫn sai văn bản. Tên loại có thể có thêm từ bổ nghĩa ("phối hợp", "hành động", "liên tịch"). Trường basis[].type cũng được đối chiếu với basis[].number.',
    en: 'A citation\'s type word and symbol must name the same kind of document: "Chỉ thị số 16/CT-TTg" (CT = Chỉ thị), "Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP" (CTr = Chương trình). "Quyết định số 16/CT-TTg" cites the wrong document. Qualifiers after the type word ("phối hợp", "hành động", "liên tịch") are allowed. basis[].type is checked against basis[].number too.',
  },
  examples: {
    wrong: { body: 'Đoàn kiểm tra việc thực hiện Quyết định số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.' },
    right: { body: 'Đoàn kiểm tra việc thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.' },
  },
  messages: {
    prose: {
      vi: '"{word}" không khớp với ký hiệu "{number}" (là {expected}).',
      en: '"{word}" does not match the symbol "{number}" (a {expected}).',
    },
    basis: {
      vi: 'Tên loại "{word}" không khớp với ký hiệu "{number}" (là {expected}).',
      en: 'The type "{word}" does not match the symbol "{number}" (a {expected}).',
    },
  },
  check(ctx) {
    for (const span of ctx.prose()) {
      for (const c of findCitedNumbers(span.text)) {
        const expected = parseSymbol(c.symbol).typeWord;
        if (!expected) continue;
        const found = typeWordBefore(span.text.slice(Math.max(0, c.so - 80), c.so));
        if (!found || sameWord(found.word, expected)) continue;
        const start = span.start + Math.max(0, c.so - 80) + found.start;
        ctx.report({ messageId: 'prose', data: { word: found.word, number: c.raw, expected }, start, end: span.start + c.end });
      }
    }
    (ctx.note.data?.basis ?? []).forEach((b, i) => {
      if (!b.type) return;
      const expected = parseSymbol(normalizeSymbol(b.number)).typeWord;
      const word = typeWordOf(b.type);
      if (!expected || !word || sameWord(word, expected)) return;
      const [start, end] = nodeOffset(ctx.note, ['basis', i, 'type']);
      ctx.report({ messageId: 'basis', data: { word: b.type, number: b.number, expected }, start, end });
    });
  },
});
