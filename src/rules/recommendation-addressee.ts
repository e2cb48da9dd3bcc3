// Each recommendation says whom it is addressed to, so it can be followed up.
import { defineRule } from './types.js';

const ADDRESSEE = [
  'Bộ', 'Sở', 'Ban', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'Hội đồng', 'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ',
  'Đảng ủy', 'Đảng uỷ', 'Văn phòng', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Thủ tướng', 'Chính phủ', 'Trung ương', 'Quốc hội', 'Đoàn', 'Phòng',
  'Trung tâm', 'Thanh tra', 'Mặt trận', 'Công an', 'Kho bạc', 'Ngân hàng', 'Trường', 'Bệnh viện', 'Hội', 'Liên đoàn', 'Tập đoàn', 'Tổng công ty',
  'Công ty', 'Thường trực', 'Lãnh đạo', 'Chủ tịch', 'Giám đốc', 'Bộ trưởng', 'Thứ trưởng', 'người đứng đầu', 'cấp ủy', 'cấp uỷ', 'chính quyền',
  'cơ quan', 'đơn vị', 'địa phương', 'tỉnh', 'thành phố', 'huyện', 'xã', 'phường', 'đồng chí',
].sort((a, b) => b.length - a.length).join('|');
const X = `(?:(?:các|những|mỗi|từng)\\s+)?(?:${ADDRESSEE})(?![\\p{L}])`;
// "Đề nghị Bộ Nội vụ ...", "giao Sở Nội vụ ...", "Kiến nghị với Ban ..."
const ASKS = new RegExp(`(?<![\\p{L}])(?:đề nghị|kiến nghị|đề xuất|giao|yêu cầu)\\s+(?:(?:với|cho)\\s+)?${X}`, 'iu');
// "Sở Nội vụ tỉnh Thái Nguyên cần ..."
const STARTS = new RegExp(`^${X}`, 'iu');
const MUST = /(?<![\p{L}])(?:cần|phải|có trách nhiệm|chủ trì)(?![\p{L}])/iu;

function plain(n: any): string {
  if (n.type === 'text' || n.type === 'inlineCode') return String(n.value);
  if (n.type === 'html' || n.type === 'list') return '';
  return (n.children ?? []).map(plain).join('');
}

export default defineRule({
  id: 'recommendation-addressee',
  severity: 'warn',
  category: 'content',
  needsData: true,
  description: { vi: 'Mỗi kiến nghị phải nêu rõ gửi tới cơ quan, người nào.', en: 'Each recommendation names whom it is addressed to.' },
  docs: {
    vi: 'Kiến nghị không có địa chỉ ("Tăng cường hướng dẫn ...") không thể giao việc và theo dõi. Mỗi đoạn hoặc mục trong phần "Kiến nghị, đề xuất" cần có dạng "Đề nghị Bộ Nội vụ ...", "Kiến nghị Ban Dân vận Trung ương ...", "giao Sở Nội vụ ..." hoặc "Ủy ban nhân dân huyện ... cần ...". Đoạn dẫn kết thúc bằng dấu hai chấm được bỏ qua.',
    en: 'A recommendation without an addressee ("Tăng cường hướng dẫn ...") cannot be assigned or followed up. Each paragraph or item in the recommendations section should read "Đề nghị Bộ Nội vụ ...", "Kiến nghị Ban Dân vận Trung ương ...", "giao Sở Nội vụ ..." or "Ủy ban nhân dân huyện ... cần ...". Lead-in paragraphs ending with a colon are skipped.',
  },
  examples: {
    wrong: {
      body: '## Kết quả đạt được\n\nCông tác dân vận có chuyển biến tích cực.\n\n## Tồn tại, hạn chế\n\nMột số địa phương chưa có kế hoạch cụ thể.\n\n## Kiến nghị, đề xuất\n\n1. Đề nghị Bộ Nội vụ hướng dẫn thêm về công tác dân vận chính quyền.\n2. Tăng cường kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.\n\n## Kết luận\n\nĐoàn ghi nhận kết quả của tỉnh.',
    },
    right: {
      body: '## Kết quả đạt được\n\nCông tác dân vận có chuyển biến tích cực.\n\n## Tồn tại, hạn chế\n\nMột số địa phương chưa có kế hoạch cụ thể.\n\n## Kiến nghị, đề xuất\n\n1. Đề nghị Bộ Nội vụ hướng dẫn thêm về công tác dân vận chính quyền.\n2. Ủy ban nhân dân tỉnh cần tăng cường kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.\n\n## Kết luận\n\nĐoàn ghi nhận kết quả của tỉnh.',
    },
  },
  messages: {
    missing: { vi: 'Kiến nghị này chưa nêu gửi tới cơ quan, người nào (ví dụ "Đề nghị Bộ Nội vụ ...").', en: 'This recommendation does not say whom it is addressed to (e.g. "Đề nghị Bộ Nội vụ ...").' },
  },
  check(ctx) {
    const addressed = (t: string) => ASKS.test(t) || (STARTS.test(t) && MUST.test(t));
    const checkPara = (p: any) => {
      const text = plain(p).trim();
      if (!text || text.endsWith(':') || addressed(text) || !p.position) return;
      ctx.report({ messageId: 'missing', start: p.position.start.offset, end: p.position.end.offset });
    };
    for (const s of ctx.note.sections) {
      if (s.key !== 'recommendations') continue;
      for (const n of s.nodes as any[]) {
        if (n.type === 'paragraph') checkPara(n);
        else if (n.type === 'list') {
          for (const item of n.children ?? []) {
            const p = (item.children ?? []).find((c: any) => c.type === 'paragraph');
            if (p) checkPara(p);
          }
        }
      }
    }
  },
});
