// model → view: what Mẫu 1.9 (biên bản) and Mẫu 1.4 (thông báo) print, as plain data.
import type { Note } from '../model/note.js';
import { isEmptySection } from '../model/sections.js';
import type { NoteData, Person } from '../schema/note.js';
import { fullDateVi, shortDateVi, timeVi, weekdayVi } from '../domain/dates.js';
import { typeWordFor, withoutNumberWord } from '../domain/doc-types.js';
import { toBlocks } from './blocks.js';
import type { Block, Inline, MinutesView, SignatureView } from './view.js';

export type DocKind = 'bien-ban' | 'thong-bao';
export const DOC_KINDS: readonly DocKind[] = ['bien-ban', 'thong-bao'];

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

const upper = (s: string) => s.toLocaleUpperCase('vi');
const lcFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const para = (...inl: Inline[]): Block => ({ kind: 'paragraph', inlines: inl, indent: true });
const labelled = (label: string, text: string): Block => para({ text: label, bold: true }, { text: ` ${text}` });
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `word text`: the text may already begin with the word (a trích yếu "Về việc …" after "về",
 * "Tại trụ sở …" after "tại"); then the word is printed once, in the case the sentence needs.
 */
export function lead(word: string, text: string): string {
  // compared in NFC: "Về" may come decomposed
  const t = text.trimStart().normalize('NFC');
  const rest = t.slice(word.length);
  if (t.slice(0, word.length).toLocaleLowerCase('vi') === word.toLocaleLowerCase('vi') && (rest === '' || /^\s/.test(rest))) return word + rest;
  return `${word} ${text}`;
}

/** a trích yếu after the document: "về …"; "V/v" (về việc) is spelled out */
const aboutSubject = (subject: string) => lead('về', subject.trimStart().replace(/^v\/v\s*/i, 'về việc '));

/** a symbol after "Số:" or "số": a "Số" the note wrote itself is dropped */
const symbol = withoutNumberWord;

function personLine(p: Person): string {
  return [p.name, p.position, p.role].filter(Boolean).join(', ');
}

function findPerson(d: NoteData, name: string): Person | undefined {
  return [...d.delegation.members, ...d.host.members].find((m) => m.name === name);
}

function recipientLines(items: readonly string[] | undefined): string[] {
  const list = (items ?? []).map((s) => s.trim().replace(/[;.]+$/, '')).filter(Boolean);
  if (!list.some((s) => /^lưu\b/i.test(s))) list.push('Lưu: VT, Hồ sơ');
  return list.map((s, i) => `- ${s}${i === list.length - 1 ? '.' : ';'}`);
}

function basisLine(d: NoteData): string | undefined {
  if (!d.basis?.length) return undefined;
  return d.basis
    .map((b) => {
      const type = b.type ?? typeWordFor(b.number);
      const n = symbol(b.number);
      return [type ? `${type} số ${n}` : `Văn bản số ${n}`, b.date ? `ngày ${shortDateVi(b.date)}` : '', b.issuer ? lead('của', b.issuer) : '', b.subject ? aboutSubject(b.subject) : '']
        .filter(Boolean)
        .join(' ');
    })
    .join('; ');
}

/** `###` headings become "1.", "2.", ... within their section (Decree 30 PL I §II.6b), unless already numbered */
function numberHeadings(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((b) => {
    if (b.kind !== 'heading') return b;
    n++;
    const text = b.inlines.map((i) => i.text).join('');
    return /^\s*\d+[.)]/.test(text) ? b : { ...b, inlines: [{ text: `${n}. `, bold: true }, ...b.inlines] };
  });
}

/** the sections with text, numbered I., II., ... without gaps: a heading left empty (the skeleton's
 * "Nguyên nhân") is not printed as a bare title; the required ones are errors when empty */
function sectionsOf(note: Note) {
  return note.sections
    .filter((s) => !isEmptySection(s))
    .map((s, i) => ({ number: `${ROMAN[i] ?? String(i + 1)}.`, title: upper(s.title), blocks: numberHeadings(toBlocks(s.nodes)) }));
}

function header(d: NoteData, issuer = d.issuer, numberText: string | undefined, fallbackType: string): MinutesView['header'] {
  return {
    ...(issuer.parent ? { parent: upper(issuer.parent) } : {}),
    issuer: upper(issuer.name),
    number: numberText ? `Số: ${symbol(numberText)}` : `Số:      /${fallbackType}-...`,
    nation: NATION,
    motto: MOTTO,
  };
}

function meta(d: NoteData, title: string) {
  return { title, date: d.date, author: d.issuer.name, subject: d.title };
}

