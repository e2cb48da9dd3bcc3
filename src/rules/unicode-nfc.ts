// Text is in Unicode NFC (precomposed), as TCVN 6909:2001 and every search tool expect.
import { defineRule } from './types.js';
import { allMatches } from '../util/matches.js';

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

export default defineRule({
  id: 'unicode-nfc',
  severity: 'warn',
  category: 'encoding',
  fixable: true,
  description: { vi: 'Văn bản phải ở dạng Unicode dựng sẵn (NFC).', en: 'Text must be Unicode NFC (precomposed).' },
  docs: {
    vi: 'Chữ Việt gõ bằng "Unicode tổ hợp" hoặc sao chép từ macOS/PDF có dấu tách rời chữ cái (NFD). Trông giống nhau nhưng tìm kiếm, sắp xếp và kiểm tra số hiệu văn bản sẽ sai. Sửa tự động bằng --fix.',
    en: 'Text typed as "composed Unicode" or copied from macOS/PDF carries separate combining marks (NFD). It looks the same but breaks search, sorting and symbol checks. Fixed by --fix.',
  },
  examples: {
    wrong: { body: 'Đoàn làm việc với Ủy ban nhân dân tỉnh Bắc Ka\u0323n.' },
    right: { body: 'Đoàn làm việc với Ủy ban nhân dân tỉnh Bắc Kạn.' },
  },
  messages: { nfd: { vi: 'Từ "{word}" không ở dạng Unicode dựng sẵn (NFC).', en: 'The word "{word}" is not in Unicode NFC.' } },
  check(ctx) {
    // the note's text is NFC already (every rule reads it so); the file's own text is in `source`
    const segments = ctx.note.source?.nfc.segments;
    if (!segments) return;
    let k = 0;
    for (const m of allMatches(WORD, ctx.note.text)) {
      const start = m.index;
      const end = start + m[0].length;
      while (k < segments.length && segments[k].end <= start) k++;
      if (k === segments.length) break;
      if (segments[k].start >= end) continue;
      // the range maps back to the word as the file has it; the fix puts in its NFC form
      ctx.report({ messageId: 'nfd', data: { word: m[0] }, start, end, fix: { range: [start, end], text: m[0] } });
    }
  },
});
