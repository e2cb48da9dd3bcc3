// The view builder: what Mẫu 1.9 and Mẫu 1.4 print, from a note.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildNote } from '../../src/model/note.js';
import { buildView, lead } from '../../src/render/build-view.js';
import { blocksText } from '../../src/render/blocks.js';
import { renderHtml } from '../../src/render/html/index.js';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const SEED = read('seeds/2024-07-23-ubnd-tinh-bac-kan.md');
const INSPECTION = read('reports/2024/Q3/2024-07-25-ubnd-huyen-hoa-an-tinh-cao-bang.md');

describe('buildView bien-ban (Mẫu 1.9)', () => {
  const view = buildView(buildNote('seed.md', SEED), 'bien-ban');

  it('prints the header, the type and the meeting name, with no place/date line', () => {
    expect(view.header).toMatchObject({ parent: 'BỘ NỘI VỤ', issuer: 'ĐOÀN CÔNG TÁC LIÊN NGÀNH TRUNG ƯƠNG', number: 'Số: 05/BB-ĐCT', nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' });
    expect(view.header.placeDate).toBeUndefined();
    expect(view.docType).toBe('BIÊN BẢN');
  });

  it('opens with time (weekday and full date), place, attendees, chair and secretary', () => {
    const intro = blocksText(view.intro);
    expect(intro).toContain('Thời gian bắt đầu: 08 giờ 00 phút, thứ Ba, ngày 23 tháng 7 năm 2024.');
    expect(intro).toContain('Chủ trì (chủ tọa): Đồng chí Triệu Văn Cường, Thứ trưởng Bộ Nội vụ, Trưởng đoàn.');
    expect(intro).toMatch(/Thư ký \(người ghi biên bản\): Đồng chí Hoàng Minh Đức/);
    expect(intro).toContain('- Đồng chí Phương Thị Thanh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh;');
  });

  it('numbers the sections I., II., ... in upper case and ends with time, copies, signatures and Nơi nhận', () => {
    expect(view.sections.map((s) => s.number)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(view.sections[4].title).toBe('KẾT LUẬN');
    expect(blocksText(view.closing)).toMatch(/kết thúc vào 11 giờ 30 phút cùng ngày.*lập thành 04 bản có giá trị như nhau\.\/\.$/);
    expect(view.signatures.map((s) => s.titles[0])).toEqual(['THƯ KÝ', 'CHỦ TỌA']);
    expect(view.recipients.at(-1)).toBe('- Lưu: VT, Hồ sơ.');
    expect(view.recipients.slice(0, -1).every((r) => r.startsWith('- ') && r.endsWith(';'))).toBe(true);
  });

  it('leaves out sections with no text (the skeleton\'s empty optional ones) and numbers the rest without gaps', () => {
    const text = SEED.replace('## Kết quả đạt được\n', '## Nguyên nhân\n\n<!-- Nguyên nhân khách quan và chủ quan của hạn chế. -->\n\n## Ý kiến giải trình\n\n## Kết quả đạt được\n');
    const v = buildView(buildNote('x.md', text), 'bien-ban');
    expect(v.sections.map((s) => `${s.number} ${s.title}`)).toEqual(['I. NỘI DUNG LÀM VIỆC', 'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. TỒN TẠI, HẠN CHẾ', 'IV. KIẾN NGHỊ, ĐỀ XUẤT', 'V. KẾT LUẬN']);
    // the formats draw this view: the HTML has no bare heading either
    const html = renderHtml(v);
    expect(html).not.toContain('NGUYÊN NHÂN');
    expect(html).not.toContain('GIẢI TRÌNH');
  });

  it('numbers ### headings within a section unless already numbered', () => {
    const text = SEED.replace('## Kết luận\n', '## Kết luận\n\n### Đánh giá chung\n\nTốt.\n\n### 2. Nhiệm vụ\n\nTiếp tục.\n\n### Kiến nghị\n\nGhi nhận.\n');
    const v = buildView(buildNote('x.md', text), 'bien-ban');
    const heads = v.sections.at(-1)!.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.inlines.map((i) => i.text).join('') : ''));
    expect(heads).toEqual(['1. Đánh giá chung', '2. Nhiệm vụ', '3. Kiến nghị']);
  });
});

describe('buildView thong-bao (Mẫu 1.4)', () => {
  it('puts place and the padded date in the header and names the session in the subject', () => {
    const text = SEED.replace(/^  date: 2024-07-25$/m, '  date: 2024-02-05');
    const v = buildView(buildNote('seed.md', text), 'thong-bao');
    expect(v.docType).toBe('THÔNG BÁO');
    expect(v.header.placeDate).toMatch(/, ngày 05 tháng 02 năm 2024$/);
    expect(v.subject).toBe('Kết luận của Thứ trưởng Bộ Nội vụ Triệu Văn Cường tại buổi làm việc với Ủy ban nhân dân tỉnh Bắc Kạn');
    expect(v.signatures[0].titles[0]).toMatch(/^TM\. /);
    expect(blocksText(v.closing)).toMatch(/tại buổi làm việc;.*\.\/\.$/);
  });

  it('speaks of an inspection for a kiem-tra note', () => {
    const v = buildView(buildNote('k.md', INSPECTION), 'thong-bao');
    expect(v.subject).toContain('tại buổi kiểm tra Ủy ban nhân dân huyện Hòa An');
    expect(blocksText(v.intro)).toContain('chủ trì buổi kiểm tra.');
  });
});

describe('words the view adds before note text are not doubled', () => {
  it('lead: the word once, in the sentence\'s case, when the text already begins with it', () => {
    expect(lead('về', 'Về việc sắp xếp')).toBe('về việc sắp xếp');
    expect(lead('về', 'Ve\u0302\u0300 việc')).toBe('về việc'); // decomposed
    expect(lead('về', 'Thực hiện sắp xếp')).toBe('về Thực hiện sắp xếp');
    expect(lead('về', 'Vềnh')).toBe('về Vềnh');
    expect(lead('Đồng chí', 'đồng chí Triệu Văn Cường')).toBe('Đồng chí Triệu Văn Cường');
    expect(lead('TM.', 'TM. ỦY BAN NHÂN DÂN')).toBe('TM. ỦY BAN NHÂN DÂN');
  });

  const NOTE = SEED.replace(/^basis:\n/m, 'basis:\n  - number: "Số 57-KL/TW"\n    type: Kết luận\n    date: 2023-06-15\n    issuer: của Bộ Chính trị\n    subject: Về việc sắp xếp đơn vị hành chính\n  - number: 12/KH-UBND\n    issuer: Ủy ban nhân dân tỉnh\n    subject: V/v triển khai nhiệm vụ\n')
    .replace(/^number: .*$/m, 'number: "Số: 05/BB-ĐCT"')
    .replace(/^location: .*$/m, 'location: Tại trụ sở Ủy ban nhân dân tỉnh Bắc Kạn')
    .replace(/^title: .*$/m, 'title: Buổi làm việc với Ủy ban nhân dân tỉnh Bắc Kạn');

  it('biên bản: "số", "của", "về" before a cited document, "Số:" in the header', () => {
    const v = buildView(buildNote('x.md', NOTE), 'bien-ban');
    const intro = blocksText(v.intro);
    expect(intro).toContain('Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về việc sắp xếp đơn vị hành chính;');
    expect(intro).toContain('Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh về việc triển khai nhiệm vụ;');
    expect(v.header.number).toBe('Số: 05/BB-ĐCT');
    expect(intro).not.toMatch(/(?<!\p{L})(về\s+về|số\s+số|của\s+của|đồng chí\s+đồng chí)(?!\p{L})/iu);
  });

  it('thông báo: "tại" before the place, "buổi" before the meeting', () => {
    const v = buildView(buildNote('x.md', NOTE), 'thong-bao');
    expect(blocksText(v.intro)).toMatch(/, tại trụ sở Ủy ban nhân dân tỉnh Bắc Kạn, .* đã có buổi làm việc với Ủy ban nhân dân tỉnh Bắc Kạn\./);
  });
});
