// Text in a legacy Vietnamese encoding (TCVN3/ABC, VNI-Windows) or UTF-8 read as Windows-1252.
// Category 'encoding': still reported when the front matter does not parse (it is often why).
import { defineRule } from './types.js';
import { convertLegacy, convertToneStyle } from '../text/index.js';
import { codeRanges, legacySpans, subtract } from './util/scope.js';


export default defineRule({
  id: 'legacy-encoding',
  severity: 'error',
  category: 'encoding',
  fixable: true,
  description: {
    vi: 'Không dùng bảng mã cũ (TCVN3/ABC, VNI-Windows) hay chữ UTF-8 bị đọc sai thành Windows-1252.',
    en: 'No legacy encodings (TCVN3/ABC, VNI-Windows) and no UTF-8 misread as Windows-1252.',
  },
  docs: {
    vi: 'Văn bản dán từ tài liệu cũ gõ bằng phông .VnTime (TCVN3) hay VNI-Times, hoặc tệp UTF-8 bị mở nhầm bằng Windows-1252, hiện thành chữ lỗi như "§éc lËp", "Ñoäc laäp", "Äá»™c láº­p". Không đọc được, không tìm kiếm được và mọi kiểm tra khác đều sai. --fix chuyển đoạn đó sang Unicode dựng sẵn, đặt dấu thanh theo kiểu đã chọn (toneStyle: "Ủy ban" hay "Uỷ ban"), đúng như thông báo ghi; hãy đọc lại kết quả. Không bao giờ sửa tệp có lỗi YAML.',
    en: 'Text pasted from old documents typed in .VnTime (TCVN3) or VNI-Times fonts, or a UTF-8 file opened as Windows-1252, shows up as garbage like "§éc lËp", "Ñoäc laäp", "Äá»™c láº­p". It cannot be read or searched and breaks every other check. --fix converts the span to Unicode NFC with tone marks in the configured style (toneStyle: "Ủy ban" or "Uỷ ban"), as the message shows it; read the result again. A file with a YAML error is never rewritten.',
  },
  examples: {
    wrong: { body: '§oµn ghi nhËn kÕt qu¶ cña tØnh vµ ®Ò nghÞ tiÕp tôc ph¸t huy.' },
    right: { body: 'Đoàn ghi nhận kết quả của tỉnh và đề nghị tiếp tục phát huy.' },
  },
  messages: {
    tcvn3: { vi: 'Văn bản mã TCVN3 (ABC) "{sample}", đúng là "{converted}".', en: 'TCVN3 (ABC) encoded text "{sample}"; it reads "{converted}".' },
    vni: { vi: 'Văn bản mã VNI-Windows "{sample}", đúng là "{converted}".', en: 'VNI-Windows encoded text "{sample}"; it reads "{converted}".' },
    'cp1252-utf8': {
      vi: 'Chữ UTF-8 bị đọc sai thành Windows-1252 "{sample}", đúng là "{converted}".',
      en: 'UTF-8 text misread as Windows-1252 "{sample}"; it reads "{converted}".',
    },
  },
  check(ctx) {
    const text = ctx.note.text;
    const code = codeRanges(ctx.note);
    for (const span of legacySpans(ctx.note)) {
      // code is quoted as written; convert only the parts outside it
      for (const [start, end] of subtract(span.start, span.end, code)) {
        const source = text.slice(start, end);
        // in the configured tone style, as tone-style would leave it: the message shows what --fix writes
        const converted = convertToneStyle(convertLegacy(source, span.encoding), ctx.options.toneStyle);
        if (converted === source) continue;
        ctx.report({
          messageId: span.encoding,
          data: { sample: source, converted },
          start,
          end,
          fix: { range: [start, end], text: converted },
        });
      }
    }
  },
});
