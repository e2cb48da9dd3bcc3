// out/index.html: the selected visits (date, host, title, type) with a link to every
// document produced for each. Self-contained, every value escaped, in Vietnamese.
import { escapeHtml, hrefOf, pageShell, TYPE_LABEL } from './html-util.js';
import { byDate, viDate, type NoteDigest } from './summary.js';

export interface IndexOutput {
  doc: 'bien-ban' | 'thong-bao';
  format: string;
  /** relative to the output folder, "/" separated */
  path: string;
}

export interface IndexEntry {
  digest: NoteDigest;
  outputs: IndexOutput[];
}

export interface IndexHeading {
  title: string;
  period: string;
  /** other files of the run (summary, bundle), relative to the output folder */
  extras: { label: string; path: string }[];
}

const DOC_LABEL = { 'bien-ban': 'Biên bản', 'thong-bao': 'Thông báo' } as const;

export function indexHtml(entries: readonly IndexEntry[], h: IndexHeading): string {
  const list = [...entries].sort((a, b) => byDate(a.digest, b.digest));
  const rows = list.map(({ digest: d, outputs }, i) => {
    const links = outputs.map((o) => `<a href="${escapeHtml(hrefOf(o.path))}">${escapeHtml(`${DOC_LABEL[o.doc]} (${o.format.toUpperCase()})`)}</a>`).join(' ');
    const cells = [String(i + 1), viDate(d.date), d.host, d.title, TYPE_LABEL[d.type] ?? d.type].map((c, j) => `<td${j < 2 ? ' class="num"' : ''}>${escapeHtml(c)}</td>`);
    return `<tr>${cells.join('')}<td>${links}</td></tr>`;
  });
  const extras = h.extras.length
    ? `<p>${h.extras.map((e) => `<a href="${escapeHtml(hrefOf(e.path))}">${escapeHtml(e.label)}</a>`).join(' ')}</p>`
    : '';
  const body = [
    `<h1>${escapeHtml(h.title)}</h1>`,
    `<p>${escapeHtml(`${list.length} buổi làm việc, kiểm tra${h.period ? ` ${h.period}` : ''}.`)}</p>`,
    extras,
    '<table>',
    '<thead><tr><th scope="col">STT</th><th scope="col">Ngày</th><th scope="col">Đơn vị</th><th scope="col">Nội dung</th><th scope="col">Loại</th><th scope="col">Văn bản</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].filter(Boolean).join('\n');
  return pageShell(h.title, body);
}
