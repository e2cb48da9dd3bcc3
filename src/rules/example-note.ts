// Turns a rule's documentation example into a complete note, so every example is also a test.
import { parse, stringify } from 'yaml';
import type { Example } from './types.js';

const BASE_FRONT = `type: lam-viec
title: Làm việc với Ủy ban nhân dân tỉnh Bắc Kạn về công tác dân vận
number: 05/BB-ĐCT
issuer:
  parent: BỘ NỘI VỤ
  name: ĐOÀN CÔNG TÁC LIÊN NGÀNH TRUNG ƯƠNG
place: Bắc Kạn
date: 2024-07-23
start: "08:00"
end: "11:30"
location: Trụ sở Ủy ban nhân dân tỉnh Bắc Kạn
basis:
  - number: 16/CT-TTg
    date: 2016-05-16
    issuer: Thủ tướng Chính phủ
  - number: 12/KH-UBND
    date: 2024-03-05
    issuer: Ủy ban nhân dân tỉnh Bắc Kạn
delegation:
  name: Đoàn công tác liên ngành Trung ương
  members:
    - name: Triệu Văn Cường
      position: Thứ trưởng Bộ Nội vụ
      role: Trưởng đoàn
host:
  name: Ủy ban nhân dân tỉnh Bắc Kạn
  members:
    - name: Phạm Duy Hưng
      position: Phó Chủ tịch UBND tỉnh
chair: Triệu Văn Cường
secretary:
  name: Hoàng Minh Đức
  position: Chuyên viên Bộ Nội vụ
copies: 4
recipients:
  - Thành viên Đoàn công tác
  - Ủy ban nhân dân tỉnh Bắc Kạn
`;

const BASE_SECTIONS: [string, string][] = [
  ['Kết quả đạt được', 'Công tác dân vận của chính quyền các cấp có chuyển biến tích cực.'],
  ['Tồn tại, hạn chế', 'Một số địa phương chưa có kế hoạch cụ thể.'],
  ['Kiến nghị, đề xuất', 'Đề nghị Bộ Nội vụ hướng dẫn thêm về công tác dân vận chính quyền.'],
  ['Kết luận', 'Đoàn ghi nhận kết quả của tỉnh.'],
];

function merge(base: any, over: Record<string, unknown>): any {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && base?.[k] && typeof base[k] === 'object' && !Array.isArray(base[k])) out[k] = merge(base[k], v as Record<string, unknown>);
    else out[k] = v;
  }
  return out;
}

export function exampleNote(e: Example): string {
  const front = e.frontMatter ? stringify(merge(parse(BASE_FRONT), e.frontMatter), { lineWidth: 0 }) : BASE_FRONT;
  let body: string;
  if (e.body?.trimStart().startsWith('##')) body = e.body.trim();
  else body = BASE_SECTIONS.map(([h, t]) => `## ${h}\n\n${h === 'Kết luận' && e.body ? `${t}\n\n${e.body.trim()}` : t}`).join('\n\n');
  return `---\n${front}---\n\n${body}\n`;
}

/** the example as a reader sees it: the front-matter overrides, then the body */
export function exampleSource(e: Example): string {
  const parts: string[] = [];
  if (e.frontMatter) parts.push(`---\n${stringify(e.frontMatter, { lineWidth: 0 }).trimEnd()}\n---`);
  if (e.body) parts.push(e.body.trim());
  return parts.join('\n');
}
