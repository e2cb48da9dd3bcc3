// The body's `##` sections, recognised by heading (case, diacritics and punctuation ignored) per the spec's alias table.
import type { Heading, Root, RootContent } from 'mdast';
import { normalizeHeading } from '../text/fold.js';
import type { Localized } from '../i18n/index.js';

export const SECTION_KEYS = ['agenda', 'achievements', 'shortcomings', 'causes', 'explanations', 'recommendations', 'conclusions'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SectionDef {
  key: SectionKey;
  /** the canonical heading (printed in the minutes, upper-cased) */
  title: string;
  en: string;
  required: boolean;
  aliases: string[];
  /** one line of guidance for the skeleton */
  guide: Localized;
}

export const SECTION_DEFS: readonly SectionDef[] = [
  { key: 'agenda', title: 'Nội dung làm việc', en: 'Agenda', required: false, aliases: ['Nội dung', 'Nội dung kiểm tra'],
    guide: { vi: 'Nội dung, văn bản được xem xét, diễn biến chính của buổi làm việc.', en: 'What was reviewed and how the session went.' } },
  { key: 'achievements', title: 'Kết quả đạt được', en: 'Achievements', required: true, aliases: ['Kết quả', 'Ưu điểm', 'Kết quả kiểm tra'],
    guide: { vi: 'Những kết quả, ưu điểm đã đạt được (có số liệu cụ thể).', en: 'Results achieved, with figures.' } },
  { key: 'shortcomings', title: 'Tồn tại, hạn chế', en: 'Shortcomings', required: true, aliases: ['Hạn chế', 'Tồn tại', 'Tồn tại, hạn chế và nguyên nhân'],
    guide: { vi: 'Những tồn tại, hạn chế còn phải khắc phục.', en: 'Shortcomings still to fix.' } },
  { key: 'causes', title: 'Nguyên nhân', en: 'Causes', required: false, aliases: [],
    guide: { vi: 'Nguyên nhân khách quan và chủ quan của hạn chế.', en: 'Objective and subjective causes.' } },
  { key: 'explanations', title: 'Ý kiến giải trình', en: 'Explanations', required: false, aliases: ['Ý kiến của đơn vị'],
    guide: { vi: 'Ý kiến giải trình của đơn vị được kiểm tra.', en: 'The inspected unit\'s explanations.' } },
  { key: 'recommendations', title: 'Kiến nghị, đề xuất', en: 'Recommendations', required: true, aliases: ['Đề xuất, kiến nghị', 'Kiến nghị', 'Đề xuất'],
    guide: { vi: 'Mỗi kiến nghị nêu rõ gửi tới ai (ví dụ "Đề nghị Sở Nội vụ ...").', en: 'Each recommendation names its addressee.' } },
  { key: 'conclusions', title: 'Kết luận', en: 'Conclusions', required: true, aliases: ['Kết luận của Trưởng đoàn', 'Ý kiến kết luận'],
    guide: { vi: 'Kết luận của người chủ trì: đánh giá chung, nhiệm vụ, thời hạn.', en: 'The chair\'s conclusions: assessment, tasks, deadlines.' } },
];

const BY_NAME = new Map<string, SectionDef>();
for (const d of SECTION_DEFS) for (const n of [d.title, ...d.aliases]) BY_NAME.set(normalizeHeading(n), d);

export function sectionDefFor(heading: string): SectionDef | undefined {
  return BY_NAME.get(normalizeHeading(heading));
}

export interface Section {
  key: SectionKey | null;
  /** the heading as written */
  title: string;
  heading: Heading;
  nodes: RootContent[];
  /** offsets of the heading start and the section end in the file */
  start: number;
  end: number;
}

export function headingText(h: { children?: unknown[] }): string {
  let s = '';
  const walk = (n: any) => {
    if (typeof n.value === 'string' && n.type !== 'html') s += n.value;
    if (n.children) for (const c of n.children) walk(c);
  };
  walk(h);
  return s.trim();
}

const NUMBERING = /^(?:[IVXLC]{1,6}|\d{1,2}|[a-zđ])[.)]\s+/i;

export function splitSections(tree: Root, textLength: number): { preamble: RootContent[]; sections: Section[] } {
  const preamble: RootContent[] = [];
  const sections: Section[] = [];
  let cur: Section | null = null;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (cur) { cur.end = node.position?.start.offset ?? cur.end; sections.push(cur); cur = null; }
      if (node.depth === 2) {
        // "## II. Kết quả đạt được", "## 3) Tồn tại": the minutes number sections themselves
        const title = headingText(node).replace(NUMBERING, '');
        cur = { key: sectionDefFor(title)?.key ?? null, title, heading: node, nodes: [], start: node.position?.start.offset ?? 0, end: textLength };
        continue;
      }
    }
    if (cur) cur.nodes.push(node); else preamble.push(node);
  }
  if (cur) sections.push(cur);
  return { preamble, sections };
}

/** true when a section holds no prose (comments and whitespace do not count) */
export function isEmptySection(s: Section): boolean {
  return !s.nodes.some((n) => n.type !== 'html' && headingText(n as { children?: unknown[] }) + ((n as { value?: string }).value ?? '') !== '');
}
