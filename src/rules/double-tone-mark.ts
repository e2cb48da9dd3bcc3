// A syllable carries at most one tone mark: "LỦẬN" is corrupted text, never a spelling choice.
import { defineRule } from './types.js';
import { findDoubleTones } from '../text/index.js';
import { textSpans } from './util/scope.js';

export default defineRule({
  id: 'double-tone-mark',
  severity: 'error',
  category: 'text',
  description: { vi: 'Mỗi âm tiết chỉ có một dấu thanh.', en: 'A syllable has at most one tone mark.' },
  docs: {
    vi: 'Hai dấu thanh trong một âm tiết (ví dụ "KẾT LỦẬN") là do gõ sai bộ gõ hoặc chuyển mã hỏng, không phải cách viết. Không sửa tự động được vì không biết dấu nào đúng: hãy gõ lại từ đó.',
    en: 'Two tone marks in one syllable (e.g. "KẾT LỦẬN") come from a misbehaving input method or a broken conversion; they are never a spelling. It cannot be fixed automatically because the right mark is unknown: retype the word.',
  },
  examples: {
    wrong: { body: 'Đoàn thống nhất nội dung kết lủận như trên.' },
    right: { body: 'Đoàn thống nhất nội dung kết luận như trên.' },
  },
  messages: { double: { vi: 'Từ "{word}" có hai dấu thanh; hãy gõ lại.', en: 'The word "{word}" carries two tone marks; retype it.' } },
  check(ctx) {
    for (const span of textSpans(ctx)) {
      for (const d of findDoubleTones(span.text)) {
        ctx.report({ messageId: 'double', data: { word: d.word }, start: span.start + d.start, end: span.start + d.end });
      }
    }
  },
});
