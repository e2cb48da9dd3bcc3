// The closing sentence of the biên bản states the end time and the number of copies (Mẫu 1.9);
// without `end` or `copies` it would print "… giờ … phút" and "… bản" for the writer to fill by hand.
import { defineRule } from './types.js';

const FIELDS = [
  { key: 'end', messageId: 'end' },
  { key: 'copies', messageId: 'copies' },
] as const;

export default defineRule({
  id: 'closing-facts',
  severity: 'warn',
  category: 'structure',
  printed: true,
  needsData: true,
  description: {
    vi: 'Có giờ kết thúc (end) và số bản (copies) cho câu kết thúc biên bản.',
    en: 'The end time (end) and the number of copies (copies) are given for the closing sentence.',
  },
  docs: {
    vi: 'Biên bản (Mẫu 1.9) kết thúc bằng câu "Buổi làm việc kết thúc vào 11 giờ 30 phút cùng ngày. … được lập thành 04 bản có giá trị như nhau./.", lấy từ hai trường end và copies. Thiếu trường nào thì chỗ đó in "…" ("kết thúc vào … giờ … phút", "lập thành … bản") và phải viết tay sau khi in. Không phải lỗi, vì có khi ghi chép được viết trước khi buổi làm việc kết thúc; hãy điền trước khi in để ký. Cảnh báo chỉ ra dòng "# end:" hay "# copies:" còn để dạng chú thích (như bienban new ghi), nếu có.',
    en: 'The biên bản (Mẫu 1.9) ends with "Buổi làm việc kết thúc vào 11 giờ 30 phút cùng ngày. … được lập thành 04 bản có giá trị như nhau./.", from the fields end and copies. A missing one prints "…" there ("kết thúc vào … giờ … phút", "lập thành … bản"), to be written in by hand after printing. It is not an error, since a note may be written before the session ends; fill them in before printing for signature. The warning points at the "# end:" or "# copies:" line still commented out (as bienban new writes it), if there is one.',
  },
  examples: {
    wrong: { frontMatter: { end: null, copies: null } },
    right: { frontMatter: { end: '11:30', copies: 4 } },
  },
  messages: {
    end: {
      vi: 'Chưa có giờ kết thúc (trường "end"): câu kết thúc biên bản sẽ in "kết thúc vào … giờ … phút".',
      en: 'No end time (field "end"): the closing sentence of the minutes would print "kết thúc vào … giờ … phút".',
    },
    copies: {
      vi: 'Chưa có số bản (trường "copies"): câu kết thúc biên bản sẽ in "lập thành … bản".',
      en: 'No number of copies (field "copies"): the closing sentence of the minutes would print "lập thành … bản".',
    },
  },
  check(ctx) {
    const { note } = ctx;
    const d = note.data!;
    const fm = note.frontMatter!;
    const yaml = note.text.slice(fm.start, fm.end);
    for (const f of FIELDS) {
      if (d[f.key]) continue; // what build-view prints
      // the line to uncomment, as the skeleton writes it; else where a missing field is reported
      const commented = new RegExp(`^#[ \\t]*${f.key}:`, 'm').exec(yaml);
      const start = fm.start + (commented ? commented.index : 0);
      const end = commented ? start + commented[0].length : Math.min(fm.end, fm.start + 3);
      ctx.report({ messageId: f.messageId, start, end });
    }
  },
});
