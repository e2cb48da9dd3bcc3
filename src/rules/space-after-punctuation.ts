// One space after , ; : before the next word, and none inside brackets: "Nhất,Phó" and "( x )".
// Numbers (1,5), times (08:00), ratios (1:2), URLs and e-mail addresses are left alone.
import { defineRule } from './types.js';
import { textSpans } from './util/scope.js';
import { allMatches } from '../util/matches.js';
import { addressRanges, inAddress } from '../text/index.js';

// punctuation glued to a following letter, after a word or closing mark (and maybe a stray space: "Nhất ,Ủy")
// (the char before is checked by hand: a leading lookbehind would run at every position)
const GLUED = /([,;:])(?=\p{L})/gu;
const GLUED_PREV = /[\p{L}\p{N}\p{M})\]”’]/u;
const AFTER_OPEN = /\(([ \t]+)(?=[^\s)])/g;
const BEFORE_CLOSE = /([ \t]+)\)/g;

/** the first char before `i` that is not a space or tab */
function prevVisible(s: string, i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && (s[k] === ' ' || s[k] === '\t')) k--;
  return k >= 0 ? s[k] : undefined;
}

export default defineRule({
  id: 'space-after-punctuation',
  severity: 'warn',
  category: 'text',
  fixable: true,
  description: {
    vi: 'Có một dấu cách sau dấu , ; : và không có dấu cách ngay trong dấu ngoặc đơn.',
    en: 'One space after , ; : and no space just inside parentheses.',
  },
  docs: {
    vi: 'Dấu phẩy, chấm phẩy, hai chấm viết liền chữ đứng trước và cách chữ đứng sau một dấu cách ("Nhất, Phó Chủ tịch"); dấu ngoặc đơn ôm sát nội dung ("(để báo cáo)"). Số thập phân (1,5), giờ (08:00), tỷ lệ (1:2), địa chỉ web và thư điện tử không bị kiểm tra. --fix thêm hoặc bỏ dấu cách.',
    en: 'Commas, semicolons and colons follow the previous word and are followed by one space ("Nhất, Phó Chủ tịch"); parentheses hug their content ("(để báo cáo)"). Decimals (1,5), times (08:00), ratios (1:2), web and e-mail addresses are not checked. --fix adds or removes the space.',
  },
  examples: {
    wrong: { body: 'Tham dự có đồng chí Nông Quang Nhất,Phó Chủ tịch HĐND tỉnh ( thay mặt Thường trực HĐND tỉnh ).' },
    right: { body: 'Tham dự có đồng chí Nông Quang Nhất, Phó Chủ tịch HĐND tỉnh (thay mặt Thường trực HĐND tỉnh).' },
  },
  messages: {
    after: { vi: 'Thiếu dấu cách sau dấu "{mark}".', en: 'Missing space after "{mark}".' },
    'paren-open': { vi: 'Thừa dấu cách sau dấu "(".', en: 'Extra space after "(".' },
    'paren-close': { vi: 'Thừa dấu cách trước dấu ")".', en: 'Extra space before ")".' },
  },
  check(ctx) {
    const bodyStart = ctx.note.frontMatter?.bodyStart ?? 0;
    for (const span of textSpans(ctx)) {
      const s = span.text;
      const glued = allMatches(GLUED, s);
      // in an address , ; : are syntax, not punctuation
      const addresses = glued.length ? addressRanges(s) : [];
      for (const m of glued) {
        const prev = prevVisible(s, m.index!);
        if (prev === undefined || !GLUED_PREV.test(prev)) continue;
        if (inAddress(addresses, m.index!, m.index! + 1)) continue;
        const at = span.start + m.index! + 1;
        // in a plain YAML value, ": " would start a mapping: that one is left to the author
        const yamlColon = m[1] === ':' && at < bodyStart;
        ctx.report({ messageId: 'after', data: { mark: m[1] }, start: at - 1, end: at, ...(yamlColon ? {} : { fix: { range: [at, at], text: ' ' } }) });
      }
      for (const m of allMatches(AFTER_OPEN, s)) {
        const start = span.start + m.index! + 1;
        ctx.report({ messageId: 'paren-open', start: start - 1, end: start + m[1].length, fix: { range: [start, start + m[1].length], text: '' } });
      }
      for (const m of allMatches(BEFORE_CLOSE, s)) {
        const before = s[m.index! - 1];
        if (before === undefined || /\s/.test(before) || before === '(') continue;
        const start = span.start + m.index!;
        ctx.report({ messageId: 'paren-close', start, end: start + m[1].length + 1, fix: { range: [start, start + m[1].length], text: '' } });
      }
    }
  },
});
