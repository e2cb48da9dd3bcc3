// The Tiêu ngữ is exactly "Độc lập - Tự do - Hạnh phúc" (hyphen-minus with spaces) and the
// Quốc hiệu is spelled "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (the decree itself also writes HOÀ).
import { defineRule } from './types.js';
import { foldKeepOffsets } from '../text/fold.js';
import { textSpans } from './util/scope.js';
import { allMatches } from '../util/matches.js';

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const NATION_FORMS = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'];
const S = '[ \\t\\u00a0\\u202f]';
const SEP = `(?:${S}*[-–—‐‑−]{1,2}${S}*|${S}+)`;
const EDGE_L = '(?<![\\p{L}\\p{N}\\p{M}])';
const EDGE_R = '(?![\\p{L}\\p{N}\\p{M}])';
const MOTTO_RE = new RegExp(`${EDGE_L}doc${S}+lap${SEP}tu${S}+do${SEP}hanh${S}+phuc${EDGE_R}`, 'gu');
// cheap test before folding: both phrases end in a word folding to "phuc" or "nam"
const MAYBE = /ph[uúùủũụ]c|n[aàáảãạ]m(?![\p{L}])/iu;
const NATION_RE = new RegExp(`${EDGE_L}cong${S}+hoa${S}+xa${S}+hoi${S}+chu${S}+nghia${S}+viet${S}+nam${EDGE_R}`, 'gu');


export default defineRule({
  id: 'motto-format',
  severity: 'error',
  category: 'text',
  fixable: true,
  description: {
    vi: 'Tiêu ngữ viết đúng "Độc lập - Tự do - Hạnh phúc"; Quốc hiệu viết đúng chính tả.',
    en: 'The motto reads exactly "Độc lập - Tự do - Hạnh phúc"; the national name is spelled right.',
  },
  docs: {
    vi: 'Theo Nghị định 30/2020/NĐ-CP, giữa các cụm từ của Tiêu ngữ là gạch nối (-) có cách chữ, không dùng gạch ngang dài (–, —) và không viết dính "Độc lập -Tự do- Hạnh phúc". Quốc hiệu là "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (chấp nhận cả "CỘNG HOÀ"). --fix sửa Tiêu ngữ; Quốc hiệu sai chính tả phải sửa bằng tay.',
    en: 'Under Decree 30/2020/NĐ-CP the phrases of the motto are separated by a hyphen with spaces, not an en or em dash (–, —), and not "Độc lập -Tự do- Hạnh phúc". The national name is "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ("CỘNG HOÀ" is accepted too). --fix repairs the motto; a misspelled national name needs a manual fix.',
  },
  examples: {
    wrong: { body: 'Văn bản mẫu ghi Tiêu ngữ: Độc lập – Tự do – Hạnh phúc.' },
    right: { body: 'Văn bản mẫu ghi Tiêu ngữ: Độc lập - Tự do - Hạnh phúc.' },
  },
  messages: {
    motto: { vi: 'Tiêu ngữ viết sai: "{found}"; đúng là "{expected}".', en: 'Wrong motto: "{found}"; it is "{expected}".' },
    nation: { vi: 'Quốc hiệu sai chính tả: "{found}"; đúng là "{expected}".', en: 'Misspelled national name: "{found}"; it is "{expected}".' },
  },
  check(ctx) {
    for (const span of textSpans(ctx)) {
      // the note is NFC; only a YAML escape (\u0301) can still give NFD here
      if (!MAYBE.test(span.text) || span.text !== span.text.normalize('NFC')) continue;
      const folded = foldKeepOffsets(span.text);
      for (const m of allMatches(MOTTO_RE, folded)) {
        const found = span.text.slice(m.index!, m.index! + m[0].length);
        if (found === MOTTO) continue;
        const start = span.start + m.index!;
        const end = start + found.length;
        ctx.report({ messageId: 'motto', data: { found, expected: MOTTO }, start, end, fix: { range: [start, end], text: MOTTO } });
      }
      for (const m of allMatches(NATION_RE, folded)) {
        const found = span.text.slice(m.index!, m.index! + m[0].length);
        const key = found.replace(/[ \t\u00a0\u202f]+/g, ' ').toUpperCase();
        if (NATION_FORMS.includes(key)) continue;
        const start = span.start + m.index!;
        ctx.report({ messageId: 'nation', data: { found, expected: NATION_FORMS[0] }, start, end: start + found.length });
      }
    }
  },
});
