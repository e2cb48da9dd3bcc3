// One tone-mark placement style per document for open oa/oe/uy syllables: "old" hòa/khỏe/thủy
// (the default, as in "CỘNG HÒA") or "new" hoà/khoẻ/thuỷ, set by `toneStyle` in the config.
// A tone on the u of "qu" ("qủa") is wrong in both styles, and is fixed the same way.
// Web and mail addresses are left as written: "…/wiki/Hoà_bình" respelt is another page.
import { defineRule } from './types.js';
import { addressRanges, findQuTones, findToneStyle, inAddress, mayHaveQuTone } from '../text/index.js';
import { textSpans } from './util/scope.js';

// the Quốc hiệu is accepted in both styles (Decree 30 prints both)
const NATION_BEFORE = /CỘNG[ \t\u00a0]+$/;

export default defineRule({
  id: 'tone-style',
  severity: 'warn',
  category: 'style',
  fixable: true,
  description: {
    vi: 'Đặt dấu thanh thống nhất theo một kiểu (mặc định kiểu cũ: hòa, khỏe, thủy), không đặt trên u sau q (quả, không phải qủa).',
    en: 'Place tone marks in one consistent style (default old style: hòa, khỏe, thủy), never on the u after q (quả, not qủa).',
  },
  docs: {
    vi: 'Với vần mở oa, oe, uy, có hai cách đặt dấu: kiểu cũ "hòa, khỏe, thủy" và kiểu mới "hoà, khoẻ, thuỷ". Cả hai đều được chấp nhận nhưng một văn bản chỉ nên dùng một kiểu. Chọn kiểu bằng khóa toneStyle (old hoặc new) trong bienban.config.yaml; mặc định là old, như "CỘNG HÒA" trong Nghị định 30/2020/NĐ-CP. --fix chuyển các từ về kiểu đã chọn. Riêng vần sau "qu" thì chữ u thuộc phụ âm đầu, nên ở cả hai kiểu dấu đều đặt trên nguyên âm sau: "quả, quý, quyết", không phải "qủa, qúy"; --fix cũng sửa các từ này. Địa chỉ web và thư điện tử (https://…, www.…, mailto:…, ten@coquan.gov.vn) được giữ nguyên như đã viết.',
    en: 'Open syllables in oa, oe, uy can carry the tone on either vowel: old style "hòa, khỏe, thủy" or new style "hoà, khoẻ, thuỷ". Both are accepted but a document should use one. Choose with toneStyle (old or new) in bienban.config.yaml; the default is old, as "CỘNG HÒA" in Decree 30/2020/NĐ-CP. --fix rewrites the words in the chosen style. After "qu" the u belongs to the initial consonant, so both styles put the tone on the vowel after it: "quả, quý, quyết", not "qủa, qúy"; --fix moves those too. Web and mail addresses (https://…, www.…, mailto:…, name@body.gov.vn) are left as written.',
  },
  examples: {
    wrong: { body: 'Đề nghị tỉnh tiếp tục cụ thể hoá quan điểm của Đảng về công tác dân vận.' },
    right: { body: 'Đề nghị tỉnh tiếp tục cụ thể hóa quan điểm của Đảng về công tác dân vận.' },
  },
  messages: {
    'use-old': { vi: 'Đặt dấu thanh kiểu cũ: "{word}" → "{fixed}".', en: 'Use the old tone style: "{word}" → "{fixed}".' },
    'use-new': { vi: 'Đặt dấu thanh kiểu mới: "{word}" → "{fixed}".', en: 'Use the new tone style: "{word}" → "{fixed}".' },
    'after-q': {
      vi: 'Đặt dấu thanh sai chỗ: "{word}" → "{fixed}"; trong "qu", chữ u thuộc phụ âm đầu nên dấu đặt trên nguyên âm sau nó.',
      en: 'Misplaced tone mark: "{word}" → "{fixed}"; in "qu" the u belongs to the initial consonant, so the tone goes on the vowel after it.',
    },
  },
  check(ctx) {
    const target = ctx.options.toneStyle;
    const text = ctx.note.text;
    // "qủa" is rare: one scan of the file spares a search in every span
    const qu = mayHaveQuTone(text);
    for (const span of textSpans(ctx)) {
      // offsets of findToneStyle hold for NFC only: the note is NFC, but a YAML escape (\u0301) is not
      if (span.text !== span.text.normalize('NFC')) continue;
      const hits = findToneStyle(span.text, target);
      const quHits = qu ? findQuTones(span.text) : [];
      if (!hits.length && !quHits.length) continue;
      const addresses = addressRanges(span.text);
      for (const hit of hits) {
        if (inAddress(addresses, hit.start, hit.end)) continue;
        const start = span.start + hit.start;
        const end = span.start + hit.end;
        if (NATION_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && hit.word === hit.word.toUpperCase()) continue;
        ctx.report({ messageId: target === 'old' ? 'use-old' : 'use-new', data: { word: hit.word, fixed: hit.converted }, start, end, fix: { range: [start, end], text: hit.converted } });
      }
      for (const hit of quHits) {
        if (inAddress(addresses, hit.start, hit.end)) continue;
        const start = span.start + hit.start;
        const end = span.start + hit.end;
        ctx.report({ messageId: 'after-q', data: { word: hit.word, fixed: hit.fixed }, start, end, fix: { range: [start, end], text: hit.fixed } });
      }
    }
  },
});
