// The sections Mẫu 1.9 cannot do without are present and hold text.
import { defineRule } from './types.js';
import { SECTION_DEFS, headingText, isEmptySection, sectionDefFor } from '../model/sections.js';

export default defineRule({
  id: 'required-sections',
  severity: 'error',
  category: 'structure',
  description: { vi: 'Các mục bắt buộc (kết quả, hạn chế, kiến nghị, kết luận) phải có và có nội dung.', en: 'Required sections (results, shortcomings, recommendations, conclusions) must be present and non-empty.' },
  docs: {
    vi: 'Một biên bản làm việc hay kiểm tra phải ghi kết quả đạt được, tồn tại hạn chế, kiến nghị đề xuất và kết luận. Mỗi mục là một tiêu đề "##" (chấp nhận các tên tương đương, ví dụ "Ưu điểm", "Kiến nghị").',
    en: 'Minutes must record results, shortcomings, recommendations and conclusions, each under a "##" heading (aliases such as "Ưu điểm" or "Kiến nghị" are accepted).',
  },
  examples: {
    wrong: { body: '## Kết quả đạt được\n\nCông tác dân vận có chuyển biến tích cực.\n\n## Kết luận\n\n' },
    right: { body: '## Kết quả đạt được\n\nCông tác dân vận có chuyển biến tích cực.\n\n## Tồn tại, hạn chế\n\nCòn địa phương chưa có kế hoạch cụ thể.\n\n## Kiến nghị, đề xuất\n\nĐề nghị Bộ Nội vụ hướng dẫn thêm.\n\n## Kết luận\n\nĐoàn ghi nhận kết quả của tỉnh.\n' },
  },
  messages: {
    missing: { vi: 'Thiếu mục bắt buộc "## {title}".', en: 'Missing required section "## {title}".' },
    empty: { vi: 'Mục "{title}" chưa có nội dung.', en: 'Section "{title}" is empty.' },
    duplicate: { vi: 'Mục "{title}" xuất hiện nhiều lần.', en: 'Section "{title}" appears more than once.' },
    level: {
      vi: 'Mục "{title}" phải là tiêu đề cấp 2 ("## {title}"); ở đây là cấp {depth} ("{marks} …").',
      en: 'Section "{title}" must be a level-2 heading ("## {title}"); this one is level {depth} ("{marks} …").',
    },
  },
  check(ctx) {
    const { note } = ctx;
    const bodyStart = note.frontMatter?.bodyStart ?? 0;
    for (const def of SECTION_DEFS) {
      const found = note.sections.filter((s) => s.key === def.key);
      if (found.length > 1) {
        const s = found[1];
        ctx.report({ messageId: 'duplicate', data: { title: s.title }, start: s.start, end: s.heading.position?.end.offset });
      }
      if (!def.required) continue;
      if (found.length === 0) {
        // "# Kết luận" or "### Kết luận": the section is there, at the wrong level
        const other = (note.tree?.children ?? []).find((n) => n.type === 'heading' && n.depth !== 2 && sectionDefFor(headingText(n))?.key === def.key);
        if (other?.type === 'heading' && other.position) {
          ctx.report({ messageId: 'level', data: { title: def.title, depth: other.depth, marks: '#'.repeat(other.depth) }, start: other.position.start.offset!, end: other.position.end.offset });
        } else ctx.report({ messageId: 'missing', data: { title: def.title }, start: Math.min(bodyStart, note.text.length) });
      } else if (isEmptySection(found[0])) {
        const s = found[0];
        ctx.report({ messageId: 'empty', data: { title: s.title }, start: s.start, end: s.heading.position?.end.offset });
      }
    }
  },
});
