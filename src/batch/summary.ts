// The quarter summary: visits by host and by type, and every recommendation and conclusion
// with its addressee, as summary.html and summary.csv (UTF-8 BOM, RFC 4180, for Excel).
import { shortDateVi } from '../domain/dates.js';
import type { Note } from '../model/note.js';
import { toBlocks, blocksText } from '../render/blocks.js';
import type { Block } from '../render/view.js';
import { escapeHtml, pageShell, TYPE_LABEL } from './html-util.js';

export type ItemSection = 'recommendations' | 'conclusions';

export interface SummaryItem {
  section: ItemSection;
  text: string;
  /** the body the item is addressed to, best effort; '' when none is named */
  addressee: string;
}

/** What the index and the summary need from one note; small, kept in the cache. */
export interface NoteDigest {
  /** the note's path relative to the working directory, with "/" */
  file: string;
  date: string;
  type: string;
  title: string;
  host: string;
  number?: string;
  items: SummaryItem[];
}

const SECTION_LABEL: Record<ItemSection, string> = { recommendations: 'Kiến nghị, đề xuất', conclusions: 'Kết luận' };

// a verb (or connective) that ends the addressee's name
const STOP =
  '(?:chủ trì|phối hợp|sớm|khẩn trương|nghiên cứu|xem xét|chỉ đạo|tiếp tục|cần|hướng dẫn|báo cáo|rà soát|tổ chức|thực hiện|bổ sung|quan tâm|hoàn thiện|ban hành|tăng cường|có trách nhiệm|có văn bản|tham mưu|đẩy nhanh|ưu tiên|bố trí|hỗ trợ|kiểm tra|đôn đốc|theo dõi|tập trung|chấn chỉnh|khắc phục|công khai|cho phép|quy định|sửa đổi|giải quyết|trả lời|cung cấp|tổng hợp|xây dựng|triển khai|phân bổ|cân đối|ghi nhận|tiếp thu|làm rõ|chịu trách nhiệm|sẽ|đã|được|đánh giá|trong|để|về|đối với|trước|khi)';
// no "i" flag: with it \p{Lu} would match lower case too; the addressee is a capitalised name
// the name also ends at a quotation mark: 'Đề nghị Bộ Nội vụ "xem xét"'
const TRIGGER = new RegExp(`(?:^|[\\s(“"])(?:[Đđ]ề nghị|[Kk]iến nghị|[Đđ]ề xuất|[Yy]êu cầu|[Gg]iao(?: cho)?)\\s+(\\p{Lu}.*?)(?=\\s+${STOP}(?=[\\s,.;:"”]|$)|\\s*["“”]|[,;:.(]|$)`, 'u');
// "Đoàn kiểm tra" before "Đoàn": "kiểm tra" is also a verb that ends a name
const SUBJECT = new RegExp(`^((?:Các |các )?(?:Ủy ban|UBND|Hội đồng|HĐND|Sở|Bộ|Vụ|Cục|Tổng cục|Phòng|Ban|Đoàn (?:kiểm tra|công tác|giám sát)|Đoàn|Tổ (?:kiểm tra|công tác)|Văn phòng|Thanh tra|Trung tâm|Công an|Kho bạc|Ngân hàng|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Chủ tịch|Giám đốc|Trưởng|Lãnh đạo|Chính phủ|Thủ tướng)[^,;:.]*?)\\s+${STOP}(?=[\\s,.;:]|$)`, 'u');
// "Đoàn công tác" or "tỉnh" alone is not an addressee worth naming
const TOO_VAGUE = /^(?:các|những|cấp có thẩm quyền|tỉnh|huyện|xã)$/iu;

/** the body an item is addressed to: after "Đề nghị"/"giao"/"yêu cầu"…, else the sentence's subject */
export function findAddressee(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  const m = TRIGGER.exec(s) ?? SUBJECT.exec(s);
  if (!m) return '';
  const who = m[1].trim();
  return TOO_VAGUE.test(who) || who.length > 120 ? '' : who;
}

