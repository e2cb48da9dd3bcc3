// One space between words. Indentation, Markdown hard breaks (two spaces at a line end) and code
// are not prose text, so they are never seen here.
import { defineRule } from './types.js';
import { textSpans } from './util/scope.js';
import { allMatches } from '../util/matches.js';

const RUN = / {2,}/g;
const WS = /\s/;

export default defineRule({
  id: 'doubled-space',
  severity: 'warn',
  category: 'text',
  fixable: true,
  description: { vi: 'Chỉ một dấu cách giữa hai từ.', en: 'One space between words.' },
  docs: {
    vi: 'Hai dấu cách liền nhau giữa các từ là lỗi gõ; khi căn đều hai bên, chỗ đó thành khoảng trống lớn. Thụt lề, ngắt dòng Markdown (hai dấu cách cuối dòng) và mã nguồn không bị kiểm tra. --fix thay bằng một dấu cách.',
    en: 'Two spaces in a row between words are a typing slip; in justified text they show as a wide gap. Indentation, Markdown hard breaks (two trailing spaces) and code are not checked. --fix leaves one space.',
  },
  examples: {
    wrong: { body: 'Đoàn công tác  tiếp thu kiến nghị của tỉnh.' },
    right: { body: 'Đoàn công tác tiếp thu kiến nghị của tỉnh.' },
  },
  messages: { doubled: { vi: 'Thừa dấu cách ({count} dấu cách liền nhau).', en: 'Extra spaces ({count} in a row).' } },
  check(ctx) {
    const text = ctx.note.text;
    for (const span of textSpans(ctx)) {
      for (const m of allMatches(RUN, span.text)) {
        const start = span.start + m.index!;
        const end = start + m[0].length;
        // only between two visible characters on one line
        if (start === 0 || end >= text.length || WS.test(text[start - 1]) || WS.test(text[end])) continue;
        // padding that aligns the cells of a pipe table is deliberate
        if (text[start - 1] === '|' || text[end] === '|') continue;
        ctx.report({ messageId: 'doubled', data: { count: m[0].length }, start, end, fix: { range: [start + 1, end], text: '' } });
      }
    }
  },
});
