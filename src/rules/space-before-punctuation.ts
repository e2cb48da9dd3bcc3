// No space before , . ; : ! ? (Decree 30 typography; the seed's "Nhất ,").
import { defineRule } from './types.js';
import { allMatches } from '../util/matches.js';

// spaces before punctuation that is followed by a space, an end or a closing mark; a run at a
// line start is indentation (checked by hand: a leading lookbehind makes V8 try every position)
const SPACE_BEFORE = /([ \t\u00a0]+)([,.;:!?])(?=\s|$|["”’)\]])/g;
const BLANK = /\s/;

export default defineRule({
  id: 'space-before-punctuation',
  severity: 'warn',
  category: 'text',
  fixable: true,
  description: { vi: 'Không có dấu cách trước dấu , . ; : ! ?', en: 'No space before , . ; : ! ?' },
  docs: {
    vi: 'Dấu câu viết liền sau chữ đứng trước và cách chữ đứng sau một dấu cách. Dấu cách thừa trước dấu phẩy làm dấu câu có thể bị đẩy xuống đầu dòng khi in.',
    en: 'Punctuation follows the previous word directly and is followed by one space. A space before a comma can push it to the start of a printed line.',
  },
  examples: {
    wrong: { body: 'Tham dự có đồng chí Nông Quang Nhất , Phó Chủ tịch HĐND tỉnh.' },
    right: { body: 'Tham dự có đồng chí Nông Quang Nhất, Phó Chủ tịch HĐND tỉnh.' },
  },
  messages: { space: { vi: 'Thừa dấu cách trước dấu "{mark}".', en: 'Extra space before "{mark}".' } },
  check(ctx) {
    for (const span of [...ctx.prose(), ...ctx.scalars()]) {
      for (const m of allMatches(SPACE_BEFORE, span.text)) {
        // at a span's start, look at the file: after "**Bộ**" or an escaped quote the space is extra too
        const before = m.index === 0 ? (ctx.note.text[span.start - 1] ?? '\n') : span.text[m.index! - 1];
        if (BLANK.test(before)) continue;
        const start = span.start + m.index!;
        const end = start + m[1].length;
        ctx.report({ messageId: 'space', data: { mark: m[2] }, start, end: end + 1, fix: { range: [start, end], text: '' } });
      }
    }
  },
});
