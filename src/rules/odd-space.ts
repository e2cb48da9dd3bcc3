// No-break/narrow/figure spaces and Unicode hyphens (U+2010, U+2011): they look like a space or
// "-" but make "16/CT‑TTg" a different string from "16/CT-TTg".
import { defineRule } from './types.js';
import { findOddSpaces } from '../text/index.js';
import { codeRanges, legacyRanges, overlaps } from './util/scope.js';

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const HYPHENS = new Set(['\u2010', '\u2011']);
const WS = /^[\s\u00a0\u202f\u2007]$/u;
const JOINER = /^[-/\u2010\u2011]$/;

/** is text[i] a "-" or "/" joining two parts of one token (a visible char beyond it)? */
function joins(text: string, i: number, dir: 1 | -1): boolean {
  const beyond = text[i + dir];
  return JOINER.test(text[i] ?? '') && beyond !== undefined && !WS.test(beyond);
}
// a space here would turn text into Markdown syntax (heading, list item, quote)
const MARKER_BEFORE = /^[ \t]*(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)$/;

export default defineRule({
  id: 'odd-space',
  severity: 'warn',
  category: 'text',
  fixable: true,
  description: {
    vi: 'Dùng dấu cách và dấu gạch nối thông thường, không dùng dấu cách không ngắt hay gạch nối Unicode.',
    en: 'Use plain spaces and hyphen-minus, not no-break spaces or Unicode hyphens.',
  },
  docs: {
    vi: 'Dấu cách không ngắt (U+00A0), dấu cách hẹp (U+202F), dấu cách chữ số (U+2007) và gạch nối Unicode (U+2010, U+2011) thường lẫn vào khi sao chép từ Word hoặc web. Trông giống dấu cách và dấu "-" nhưng làm số, ký hiệu văn bản như "16/CT-TTg" không khớp khi tìm kiếm và kiểm tra. --fix thay bằng dấu cách thường hoặc dấu "-".',
    en: 'No-break spaces (U+00A0), narrow no-break spaces (U+202F), figure spaces (U+2007) and Unicode hyphens (U+2010, U+2011) creep in when copying from Word or the web. They look like a space or "-" but make symbols such as "16/CT-TTg" fail to match in search and checks. --fix replaces them with a plain space or "-".',
  },
  examples: {
    wrong: { body: 'Thực hiện Chỉ thị số\u00a016/CT\u2011TTg của Thủ tướng Chính phủ.' },
    right: { body: 'Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.' },
  },
  messages: {
    space: { vi: 'Dấu cách đặc biệt {code} ({name}); dùng dấu cách thường.', en: 'Special space {code} ({name}); use a plain space.' },
    hyphen: { vi: 'Gạch nối Unicode {code} ({name}); dùng dấu "-".', en: 'Unicode hyphen {code} ({name}); use "-".' },
  },
  check(ctx) {
    const { note } = ctx;
    const text = note.text;
    const code = codeRanges(note);
    const legacy = legacyRanges(note);
    const fm = note.frontMatter;
    const scalars = fm ? ctx.scalars() : [];
    for (const h of findOddSpaces(text)) {
      if (overlaps(code, h.start, h.end) || overlaps(legacy, h.start, h.end)) continue;
      const hyphen = HYPHENS.has(h.char);
      const data = { code: hex(h.codePoint), name: h.name };
      const prev = text[h.start - 1];
      const next = text[h.end];
      let fix: string | undefined;
      if (hyphen) fix = '-';
      // next to other white space, or stuck to the "-" or "/" inside a symbol ("16/CT- TTg with U+00A0"), it is padding: drop it
      else if (prev === undefined || next === undefined || WS.test(prev) || WS.test(next) || joins(text, h.start - 1, -1) || joins(text, h.end, 1)) fix = '';
      else fix = ' ';
      if (fm && h.start < fm.bodyStart) {
        // in the front matter only inside a string value, and never where a space is YAML syntax
        const inValue = scalars.some((s) => h.start >= s.start && h.end <= s.start + s.text.length);
        if (!inValue || (!hyphen && (prev === ':' || next === '#'))) fix = undefined;
      } else if (!hyphen && MARKER_BEFORE.test(text.slice(text.lastIndexOf('\n', h.start - 1) + 1, h.start))) fix = undefined;
      ctx.report({ messageId: hyphen ? 'hyphen' : 'space', data, start: h.start, end: h.end, ...(fix !== undefined ? { fix: { range: [h.start, h.end], text: fix } } : {}) });
    }
  },
});