function itemsOf(section: ItemSection, blocks: readonly Block[]): SummaryItem[] {
  const out: SummaryItem[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'list') {
      for (const it of b.items) {
        const text = blocksText(it).replace(/\s*\n\s*/g, ' ').trim();
        if (text) out.push({ section, text, addressee: findAddressee(text) });
      }
    } else if (b.kind === 'paragraph') {
      const text = blocksText([b]).trim();
      // a lead-in ("..., kết luận:") introduces the list that follows; it is not an item itself
      if (!text || (/:$/.test(text) && blocks[i + 1]?.kind === 'list')) return;
      out.push({ section, text, addressee: findAddressee(text) });
    }
  });
  return out;
}

export function noteDigest(note: Note, relFile: string): NoteDigest {
  const d = note.data!;
  const items: SummaryItem[] = [];
  for (const key of ['recommendations', 'conclusions'] as const) {
    for (const s of note.sections) if (s.key === key) items.push(...itemsOf(key, toBlocks(s.nodes)));
  }
  return { file: relFile, date: d.date, type: d.type, title: d.title, host: d.host.name, ...(d.number ? { number: d.number } : {}), items };
}

/** digests in the order of the listing: by date, then file */
export function byDate(a: NoteDigest, b: NoteDigest): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function countBy(list: readonly NoteDigest[], key: (d: NoteDigest) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const d of list) m.set(key(d), (m.get(key(d)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
}

export interface SummaryHeading {
  /** "Tổng hợp quý III/2024" */
  title: string;
  /** "quý III/2024" or "từ ngày … đến ngày …" */
  period: string;
}

export function summaryHtml(digests: readonly NoteDigest[], h: SummaryHeading): string {
  const list = [...digests].sort(byDate);
  const cells = (r: readonly (string | number)[]) => `<tr>${r.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`;
  const table = (caption: string, head: string[], rows: string[]) =>
    `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  // thousands of rows: each note's date and host escaped once for all its items
  const items: string[] = [];
  for (const d of list) {
    const lead = `<tr><td>${escapeHtml(viDate(d.date))}</td><td>${escapeHtml(d.host)}</td>`;
    for (const it of d.items) items.push(`${lead}<td>${escapeHtml(SECTION_LABEL[it.section])}</td><td>${escapeHtml(it.text)}</td><td>${escapeHtml(it.addressee || '—')}</td></tr>`);
  }
  const body = [
    `<h1>${escapeHtml(h.title)}</h1>`,
    `<p>${escapeHtml(`${list.length} buổi làm việc, kiểm tra${h.period ? ` ${h.period}` : ''}; ${items.length} kiến nghị và kết luận.`)}</p>`,
    table('Số buổi theo đơn vị', ['Đơn vị', 'Số buổi'], countBy(list, (d) => d.host).map(cells)),
    table('Số buổi theo loại', ['Loại', 'Số buổi'], countBy(list, (d) => TYPE_LABEL[d.type] ?? d.type).map(cells)),
    table('Kiến nghị và kết luận', ['Ngày', 'Đơn vị', 'Mục', 'Nội dung', 'Gửi tới'], items),
  ].join('\n');
  return pageShell(h.title, body);
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula starts neutralised for Excel */
export function csvField(v: string): string {
  const c = v.charCodeAt(0);
  // = + @ tab CR
  const s = c === 61 || c === 43 || c === 64 || c === 9 || c === 13 ? `'${v}` : v;
  return CSV_QUOTED.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const CSV_QUOTED = /[",\r\n]/;

export function summaryCsv(digests: readonly NoteDigest[]): string {
  const lines = ['Ngày,Đơn vị,Tiêu đề,Loại,Số,Mục,Nội dung,Gửi tới,Tệp'];
  for (const d of [...digests].sort(byDate)) {
    // a note's own fields once for all its items
    const lead = [d.date, d.host, d.title, TYPE_LABEL[d.type] ?? d.type, d.number ?? ''].map(csvField).join(',');
    const file = csvField(d.file);
    for (const it of d.items) lines.push(`${lead},${csvField(SECTION_LABEL[it.section])},${csvField(it.text)},${csvField(it.addressee)},${file}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "16/7/2024", "05/02/2024": Decree 30's padding, as the documents and the date-format rule have it */
export function viDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? shortDateVi(iso) : iso;
}
