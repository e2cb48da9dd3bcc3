// Invisible characters (soft hyphen, zero-width space/joiners, word joiner, a BOM inside the text)
// break search, sorting and symbol matching while looking like nothing.
import { defineRule } from './types.js';
import { convertLegacy, findInvisible, isVietnameseSyllable, type CharHit } from '../text/index.js';
import { codeRanges, legacyRanges, overlaps } from './util/scope.js';

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const PICTO = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;
const WORD_AROUND = /[\p{L}\p{M}\u00ad]/u;

/** the word around a soft hyphen and its TCVN3 reading, when that is a syllable ("M­êng" = Mường) */
function tcvn3Word(text: string, at: number): { word: string; decoded: string } | undefined {
  let s = at, e = at + 1;
  while (s > 0 && WORD_AROUND.test(text[s - 1])) s--;
  while (e < text.length && WORD_AROUND.test(text[e])) e++;
  if (s === at && e === at + 1) return undefined;
  const word = text.slice(s, e);
  const decoded = convertLegacy(word, 'tcvn3');
  return isVietnameseSyllable(decoded) ? { word, decoded } : undefined;
}

export default defineRule({
  id: 'invisible-character',
  severity: 'warn',
  category: 'encoding',
  fixable: true,
  description: {
    vi: 'Không có ký tự vô hình (gạch nối mềm, dấu cách độ rộng 0, ký tự nối, ký tự điều khiển, BOM giữa văn bản).',
    en: 'No invisible characters (soft hyphen, zero-width space or joiners, word joiner, control characters, BOM inside the text).',
  },
  docs: {
    vi: 'Văn bản sao chép từ web, Word hoặc PDF thường mang theo ký tự vô hình: gạch nối mềm (U+00AD), dấu cách độ rộng 0 (U+200B), ký tự nối (U+200C, U+200D, U+2060), BOM (U+FEFF) và ký tự điều khiển như ESC (U+001B) dán từ cửa sổ dòng lệnh. Chúng không hiện ra nhưng làm tìm kiếm "16/CT-TTg" thất bại và sai vị trí ngắt dòng. --fix xóa chúng (trừ gạch nối mềm có vẻ là chữ "ư" mã TCVN3, phải sửa bằng tay).',
    en: 'Text copied from the web, Word or PDF often carries invisible characters: soft hyphen (U+00AD), zero-width space (U+200B), joiners (U+200C, U+200D, U+2060), BOM (U+FEFF) and control characters such as ESC (U+001B) pasted from a terminal. They do not show but make a search for "16/CT-TTg" fail and break lines in odd places. --fix removes them (except a soft hyphen that looks like a TCVN3 "ư", which needs a manual fix).',
  },
  examples: {
    wrong: { body: 'Thực hiện Chỉ thị số 16/CT-\u200bTTg của Thủ\u00ad tướng Chính phủ.' },
    right: { body: 'Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.' },
  },
  messages: {
    invisible: { vi: 'Ký tự vô hình {code} ({name}).', en: 'Invisible character {code} ({name}).' },
    'tcvn3-u': {
      vi: 'Gạch nối mềm trong "{word}" có vẻ là chữ "ư" mã TCVN3 ("{decoded}"); hãy sửa bằng tay.',
      en: 'The soft hyphen in "{word}" looks like a TCVN3 "ư" ("{decoded}"); fix it by hand.',
    },
  },
  check(ctx) {
    const text = ctx.note.text;
    const hits: CharHit[] = findInvisible(text);
    // note.text has its BOM removed already: a BOM still at offset 0 is a second one
    if (text.startsWith('\ufeff')) hits.unshift({ start: 0, end: 1, char: '\ufeff', codePoint: 0xfeff, name: 'ZERO WIDTH NO-BREAK SPACE' });
    const code = codeRanges(ctx.note);
    const legacy = legacyRanges(ctx.note);
    for (const h of hits) {
      if (overlaps(code, h.start, h.end) || overlaps(legacy, h.start, h.end)) continue;
      // joiners inside emoji sequences are meaningful
      if ((h.char === '\u200d' || h.char === '\u200c') && (PICTO.test(text.slice(Math.max(0, h.start - 2), h.start)) || PICTO.test(text.slice(h.end, h.end + 2)))) continue;
      if (h.char === '\u00ad') {
        const legacyWord = tcvn3Word(text, h.start);
        if (legacyWord) {
          const data = { word: legacyWord.word.replace(/\u00ad/g, '-'), decoded: legacyWord.decoded };
          ctx.report({ messageId: 'tcvn3-u', data, start: h.start, end: h.end });
          continue;
        }
      }
      ctx.report({ messageId: 'invisible', data: { code: hex(h.codePoint), name: h.name }, start: h.start, end: h.end, fix: { range: [h.start, h.end], text: '' } });
    }
  },
});
