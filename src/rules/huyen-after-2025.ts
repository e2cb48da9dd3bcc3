// From 1 July 2025 local government has two levels; district (huyện) bodies no longer exist.
import { defineRule } from './types.js';
import { allMatches } from '../util/matches.js';

const CUTOVER = '2025-07-01';
// district bodies: "UBND huyện", "Ủy ban nhân dân huyện", "HĐND huyện", "Huyện ủy", "Phòng Nội vụ huyện"
const DISTRICT = /(?<![\p{L}])(?:(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Phòng(?:\s+\p{L}+){1,6}?)\s+huyện|Huyện\s+[uủ][yỷ])(?![\p{L}])/gu;

export default defineRule({
  id: 'huyen-after-2025',
  severity: 'warn',
  category: 'content',
  needsData: true,
  description: {
    vi: 'Biên bản từ ngày 01/7/2025 không còn cơ quan cấp huyện (chính quyền địa phương hai cấp).',
    en: 'Minutes dated from 1 July 2025 cannot name district (huyện) bodies: local government has two levels.',
  },
  docs: {
    vi: 'Từ ngày 01/7/2025 chính quyền địa phương tổ chức hai cấp (tỉnh và xã), không còn Ủy ban nhân dân huyện, Huyện ủy và các phòng chuyên môn cấp huyện. Biên bản có ngày làm việc từ 01/7/2025 mà nhắc tới các cơ quan này thường là chép lại từ mẫu cũ; nếu đúng là nói về giai đoạn trước, có thể tắt cảnh báo bằng chú thích bienban-disable.',
    en: 'Since 1 July 2025 local government has two levels (province and commune); district People\'s Committees, district Party committees and district departments are gone. Minutes dated from then that name them were usually copied from an old template; when the text really is about the past, silence the warning with a bienban-disable comment.',
  },
  examples: {
    wrong: { frontMatter: { date: '2025-08-05' }, body: 'Đề nghị UBND huyện Ba Bể báo cáo kết quả thực hiện.' },
    right: { frontMatter: { date: '2025-08-05' }, body: 'Đề nghị UBND xã Ba Bể báo cáo kết quả thực hiện.' },
  },
  messages: {
    district: { vi: '"{body}": từ ngày 01/7/2025 không còn cơ quan cấp huyện.', en: '"{body}": district bodies no longer exist from 1 July 2025.' },
  },
  check(ctx) {
    if (ctx.note.data!.date < CUTOVER) return;
    for (const span of [...ctx.prose(), ...ctx.scalars()]) {
      for (const m of allMatches(DISTRICT, span.text)) {
        ctx.report({ messageId: 'district', data: { body: m[0] }, start: span.start + m.index!, end: span.start + m.index! + m[0].length });
      }
    }
  },
});
