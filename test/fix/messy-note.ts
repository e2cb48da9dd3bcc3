// A deliberately messy copy of the seed note, and the clean text --fix must turn it into.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeLegacy, type LegacyEncoding } from '../../src/text/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');

export const LEGACY_LINES: { encoding: LegacyEncoding; unicode: string }[] = [
  { encoding: 'vni', unicode: 'Đoàn đề nghị tỉnh tiếp tục quan tâm công tác dân vận ở cơ sở.' },
  { encoding: 'tcvn3', unicode: 'Tỉnh cần cụ thể hóa quan điểm của Đảng về công tác dân vận.' },
];

function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`seed changed: ${from}`);
  return text.replace(from, to);
}

/** the seed with two extra conclusion lines; `text` is it messed up in every way the fixers know */
export function messyNote(): { text: string; clean: string; legacy: { encoded: string; unicode: string }[] } {
  const last = '4. Đoàn công tác tiếp thu kiến nghị của tỉnh để báo cáo cấp có thẩm quyền.';
  const extra = LEGACY_LINES.map((l, i) => `${5 + i}. ${l.unicode}`).join('\n');
  const clean = swap(SEED, last, `${last}\n${extra}`);
  const legacy = LEGACY_LINES.map((l) => ({ encoded: encodeLegacy(l.unicode, l.encoding), unicode: l.unicode }));
  let t = clean;
  for (const l of legacy) t = swap(t, l.unicode, l.encoded);
  // NFD (macOS, PDF copy)
  t = swap(t, 'Phía tỉnh có đồng chí Phương Thị Thanh', 'Phía tỉnh có đồng chí Phương Thị Thanh'.normalize('NFD'));
  // soft hyphens and a zero-width space
  t = swap(t, 'Ban Dân vận Trung ương tiếp tục', 'Ban Dân vận Trung ươ\u00adng tiếp tục');
  t = swap(t, 'nhiệm vụ công tác dân vận\n', 'nhiệm\u00ad vụ công tác dân vận\n');
  t = swap(t, 'số 79-CTr/BDVTW-BCSĐCP ngày', 'số 79-CTr/\u200bBDVTW-BCSĐCP ngày');
  // no-break spaces and a non-breaking hyphen in and around "16/CT-TTg"
  t = swap(t, 'Chỉ thị số 16/CT-TTg ngày', 'Chỉ thị số\u00a016/CT-\u00a0TTg ngày');
  t = swap(t, '  - number: 16/CT-TTg', '  - number: 16/CT\u2011TTg');
  // doubled spaces, in the body and in a front-matter value
  t = swap(t, 'Đoàn đã kiểm tra thực tế', 'Đoàn đã  kiểm tra   thực tế');
  t = swap(t, 'location: Phòng họp tầng 3,', 'location: Phòng họp  tầng 3,');
  // near the top, so the diff's first hunk reaches the BOM line
  t = swap(t, 'title: Làm việc với', 'title: Làm  việc với');
  // straight quotes
  t = swap(t, '“Dân vận khéo”', '"Dân vận khéo"');
  // new-style tone marks
  t = swap(t, 'thể chế hóa các chủ trương', 'thể chế hoá các chủ trương');
  t = swap(t, 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\n', 'Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh\n');
  // the seed's own defect and a missing space after a comma
  t = swap(t, 'Nông Quang Nhất, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch HĐND tỉnh và', 'Nông Quang Nhất , Ủy viên Ban Chấp hành Đảng bộ tỉnh,Phó Chủ tịch HĐND tỉnh và');
  return { text: t, clean, legacy };
}

/** text with everything a fixer may legitimately change folded away */
export function normalise(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u2010\u2011–—]/g, '-')
    .replace(/[“”"]/g, '"')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?([,;:.()\-/]) ?/g, '$1');
}
