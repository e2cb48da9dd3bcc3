// Quarter pages: addressees, CSV quoting, digests of real notes, escaping in index.html.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildNote } from '../../src/model/note.js';
import { csvField, findAddressee, noteDigest, summaryCsv, summaryHtml, type NoteDigest } from '../../src/batch/summary.js';
import { indexHtml } from '../../src/batch/index-page.js';
import { parseCsv } from './csv.js';

const ROOT = path.resolve(__dirname, '../..');
const CAO_BANG = 'reports/2024/Q3/2024-07-16-ubnd-tinh-cao-bang.md';

describe('findAddressee', () => {
  it.each([
    ['Đề nghị Bộ Nội vụ sớm có hướng dẫn về thời gian giữ nguyên chế độ.', 'Bộ Nội vụ'],
    ['Đề nghị Sở Nội vụ tỉnh Cao Bằng chủ trì, phối hợp với Sở Tài chính rà soát.', 'Sở Nội vụ tỉnh Cao Bằng'],
    ['Giao Sở Nội vụ tỉnh Hà Giang chủ trì, phối hợp với các huyện.', 'Sở Nội vụ tỉnh Hà Giang'],
    ['Ủy ban nhân dân tỉnh Cao Bằng cần chỉ đạo hoàn thiện phương án.', 'Ủy ban nhân dân tỉnh Cao Bằng'],
    ['Kiến nghị Ban Dân vận Trung ương, Ủy ban Dân tộc nghiên cứu chính sách.', 'Ban Dân vận Trung ương'],
    ['Đoàn công tác đánh giá cao sự chủ động của tỉnh.', 'Đoàn công tác'],
    ['Đoàn kiểm tra tiếp thu ý kiến của tỉnh.', 'Đoàn kiểm tra'],
    ['Tổ kiểm tra tổng hợp kết quả.', 'Tổ kiểm tra'],
    ['Đề nghị Bộ Nội vụ "xem xét", hỗ trợ tỉnh.', 'Bộ Nội vụ'],
    ['Đề nghị Bộ Nội vụ “sớm” hướng dẫn.', 'Bộ Nội vụ'],
    ['Quy trình sắp xếp cơ bản bảo đảm đúng quy định.', ''],
    ['Tiếp thu các kiến nghị của tỉnh và báo cáo.', ''],
  ])('%s → %s', (text, who) => {
    expect(findAddressee(text)).toBe(who);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and neutralises formula starts', () => {
    expect(csvField('a')).toBe('a');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('nói "có"')).toBe('"nói ""có"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('=1+1')).toBe("'=1+1");
  });
  it('starts with a BOM, ends rows with CRLF and reads back field for field', () => {
    const d: NoteDigest = { file: 'a.md', date: '2024-07-16', type: 'lam-viec', title: 'Làm việc, "đặc biệt"', host: 'UBND tỉnh', items: [{ section: 'conclusions', text: 'Dòng một,\nhai', addressee: 'Sở Nội vụ' }] };
    const csv = summaryCsv([d]);
    expect(csv.startsWith('\uFEFFNgày,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['2024-07-16', 'UBND tỉnh', 'Làm việc, "đặc biệt"', 'Làm việc', '', 'Kết luận', 'Dòng một,\nhai', 'Sở Nội vụ', 'a.md']);
  });
});

describe('noteDigest', () => {
  it('lists every recommendation and conclusion item of a real note, without the lead-in lines', () => {
    const text = readFileSync(path.join(ROOT, CAO_BANG), 'utf8');
    const d = noteDigest(buildNote(CAO_BANG, text), CAO_BANG);
    expect(d).toMatchObject({ date: '2024-07-16', type: 'lam-viec', host: 'Ủy ban nhân dân tỉnh Cao Bằng', number: '03/BB-ĐCT' });
    expect(d.items.filter((i) => i.section === 'recommendations')).toHaveLength(3);
    expect(d.items.filter((i) => i.section === 'conclusions')).toHaveLength(5);
    expect(d.items.some((i) => i.text.endsWith(':'))).toBe(false);
    expect(d.items[1]).toMatchObject({ addressee: 'Bộ Tài chính' });
    expect(d.items[1].text).toMatch(/^Đề nghị Bộ Tài chính hướng dẫn cụ thể/);
  });
});

describe('index.html and summary.html', () => {
  const evil: NoteDigest = { file: 'x/<a>.md', date: '2024-07-01', type: 'kiem-tra', title: '<script>alert(1)</script> & "x"', host: 'Sở <b>', items: [{ section: 'recommendations', text: 'Đề nghị <i>Bộ</i>', addressee: '' }] };
  it('escape every value and encode links', () => {
    const html = indexHtml([{ digest: evil, outputs: [{ doc: 'bien-ban', format: 'pdf', path: 'x/<a> b.pdf' }] }], { title: 'Danh sách quý III/2024', period: 'quý III/2024', extras: [] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).toContain('href="x/%3Ca%3E%20b.pdf"');
    expect(html).toContain('<html lang="vi">');
    const sum = summaryHtml([evil], { title: 'Tổng hợp', period: 'quý III/2024' });
    expect(sum).not.toContain('<i>Bộ</i>');
    expect(sum).toContain('Sở &lt;b&gt;');
  });

  it('write dates as the documents do (days < 10 and months 1–2 padded), which the date-format rule accepts', () => {
    const d = (date: string): NoteDigest => ({ ...evil, date, title: 'T', host: 'H' });
    const html = indexHtml([{ digest: d('2024-07-05'), outputs: [] }, { digest: d('2024-02-16'), outputs: [] }], { title: 'T', period: '', extras: [] });
    expect(html).toContain('>05/7/2024<');
    expect(html).toContain('>16/02/2024<');
    expect(html).not.toContain('05/07/2024');
    const sum = summaryHtml([d('2024-07-05')], { title: 'T', period: '' });
    expect(sum).toContain('05/7/2024');
    expect(sum).not.toContain('05/07/2024');
  });
});
