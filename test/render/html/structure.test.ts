import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { BienbanError } from '../../../src/errors.js';
import { createHtmlRenderer, renderHtml } from '../../../src/render/html/index.js';
import type { MinutesView } from '../../../src/render/view.js';
import { bienBanView, thongBaoView } from '../../fixtures/views/html-view.js';
import { bodyOf, hrefs } from './helpers.js';

const FONT_DIR = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

/** Asserts the needles occur in this order and returns their positions. */
function expectInOrder(haystack: string, needles: string[]): void {
  let from = 0;
  for (const n of needles) {
    const at = haystack.indexOf(n, from);
    expect(at, `"${n}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + n.length;
  }
}

describe('HTML renderer: Mẫu 1.9 biên bản', () => {
  const html = renderHtml(bienBanView());
  const body = bodyOf(html);

  it('is one HTML document with Vietnamese language, utf-8 and the meta title', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Biên bản làm việc với UBND tỉnh Bắc Kạn về công tác dân vận</title>');
    expect(html.match(/<html/g)).toHaveLength(1);
  });

  it('prints the two-column header: parent, bold issuer with short rule, Số, Quốc hiệu, Tiêu ngữ', () => {
    expect(body).toMatch(/<div class="parent">BAN DÂN VẬN TRUNG ƯƠNG<\/div>/);
    expect(body).toMatch(/<span class="issuer">ĐOÀN CÔNG TÁC LIÊN NGÀNH<\/span>/);
    expect(body).toMatch(/<div class="number">Số: 05\/BB-ĐCT<\/div>/);
    expect(body).toMatch(/<div class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<\/div>/);
    expect(body).toMatch(/<span class="motto">Độc lập - Tự do - Hạnh phúc<\/span>/);
    // Mẫu 1.9 has no place/date line
    expect(body).not.toContain('place-date');
    // the header CSS: issuer rule shorter than the text, motto rule exactly the text width
    expect(html).toMatch(/\.issuer::after\s*{[^}]*width:\s*40%/);
    expect(html).toMatch(/\.motto\s*{[^}]*display:\s*inline-block[^}]*border-bottom/);
  });

  it('puts title, sections, closing, signatures and Nơi nhận in Decree order', () => {
    expectInOrder(body, [
      'class="hdr"',
      '<div class="doctype">BIÊN BẢN</div>',
      'Buổi làm việc của Đoàn công tác liên ngành Trung ương',
      'Thời gian bắt đầu: ',
      '<h2 class="section-title">I. KẾT QUẢ THỰC HIỆN</h2>',
      '<h2 class="section-title">II. HẠN CHẾ, KHÓ KHĂN</h2>',
      '<h2 class="section-title">III. Ý KIẾN THẢO LUẬN</h2>',
      '<h2 class="section-title">IV. KẾT LUẬN CỦA TRƯỞNG ĐOÀN</h2>',
      'ngày 23 tháng 7 năm 2024./.',
      '<div class="sig-title">THƯ KÝ</div>',
      '<div class="sig-title">CHỦ TỌA</div>',
      '<div class="sig-name">Lê Thu Hà</div>',
      '<div class="sig-name">Triệu Văn Cường</div>',
      '<div class="recipients-label">Nơi nhận:</div>',
      '<div class="recipient">- Lưu: VT, Hồ sơ.</div>',
    ]);
    // THƯ KÝ and CHỦ TỌA side by side: two cells of one row
    expect(body).toMatch(/<tr>\s*<td class="sig-cell">[\s\S]*THƯ KÝ[\s\S]*<\/td>\s*<td class="sig-cell">[\s\S]*CHỦ TỌA[\s\S]*<\/td>\s*<\/tr>/);
    // and the names on the next row, so they line up whatever the number of title lines
    expect(body).toMatch(/<tr>\s*<td class="sig-cell"><div class="sig-space"><\/div><div class="sig-name">Lê Thu Hà<\/div><\/td>\s*<td class="sig-cell"><div class="sig-space"><\/div><div class="sig-name">Triệu Văn Cường<\/div><\/td>\s*<\/tr>/);
  });

  it('renders blocks: headings, emphasis, ordered and nested lists, table, quote', () => {
    expect(body).toContain('<h3 class="heading level-3">1. Việc triển khai các văn bản chỉ đạo</h3>');
    expect(body).toContain('<em>nhiều chuyển biến tích cực</em>');
    expect(body).toContain('<strong>Thời gian bắt đầu: </strong>08 giờ 00 phút');
    expect(body).toMatch(/<span class="mk">1\.<\/span> Tiếp tục thể chế hóa/);
    expect(body).toMatch(/<span class="mk">2\.<\/span> Có chính sách riêng[\s\S]*<div class="list">[\s\S]*<span class="mk">\+<\/span> về đầu tư hạ tầng/);
    expect(body).toContain('<thead><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr></thead>');
    expect(body).toContain('<td><strong>91,3%</strong></td>');
    expect(body).toMatch(/<blockquote><p>Bắc Kạn tuy còn nhiều khó khăn/);
    expect(hrefs(html)).toEqual(['https://backan.gov.vn']);
  });

  it('numbers unnumbered headings per section and marks nested ordered lists a), đ)', () => {
    const view = bienBanView();
    const para = (text: string) => ({ kind: 'paragraph' as const, inlines: [{ text }] });
    view.sections[1].blocks.unshift({ kind: 'heading', level: 3, inlines: [{ text: 'Về nhận thức' }] }, { kind: 'heading', level: 4, inlines: [{ text: 'Về tổ chức' }] });
    view.sections[1].blocks.push({
      kind: 'list',
      ordered: true,
      start: 1,
      items: [[para('khoản một'), { kind: 'list', ordered: true, start: 4, items: [[para('điểm d')], [para('điểm đ')], [para('điểm e')]] }]],
    });
    const out = bodyOf(renderHtml(view));
    expect(out).toContain('<h3 class="heading level-3">1. Về nhận thức</h3>');
    expect(out).toContain('<h3 class="heading level-4">2. Về tổ chức</h3>');
    // section I keeps its own numbers ("1. Việc triển khai" is already numbered)
    expect(out).not.toContain('1. 1. Việc');
    expect(out).toMatch(/<span class="mk">1\.<\/span> khoản một[\s\S]*<span class="mk">d\)<\/span> điểm d[\s\S]*<span class="mk">đ\)<\/span> điểm đ[\s\S]*<span class="mk">e\)<\/span> điểm e/);
  });

  it('honours list start, explicit flush paragraphs, hard breaks, code and rules', () => {
    const view = bienBanView();
    view.sections[0].blocks.push(
      { kind: 'list', ordered: true, start: 4, items: [[{ kind: 'paragraph', inlines: [{ text: 'mục bốn' }] }]] },
      { kind: 'paragraph', indent: false, inlines: [{ text: 'dòng một' }, { text: '', br: true }, { text: 'dòng hai' }, { text: 'x', code: true }] },
      { kind: 'code', text: 'a < b\n  c' },
      { kind: 'rule' },
    );
    const out = bodyOf(renderHtml(view));
    expect(out).toMatch(/<span class="mk">4\.<\/span> mục bốn/);
    expect(out).toContain('<p class="flush">dòng một<br>dòng hai<code>x</code></p>');
    expect(out).toContain('<pre><code>a &lt; b\n  c</code></pre>');
    expect(out).toContain('<hr>');
  });

  it('has the Decree 30 print rules: A4, margins, page number from page 2, body text', () => {
    expect(html).toMatch(/@page\s*{\s*size:\s*A4;\s*margin:\s*20mm 15mm 20mm 30mm;/);
    expect(html).toMatch(/@top-center\s*{\s*content:\s*counter\(page\);[^}]*font-size:\s*13pt/);
    expect(html).toMatch(/@page :first\s*{\s*@top-center\s*{\s*content:\s*none;\s*}\s*}/);
    expect(html).toMatch(/body\s*{[^}]*font-family:\s*"MinutesSerif", "Times New Roman", serif;[^}]*font-size:\s*14pt;[^}]*line-height:\s*1\.3;[^}]*text-align:\s*justify/);
    expect(html).toMatch(/\bp\s*{[^}]*margin:\s*0 0 6pt;[^}]*text-indent:\s*1cm/);
    expect(html).toMatch(/@media screen\s*{[\s\S]*?\.page\s*{[^}]*width:\s*210mm;[^}]*padding:\s*20mm 15mm 20mm 30mm/);
    expect(html).toMatch(/table\.sig\s*{[^}]*break-inside:\s*avoid/);
  });

  it('embeds the four MinutesSerif Web faces as data URIs (bytes equal to the asset files)', () => {
    const faces = [...html.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]);
    expect(faces).toHaveLength(4);
    const files = ['Regular', 'Bold', 'Italic', 'BoldItalic'];
    for (const [i, face] of faces.entries()) {
      expect(face).toContain('font-family: "MinutesSerif"');
      const b64 = /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(face)?.[1];
      expect(b64, files[i]).toBeDefined();
      const bytes = readFileSync(`${FONT_DIR}web/MinutesSerifWeb-${files[i]}.woff2`);
      expect(Buffer.from(b64 ?? '', 'base64').equals(bytes)).toBe(true);
    }
    expect(faces[1]).toMatch(/font-weight: bold; font-style: normal/);
    expect(faces[3]).toMatch(/font-weight: bold; font-style: italic/);
  });

  it('is self-contained: no external resource, only user links point outside', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    );
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]+\ssrc\s*=/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/url\(\s*(?!data:)/i);
    const urls = html.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
    expect(urls).toEqual(['https://backan.gov.vn']);
  });
});

describe('HTML renderer: Mẫu 1.4 thông báo', () => {
  const html = renderHtml(thongBaoView());
  const body = bodyOf(html);

  it('has the italic place/date line on the row of Số', () => {
    expect(body).toMatch(/<div class="number">Số: 12\/TB-ĐCT<\/div><\/td>\s*<td class="hdr-r"><div class="place-date">Bắc Kạn, ngày 23 tháng 7 năm 2024<\/div>/);
    expect(html).toMatch(/\.place-date\s*{[^}]*font-style:\s*italic/);
    expect(body).toContain('<div class="doctype">THÔNG BÁO</div>');
  });

  it('puts Nơi nhận left and the signer right in one row', () => {
    expect(body).toMatch(
      /<tr>\s*<td class="sig-recipients">[\s\S]*Nơi nhận:[\s\S]*- Lưu: VT, Hồ sơ\.[\s\S]*<\/td>\s*<td class="sig-cell">[\s\S]*TRƯỞNG ĐOÀN[\s\S]*THỨ TRƯỞNG BỘ NỘI VỤ[\s\S]*Triệu Văn Cường[\s\S]*<\/td>\s*<\/tr>/,
    );
    expect(body.match(/Nơi nhận:/g)).toHaveLength(1);
    expect(body).toMatch(/thực hiện\.\/\.<\/p>/);
  });
});

describe('HTML renderer: instance', () => {
  it('keeps helpers and partials off the global Handlebars instance', () => {
    createHtmlRenderer().render(bienBanView());
    expect(Handlebars.partials.header).toBeUndefined();
    expect(Handlebars.helpers.marker).toBeUndefined();
  });

  it('renders the same output from a fresh renderer and the convenience function', () => {
    const view = thongBaoView();
    expect(createHtmlRenderer().render(view)).toBe(renderHtml(view));
  });

  it('rejects an unknown document kind with a RENDER error', () => {
    const view = { ...bienBanView(), doc: 'quyet-dinh' } as unknown as MinutesView;
    expect(() => renderHtml(view)).toThrow(BienbanError);
    expect(() => renderHtml(view)).toThrow(/quyet-dinh/);
  });
});

describe('HTML renderer: bytes', () => {
  it('renderBytes is render() as UTF-8, the styles spliced in once, for both documents', () => {
    const r = createHtmlRenderer();
    for (const view of [bienBanView(), thongBaoView()]) {
      const html = r.render(view);
      const bytes = r.renderBytes(view);
      expect(Buffer.from(bytes).equals(Buffer.from(html, 'utf8'))).toBe(true);
      expect(html.match(/@font-face/g)?.length).toBeGreaterThan(0);
      expect(html).not.toContain('bienban-css-');
    }
  });
});
