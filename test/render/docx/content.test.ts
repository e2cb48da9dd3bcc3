import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import type { MinutesView } from '../../../src/render/view.js';
import { DATES, INJECTIONS, PEOPLE, SECTION_HEADINGS, bienBanView, thongBaoView } from '../../fixtures/views/docx-view.js';
import { openDocx, paragraphs, tables } from './read-docx.js';

async function texts(view: MinutesView, fontFamily?: string) {
  const parts = await openDocx(await renderDocx(view, fontFamily ? { fontFamily } : undefined));
  const paras = paragraphs(parts.document);
  return { ...parts, paras, all: paras.map((p) => p.text).join('\n') };
}

describe('docx content, Mẫu 1.9 biên bản', () => {
  it('carries every name, position, date and section heading, in NFC', async () => {
    const { paras, all } = await texts(bienBanView);
    expect(all).toBe(all.normalize('NFC'));
    for (const x of PEOPLE) {
      expect(all).toContain(x.name);
      expect(all).toContain(x.position);
    }
    expect(all).toContain(DATES[0]);
    expect(all).toContain(DATES[1]);
    const lines = paras.map((p) => p.text);
    for (const h of SECTION_HEADINGS) expect(lines).toContain(h);
    for (const s of [bienBanView.header.parent, bienBanView.header.issuer, 'Số: 05/BB-ĐCT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BIÊN BẢN', bienBanView.subject]) {
      expect(lines).toContain(s);
    }
    // Mẫu 1.9 has no place/date line in the header
    expect(all).not.toContain('Bắc Kạn, ngày');
  });

  it('numbers ### headings per section and prints section titles bold', async () => {
    const { paras } = await texts(bienBanView);
    const h1 = paras.find((p) => p.text === '1. Về nhận thức và trách nhiệm');
    const h2 = paras.find((p) => p.text === '2. Về phong trào thi đua và cải cách hành chính');
    expect(h1?.xml).toMatch(/<w:b\/>/);
    expect(h2?.xml).toMatch(/<w:keepNext\/>/);
    expect(paras.find((p) => p.text === 'I. KẾT QUẢ ĐẠT ĐƯỢC')?.xml).toMatch(/<w:b\/>/);
  });

  it('writes lists with "1." and "-" markers and quotes in italics', async () => {
    const { paras } = await texts(bienBanView);
    const lines = paras.map((p) => p.text);
    expect(lines).toContain('1. Tuyên truyền, hướng dẫn nhân dân tham gia các chương trình, dự án phát triển kinh tế - xã hội chưa được coi trọng đúng mức.');
    expect(lines).toContain('3. Một số kiến nghị của cơ sở chưa được phản hồi kịp thời.');
    expect(lines).toContain(`- Đồng chí ${PEOPLE[1].name}, ${PEOPLE[1].position};`);
    expect(lines).toContain('- ưu tiên các xã vùng sâu, vùng xa;');
    const quote = paras.find((p) => p.text.startsWith('“Tỉnh miền núi'));
    expect(quote?.xml).toMatch(/<w:i\/>/);
    expect(quote?.xml).toMatch(/<w:ind w:left="567"/);
  });

  it('puts THƯ KÝ | CHỦ TỌA in one unsplittable borderless row, kept with the closing line', async () => {
    const { document, paras } = await texts(bienBanView);
    const sig = tables(document).find((t) => t.includes('THƯ KÝ'));
    expect(sig).toBeDefined();
    const cells = [...(sig as string).matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map((p) => p.text).filter(Boolean));
    expect(cells).toEqual([
      ['THƯ KÝ', PEOPLE[4].name],
      ['CHỦ TỌA', PEOPLE[0].name],
    ]);
    expect(sig).toMatch(/<w:cantSplit\/>/);
    expect(sig).toMatch(/<w:tblBorders><w:top w:val="none"/);
    for (const p of paragraphs(sig as string).filter((x) => x.text)) expect(p.xml).toMatch(/<w:b\/>/);
    // blank lines for signing between title and name
    expect(paragraphs(sig as string).filter((p) => p.text === '').length).toBeGreaterThanOrEqual(6);
    const closing = paras.find((p) => p.text.startsWith('Biên bản đã được đọc lại'));
    expect(closing?.text.endsWith('./.')).toBe(true);
    expect(closing?.xml).toMatch(/<w:keepNext\/>/);
    expect(document.indexOf('Biên bản đã được đọc lại')).toBeLessThan(document.indexOf('THƯ KÝ'));
  });

  it('lists the recipients after the signatures: "Nơi nhận:" bold italic 12 pt, lines 11 pt', async () => {
    const { document, paras } = await texts(bienBanView);
    const title = paras.find((p) => p.text === 'Nơi nhận:');
    expect(title?.xml).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    const last = paras.find((p) => p.text === '- Lưu: VT, Hồ sơ.');
    expect(last?.xml).toMatch(/<w:sz w:val="22"\/>/);
    expect(document.indexOf('Nơi nhận:')).toBeGreaterThan(document.indexOf('CHỦ TỌA'));
  });

  it('keeps XML, HTML, Handlebars and Typst syntax verbatim as text', async () => {
    const { document, all } = await texts(bienBanView);
    for (const s of INJECTIONS) expect(all).toContain(s);
    // the code block keeps its own lines and indentation
    expect(all).toContain('{{x}} <w:p> &amp; ]]>\n#read("/etc/passwd")\n    thụt lề giữ nguyên');
    // escaped in the XML, so no data became markup
    expect(document).toContain('&lt;w:p&gt;');
    expect(document).toContain('&amp;amp;');
    expect(document).not.toContain('<script>');
    expect(document.match(/<w:tbl>/g)?.length).toBe(4);
  });

  it('links only http(s) and mailto targets', async () => {
    const { rels, paras } = await texts(bienBanView);
    const targets = [...rels.matchAll(/relationships\/hyperlink" Target="([^"]+)"/g)].map((m) => m[1]);
    expect(targets.sort()).toEqual(['https://backan.gov.vn', 'mailto:vanthu@backan.gov.vn']);
    expect(rels).not.toContain('javascript');
    const p = paras.find((x) => x.text.includes('bấm vào đây'));
    expect(p?.xml.match(/<w:hyperlink /g)?.length).toBe(2);
  });

  it('sets the document properties from meta', async () => {
    const { core } = await texts(bienBanView);
    expect(core).toContain(`<dc:title>${bienBanView.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${PEOPLE[4].name}</dc:creator>`);
    expect(core).toMatch(/<dc:description>BIÊN BẢN Buổi làm việc[^<]*2024-07-23\)<\/dc:description>/);
  });

  it("dates the document by the note's date, so the same view renders to the same bytes", async () => {
    const a = await renderDocx(bienBanView);
    await new Promise((r) => setTimeout(r, 1100)); // the clock moves on; the file must not
    const b = await renderDocx(bienBanView);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const { core } = await openDocx(a);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${bienBanView.meta.date}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${bienBanView.meta.date}T00:00:00Z</dcterms:modified>`);
  });

  it('is the same bytes for the same view and time, and a valid package for jszip', async () => {
    const created = new Date('2024-07-24T08:00:00Z');
    const a = await renderDocx(bienBanView, { created });
    const b = await renderDocx(bienBanView, { created });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const { zip, core } = await openDocx(a);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-24T08:00:00Z</dcterms:created>');
    expect(Object.keys(zip.files).sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'word/_rels/document.xml.rels',
      'word/document.xml', 'word/header1.xml', 'word/header2.xml', 'word/settings.xml', 'word/styles.xml',
    ]);
    // every part named in [Content_Types].xml is in the archive
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect(zip.file(m[1])).not.toBeNull();
  });
});

describe('docx content, Mẫu 1.4 thông báo', () => {
  it('has the italic place/date under the motto and "Số" in the left column', async () => {
    const { document } = await texts(thongBaoView);
    const head = paragraphs(tables(document)[0]);
    const date = head.find((p) => p.text === DATES[2]);
    expect(date?.xml).toMatch(/<w:i\/>/);
    expect(head.findIndex((p) => p.text === DATES[2])).toBeGreaterThan(head.findIndex((p) => p.text === 'Độc lập - Tự do - Hạnh phúc'));
    expect(head.map((p) => p.text)).toContain('Số: 06/TB-ĐCT');
  });

  it('puts Nơi nhận left and the signer right in one row', async () => {
    const { document, all } = await texts(thongBaoView);
    const row = tables(document).find((t) => t.includes('Nơi nhận:'));
    expect(row).toBeDefined();
    expect(row?.match(/<w:tr>/g)?.length).toBe(1);
    expect(row).toMatch(/<w:cantSplit\/>/);
    const cells = [...(row as string).matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map((p) => p.text).filter(Boolean));
    expect(cells).toHaveLength(2);
    expect(cells[0]).toEqual(['Nơi nhận:', ...thongBaoView.recipients]);
    expect(cells[1]).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', PEOPLE[0].name]);
    expect(all).toContain('- Lưu: VT, Hồ sơ.');
    expect(all).not.toContain('THƯ KÝ');
    for (const h of ['I. ĐÁNH GIÁ CHUNG', 'II. HẠN CHẾ, TỒN TẠI', 'III. NHIỆM VỤ THỜI GIAN TỚI']) expect(all).toContain(h);
    for (const s of INJECTIONS) expect(all).toContain(s);
  });
});

describe('docx text handling', () => {
  it('normalizes NFD input to NFC and drops characters XML forbids', async () => {
    const nfd = 'Nguyễn Thị Ánh Tuyết'.normalize('NFD');
    const view: MinutesView = {
      ...thongBaoView,
      signatures: [{ titles: ['TRƯỞNG ĐOÀN'], name: `${nfd}\u0001` }],
    };
    const { all, document } = await texts(view);
    expect(all).toContain('Nguyễn Thị Ánh Tuyết'.normalize('NFC'));
    expect(all).not.toContain(nfd);
    expect(document).not.toMatch(/[\u0000-\u0008]/);
  });

  it('writes the requested font family instead of Times New Roman', async () => {
    const { styles } = await texts(bienBanView, 'Liberation Serif');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Liberation Serif"/);
    expect(styles).not.toMatch(/<w:docDefaults>[\s\S]*Times New Roman[\s\S]*<\/w:docDefaults>/);
  });
});