export function buildBienBan(note: Note): MinutesView {
  const d = note.data!;
  const chair = findPerson(d, d.chair);
  const inspection = d.type === 'kiem-tra';
  const intro: Block[] = [
    labelled('Thời gian bắt đầu:', `${timeVi(d.start)}, ${weekdayVi(d.date)}, ${fullDateVi(d.date)}.`),
    labelled('Địa điểm:', `${d.location}.`),
  ];
  const basis = basisLine(d);
  if (basis) intro.push(labelled(inspection ? 'Căn cứ:' : 'Văn bản được xem xét:', `${basis}.`));
  intro.push(para({ text: 'Thành phần tham dự:', bold: true }));
  const side = (n: number, name: string, members: Person[]) => {
    intro.push(para({ text: `${n}. ${name}:` }));
    members.forEach((m, i) => intro.push(para({ text: `- ${lead('Đồng chí', personLine(m))}${i === members.length - 1 ? '.' : ';'}` })));
  };
  side(1, d.delegation.name, d.delegation.members);
  side(2, d.host.name, d.host.members);
  intro.push(labelled('Chủ trì (chủ tọa):', `${lead('Đồng chí', chair ? personLine(chair) : d.chair)}.`));
  intro.push(labelled('Thư ký (người ghi biên bản):', `${lead('Đồng chí', [d.secretary.name, d.secretary.position].filter(Boolean).join(', '))}.`));
  intro.push(para({ text: 'Nội dung:', bold: true }));

  const what = inspection ? 'Buổi kiểm tra' : 'Buổi làm việc';
  const endText = d.end ? `${timeVi(d.end)} cùng ngày` : '… giờ … phút cùng ngày';
  const copies = d.copies ? `${pad2(d.copies)} bản` : '… bản';
  const closing: Block[] = [
    para({ text: `${what} kết thúc vào ${endText}. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe, thống nhất và được lập thành ${copies} có giá trị như nhau./.` }),
  ];
  const chairTitles = ['CHỦ TỌA'];
  if (d.chair_signer?.prefix && d.chair_signer.authority) chairTitles.push(lead(d.chair_signer.prefix, upper(d.chair_signer.authority)));
  if (d.chair_signer?.position) chairTitles.push(upper(d.chair_signer.position));
  const signatures: SignatureView[] = [
    { titles: ['THƯ KÝ'], name: d.secretary.name },
    { titles: chairTitles, name: d.chair },
  ];
  return {
    doc: 'bien-ban',
    header: header(d, d.issuer, d.number, 'BB'),
    docType: 'BIÊN BẢN',
    subject: d.title,
    intro,
    sections: sectionsOf(note),
    closing,
    signatures,
    recipients: recipientLines(d.recipients),
    meta: meta(d, `Biên bản: ${d.title}`),
  };
}

export function buildThongBao(note: Note): MinutesView {
  const d = note.data!;
  const n = d.notice ?? {};
  const chair = findPerson(d, d.chair);
  const chairInDelegation = d.delegation.members.some((m) => m.name === d.chair);
  const counterpart = chairInDelegation ? d.host.name : d.delegation.name;
  const chairPos = chair?.position ? `${chair.position} ` : '';
  const inspection = d.type === 'kiem-tra';
  const session = inspection ? 'buổi kiểm tra' : 'buổi làm việc';
  const subject = n.subject ?? (inspection ? `Kết luận của ${chairPos}${d.chair} tại buổi kiểm tra ${d.host.name}` : `Kết luận của ${chairPos}${d.chair} tại buổi làm việc với ${counterpart}`);
  const listOf = (ms: Person[]) => ms.filter((m) => m.name !== d.chair).map((m) => `${m.name}, ${m.position}`).join('; ');
  const delegationOthers = listOf(d.delegation.members);
  const hostOthers = listOf(d.host.members);
  const intro: Block[] = [
    para({ text: `Ngày ${fullDateVi(d.date).replace(/^ngày /, '')}, ${lead('tại', d.location)}, ${d.delegation.name} đã có ${lead('buổi', lcFirst(d.title))}.` }),
    para({
      text:
        `${lead('Đồng chí', chair ? personLine(chair) : d.chair)} chủ trì ${session}.` +
        (delegationOthers ? ` Tham dự có các đồng chí thành viên ${d.delegation.name}: ${delegationOthers}.` : '') +
        (hostOthers ? ` Về phía ${d.host.name} có các đồng chí: ${hostOthers}.` : ''),
    }),
    para({ text: `Sau khi nghe báo cáo và ý kiến của các thành viên dự họp, ${lead('đồng chí', d.chair)} kết luận như sau:` }),
  ];
  const conclusions = note.sections.find((s) => s.key === 'conclusions');
  if (conclusions) intro.push(...toBlocks(conclusions.nodes));
  const signer = n.signer;
  const signatures: SignatureView[] = [
    signer
      ? { titles: [...(signer.prefix && signer.authority ? [lead(signer.prefix, upper(signer.authority))] : []), upper(signer.position)], name: signer.name }
      : { titles: [upper(chair?.role ?? chair?.position ?? 'CHỦ TRÌ')], name: d.chair },
  ];
  const issuer = n.issuer ?? d.issuer;
  const date = n.date ?? d.date;
  return {
    doc: 'thong-bao',
    header: { ...header(d, issuer, n.number, 'TB'), placeDate: `${n.place ?? d.place}, ${fullDateVi(date)}` },
    docType: 'THÔNG BÁO',
    subject,
    intro,
    sections: [],
    closing: [para({ text: `Trên đây là kết luận của ${lead('đồng chí', d.chair)} tại ${session}; đề nghị các cơ quan, đơn vị liên quan biết, thực hiện./.` })],
    signatures,
    recipients: recipientLines(n.recipients ?? d.recipients),
    meta: { ...meta(d, `Thông báo: ${subject}`), date },
  };
}

export function buildView(note: Note, doc: DocKind): MinutesView {
  return doc === 'thong-bao' ? buildThongBao(note) : buildBienBan(note);
}
