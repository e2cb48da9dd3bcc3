// The text of a new note: front matter in the spec's order (placeholders flagged "TODO"),
// then every section heading with one line of guidance as an HTML comment (not counted as text).
import { stringify } from 'yaml';
import { SECTION_DEFS } from '../model/sections.js';
import type { DraftInput } from './input.js';
import { isPlaceholder } from './input.js';

const TODO = '  # TODO: cần điền';

/** a YAML scalar on one line (quoted when YAML needs it) */
function scalar(v: string): string {
  return stringify(v, { lineWidth: 0, minContentWidth: 0 }).trimEnd();
}

function field(indent: string, key: string, value: string, quoteAlways = false): string {
  const text = quoteAlways ? JSON.stringify(value) : scalar(value);
  return `${indent}${key}: ${text}${isPlaceholder(value) ? TODO : ''}`;
}

export interface SkeletonOptions {
  /** value of the `# yaml-language-server: $schema=` modeline */
  schemaRef: string;
}

export function draftSkeleton(d: DraftInput, o: SkeletonOptions): string {
  const lines = [
    '---',
    `# yaml-language-server: $schema=${o.schemaRef}`,
    `type: ${d.type}  # lam-viec (biên bản làm việc) | kiem-tra (biên bản kiểm tra)`,
    field('', 'title', d.title),
    '# number: 05/BB-ĐCT  # số, ký hiệu khi đã cấp số',
    'issuer:',
    ...(d.issuer.parent ? [field('  ', 'parent', d.issuer.parent)] : ['  # parent: BỘ NỘI VỤ  # cơ quan chủ quản, nếu có']),
    field('  ', 'name', d.issuer.name),
    field('', 'place', d.place),
    `date: ${d.date}`,
    field('', 'start', d.start, true),
    d.end ? field('', 'end', d.end, true) : '# end: "11:30"  # giờ kết thúc',
    field('', 'location', d.location),
    'delegation:',
    field('  ', 'name', d.delegation.name),
    '  members:',
    field('    - ', 'name', d.delegation.head.name),
    field('      ', 'position', d.delegation.head.position),
    '      role: Trưởng đoàn',
    'host:',
    field('  ', 'name', d.host.name),
    '  members:',
    field('    - ', 'name', d.host.member.name),
    field('      ', 'position', d.host.member.position),
    field('', 'chair', d.chair),
    'secretary:',
    field('  ', 'name', d.secretary.name),
    ...(d.secretary.position ? [field('  ', 'position', d.secretary.position)] : ['  # position: Chuyên viên  # chức vụ người ghi biên bản']),
    d.copies ? `copies: ${d.copies}` : '# copies: 4  # số bản',
    '# recipients:  # nơi nhận ("Lưu: VT, Hồ sơ." được thêm nếu thiếu)',
    '#   - Thành viên Đoàn công tác',
    '---',
    '',
  ];
  for (const s of SECTION_DEFS) lines.push(`## ${s.title}`, '', `<!-- ${s.guide.vi.replace(/--/g, '—')} -->`, '');
  return lines.join('\n');
}
