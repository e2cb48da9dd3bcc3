// A character the PDF font cannot draw makes `render` refuse the note; `check` says so first,
// so a green CI run cannot fail to render. The finder is render's own (src/render/glyphs.ts).
import { defineRule } from './types.js';
import type { Note } from '../model/note.js';
import type { MinutesView } from '../render/view.js';
import { buildView, DOC_KINDS } from '../render/build-view.js';
import { glyphData, pdfFontCoverage, unprintable } from '../render/glyphs.js';
import { mayLackGlyphs } from '../render/pdf/coverage.js';

/** the documents render writes by default (the minutes and the notice) */
function views(note: Note): (MinutesView | string)[] {
  try {
    return DOC_KINDS.map((doc) => buildView(note, doc));
  } catch {
    // data render would refuse anyway (another rule says why): every character counts as printed
    return [note.text];
  }
}

export default defineRule({
  id: 'font-coverage',
  severity: 'error',
  category: 'text',
  needsData: true,
  description: {
    vi: 'Phông chữ của bản PDF in được mọi ký tự mà biên bản và thông báo in ra.',
    en: 'The PDF font can print every character the minutes and the notice print.',
  },
  docs: {
    vi: 'Bản PDF nhúng phông Liberation Serif đi kèm bienban (hoặc Times New Roman khi cấu hình có font: times và máy có phông này): phông có chữ Latinh, tiếng Việt và dấu câu thông dụng, nhưng không có biểu tượng cảm xúc (emoji), chữ Hán, chữ Thái, ký tự điều khiển. Gặp ký tự như vậy, bienban render từ chối ghi chép (không ghi bản PDF, HTML hay DOCX nào của nó) thay vì in ô trống; quy tắc này báo trước lỗi đó khi chạy check, tại đúng dòng:cột của ký tự. Phông được xét là phông mà render sẽ dùng với cấu hình hiện tại. Chỉ xét ký tự được in ra trong biên bản hoặc thông báo (không xét chú thích YAML, chú thích HTML). Tắt quy tắc này chỉ làm check im lặng: render vẫn từ chối bản PDF.',
    en: 'The PDF embeds the Liberation Serif shipped with bienban (or Times New Roman with font: times in the config, when the machine has it): Latin, Vietnamese and common punctuation, but no emoji, CJK, Thai or control characters. On such a character bienban render refuses the note (it writes none of its PDF, HTML or DOCX) rather than print an empty box; this rule tells check beforehand, at the character\'s line:column. The font checked is the one render would use with the current config. Only characters the minutes or the notice print count (not YAML or HTML comments). Turning the rule off only silences check: render still refuses the PDF.',
  },
  examples: {
    wrong: { body: 'Đoàn ghi nhận kết quả của tỉnh 👍 và đề nghị phát huy.' },
    right: { body: 'Đoàn ghi nhận kết quả của tỉnh và đề nghị phát huy.' },
  },
  messages: {
    'missing-glyph': {
      vi: 'Phông chữ của bản PDF không in được ký tự {what}; hãy xóa hoặc thay ký tự này.',
      en: 'The PDF font cannot print the character {what}; remove or replace it.',
    },
  },
  check(ctx) {
    const cover = pdfFontCoverage(ctx.options.font);
    // nearly every note: ASCII and Vietnamese only, one RegExp test
    if (!mayLackGlyphs(ctx.note.text, cover)) return;
    for (const u of unprintable(ctx.note, views(ctx.note), cover)) {
      ctx.report({ messageId: 'missing-glyph', data: glyphData(u), start: u.index, end: u.index + u.char.length });
    }
  },
});
