// A known section's heading is spelled as the standard name or one of its aliases: headings are
// recognised ignoring diacritics, so "Kết qủa đạt dược" is found, and printed, as written.
import { defineRule } from './types.js';
import { SECTION_DEFS, type SectionKey } from '../model/sections.js';
import { convertToneStyle, normalizeHeading } from '../text/index.js';

const PUNCT = /[\p{P}\p{S}]+/gu;
const SPACES = /\s+/g;
// the heading's own text on its line: "## " before it, optional closing "#"s after it
const ATX = /^(#{2}[ \t]+)(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** diacritics kept; case, punctuation, spacing and tone style (hòa/hoà) are not spelling */
const spellingKey = (s: string) =>
  convertToneStyle(s, 'old').toLocaleLowerCase('vi').replace(PUNCT, ' ').replace(SPACES, ' ').trim();

const NAMES = new Map<SectionKey, string[]>(SECTION_DEFS.map((d) => [d.key, [d.title, ...d.aliases]]));
// headings written exactly as a name, or in capitals: most of them, checked with no string built
const EXACT = new Set(SECTION_DEFS.flatMap((d) => [d.title, ...d.aliases]).flatMap((n) => [n, n.toLocaleUpperCase('vi')]));
const KEYS = new Map<SectionKey, Set<string>>(SECTION_DEFS.map((d) => [d.key, new Set([d.title, ...d.aliases].map(spellingKey))]));

export default defineRule({
  id: 'section-heading',
  severity: 'warn',
  category: 'structure',
  fixable: true,
  description: {
    vi: 'Tiêu đề các mục chuẩn viết đúng chính tả ("Kết quả đạt được", không phải "Kết qủa đạt dược").',
    en: 'Standard section headings are spelled right ("Kết quả đạt được", not "Kết qủa đạt dược").',
  },
  docs: {
    vi: 'Tiêu đề "##" được nhận ra bất kể dấu, nên "## Kết qủa đạt dược" vẫn là mục "Kết quả đạt được" nhưng được in nguyên văn: "II. KẾT QỦA ĐẠT DƯỢC". Quy tắc so tiêu đề của mỗi mục chuẩn (xem bảng các mục trong README) với tên chuẩn và các tên tương đương, giữ nguyên dấu; khác chữ hoa, chữ thường, dấu câu hay kiểu đặt dấu (hòa/hoà) thì không bị báo. --fix thay tiêu đề bằng tên chuẩn có cùng cách viết không dấu (viết hoa cả nếu tiêu đề đang viết hoa cả).',
    en: '"##" headings are recognised ignoring diacritics, so "## Kết qủa đạt dược" is still the "Kết quả đạt được" section, but it is printed as written: "II. KẾT QỦA ĐẠT DƯỢC". The heading of every standard section (see the section table in the README) is compared with the standard name and its aliases, diacritics included; case, punctuation and tone style (hòa/hoà) do not count. --fix replaces the heading with the standard name that matches it without diacritics (in capitals if the heading is in capitals).',
  },
  examples: {
    wrong: { body: '## Kết qủa đạt dược\n\nCông tác dân vận có chuyển biến tích cực.\n\n## Tồn tại, hạn chế\n\nCòn địa phương chưa có kế hoạch cụ thể.\n\n## Kiến nghị, đề xuất\n\nĐề nghị Bộ Nội vụ hướng dẫn thêm.\n\n## Kết luận\n\nĐoàn ghi nhận kết quả của tỉnh.\n' },
    right: { body: '## Kết quả đạt được\n\nCông tác dân vận có chuyển biến tích cực.\n\n## Tồn tại, hạn chế\n\nCòn địa phương chưa có kế hoạch cụ thể.\n\n## Kiến nghị, đề xuất\n\nĐề nghị Bộ Nội vụ hướng dẫn thêm.\n\n## Kết luận\n\nĐoàn ghi nhận kết quả của tỉnh.\n' },
  },
  messages: {
    spelling: {
      vi: 'Tiêu đề mục "{found}" khác cách viết chuẩn "{expected}"; tiêu đề được in nguyên văn trong biên bản.',
      en: 'The section heading "{found}" differs from the standard spelling "{expected}"; headings are printed as written.',
    },
  },
  check(ctx) {
    const text = ctx.note.text;
    for (const s of ctx.note.sections) {
      if (!s.key || EXACT.has(s.title) || KEYS.get(s.key)!.has(spellingKey(s.title))) continue;
      const folded = normalizeHeading(s.title);
      const name = NAMES.get(s.key)!.find((n) => normalizeHeading(n) === folded);
      if (!name) continue;
      const upper = s.title === s.title.toLocaleUpperCase('vi');
      const expected = upper ? name.toLocaleUpperCase('vi') : name;
      const hs = s.heading.position?.start.offset ?? s.start;
      const he = s.heading.position?.end.offset ?? hs;
      const m = ATX.exec(text.slice(hs, he));
      // only a heading of plain text is rewritten (no emphasis, escapes or entities inside)
      // the title as read has no "II. " numbering: the fix leaves the writer's numbering in place
      if (m && m[2].endsWith(s.title)) {
        const start = hs + m[1].length + m[2].length - s.title.length;
        const end = start + s.title.length;
        ctx.report({ messageId: 'spelling', data: { found: s.title, expected }, start, end, fix: { range: [start, end], text: expected } });
      } else {
        ctx.report({ messageId: 'spelling', data: { found: s.title, expected }, start: hs, end: he });
      }
    }
  },
});
