// Deterministic benchmark corpus: realistic, varied Vietnamese visit notes (3–8 KB each)
// from a seeded PRNG. Every note is meant to pass `bienban check` without errors.
// Usage: node bench/generate.js DIR COUNT [SEED]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, and the same sequence everywhere */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['Cao Bằng', 'Bắc Kạn', 'Lạng Sơn', 'Hà Giang', 'Tuyên Quang', 'Thái Nguyên', 'Lào Cai', 'Yên Bái', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Hòa Bình', 'Phú Thọ', 'Quảng Ninh', 'Nghệ An', 'Quảng Trị', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Lâm Đồng', 'Cà Mau', 'Sóc Trăng'];
const DISTRICTS = ['Hòa An', 'Ba Bể', 'Chiêm Hóa', 'Đồng Văn', 'Mèo Vạc', 'Na Rì', 'Bảo Lạc', 'Văn Lãng', 'Định Hóa', 'Mường Tè', 'Tủa Chùa', 'Quỳ Châu', 'Đakrông', 'Krông Bông', 'Lắk', 'Ngọc Hồi', 'Bảo Lâm', 'Trần Văn Thời'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Nông', 'Bế', 'Hà', 'Ma', 'Lường', 'Triệu', 'Lò', 'Đinh'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Công', 'Xuân'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Minh', 'Thanh', 'Thị Thu'];
const GIVEN = ['Bình', 'Hùng', 'Sơn', 'Tâm', 'Hoa', 'Lan', 'Hương', 'Phương', 'Thắng', 'Cường', 'Khoa', 'Trang', 'Việt', 'Lệ', 'Quang', 'Hải', 'Dũng', 'Yến', 'Nga', 'Tuấn', 'Long', 'Thảo'];
const TOPICS = [
  { area: 'cải cách hành chính', ministry: 'Bộ Nội vụ', dept: 'Sở Nội vụ', basis: ['76/NQ-CP', 'Nghị quyết', '2021-07-15', 'Chính phủ', 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030'] },
  { area: 'công tác dân vận', ministry: 'Ban Dân vận Trung ương', dept: 'Ban Dân vận Tỉnh ủy', basis: ['25-NQ/TW', 'Nghị quyết', '2013-06-03', 'Ban Chấp hành Trung ương', 'Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới'] },
  { area: 'văn thư, lưu trữ', ministry: 'Bộ Nội vụ', dept: 'Sở Nội vụ', basis: ['30/2020/NĐ-CP', 'Nghị định', '2020-03-05', 'Chính phủ', 'Về công tác văn thư'] },
  { area: 'tuyển dụng, sử dụng và quản lý công chức, viên chức', ministry: 'Bộ Nội vụ', dept: 'Sở Nội vụ', basis: ['115/2020/NĐ-CP', 'Nghị định', '2020-09-25', 'Chính phủ', 'Quy định về tuyển dụng, sử dụng và quản lý viên chức'] },
  { area: 'chuyển đổi số', ministry: 'Bộ Thông tin và Truyền thông', dept: 'Sở Thông tin và Truyền thông', basis: ['749/QĐ-TTg', 'Quyết định', '2020-06-03', 'Thủ tướng Chính phủ', 'Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030'] },
  { area: 'xây dựng nông thôn mới', ministry: 'Bộ Nông nghiệp và Phát triển nông thôn', dept: 'Sở Nông nghiệp và Phát triển nông thôn', basis: ['263/QĐ-TTg', 'Quyết định', '2022-02-22', 'Thủ tướng Chính phủ', 'Phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025'] },
  { area: 'giảm nghèo bền vững', ministry: 'Bộ Lao động - Thương binh và Xã hội', dept: 'Sở Lao động - Thương binh và Xã hội', basis: ['90/QĐ-TTg', 'Quyết định', '2022-01-18', 'Thủ tướng Chính phủ', 'Phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025'] },
];
const ACHIEVE = [
  '{host} đã ban hành kịp thời kế hoạch triển khai, phân công rõ trách nhiệm cho từng cơ quan, đơn vị và định kỳ hằng quý kiểm điểm tiến độ thực hiện.',
  'Công tác tuyên truyền về {area} được đẩy mạnh bằng nhiều hình thức phù hợp với đồng bào vùng cao; {n} hội nghị được tổ chức với trên {m} lượt người tham dự.',
  'Tỷ lệ hồ sơ được giải quyết đúng hạn đạt {p}%, tăng {q} điểm phần trăm so với cùng kỳ năm trước.',
  'Cơ sở vật chất phục vụ {area} được quan tâm đầu tư; {n} điểm cầu trực tuyến đã đi vào hoạt động ổn định.',
  'Đội ngũ cán bộ làm công tác {area} cơ bản đáp ứng yêu cầu; {n} lượt cán bộ được bồi dưỡng nghiệp vụ trong năm.',
  'Việc kiểm tra, giám sát được thực hiện thường xuyên; các kiến nghị sau kiểm tra được theo dõi, đôn đốc đến khi hoàn thành.',
  'Sự phối hợp giữa chính quyền với Ủy ban Mặt trận Tổ quốc và các đoàn thể trong {area} ngày càng chặt chẽ, hiệu quả.',
];
const SHORT = [
  'Một số cơ quan, đơn vị chưa bố trí đủ nhân lực cho {area}; cán bộ kiêm nhiệm nhiều việc nên chất lượng tham mưu còn hạn chế.',
  'Việc cập nhật dữ liệu lên hệ thống thông tin dùng chung còn chậm, số liệu giữa các cấp có chỗ chưa thống nhất.',
  'Kinh phí bố trí cho {area} còn thấp so với nhu cầu, nhất là ở các xã vùng sâu, vùng xa.',
  'Công tác tự kiểm tra ở cấp cơ sở chưa được chú trọng; một số kiến nghị của các đoàn kiểm tra trước chưa được khắc phục dứt điểm.',
  'Hồ sơ lưu trữ ở một số đơn vị chưa được chỉnh lý, sắp xếp khoa học, gây khó khăn cho việc tra cứu.',
  'Tỷ lệ thủ tục hành chính được thực hiện trực tuyến toàn trình mới đạt {p}%, thấp hơn chỉ tiêu đề ra.',
];
const CAUSES = [
  'Địa bàn rộng, địa hình chia cắt, giao thông đi lại khó khăn, nhất là vào mùa mưa lũ.',
  'Một số người đứng đầu cơ quan, đơn vị chưa thật sự quan tâm chỉ đạo, còn tâm lý trông chờ cấp trên.',
  'Hạ tầng công nghệ thông tin ở cấp xã chưa đồng bộ, đường truyền thiếu ổn định.',
];
const RECOMM = [
  'Đề nghị {ministry} sớm ban hành hướng dẫn thống nhất về {area} để các địa phương có căn cứ thực hiện.',
  'Đề nghị {ministry} xem xét hỗ trợ kinh phí đào tạo, bồi dưỡng cho đội ngũ cán bộ làm công tác {area} ở các xã đặc biệt khó khăn.',
  'Đề nghị Bộ Tài chính hướng dẫn cụ thể việc bố trí kinh phí thường xuyên cho {area} ở cấp xã.',
  '{dept} tỉnh {province} cần chủ động tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch khắc phục các hạn chế đã nêu.',
  'Đề nghị Ủy ban nhân dân tỉnh {province} chỉ đạo các sở, ngành phối hợp chia sẻ dữ liệu, bảo đảm số liệu thống nhất giữa các cấp.',
];
const CONCL = [
  'Đoàn ghi nhận những kết quả {host} đã đạt được trong {area}, đặc biệt là sự chủ động trong chỉ đạo, điều hành.',
  '{host} cần tập trung khắc phục các tồn tại, hạn chế đã nêu; báo cáo kết quả khắc phục về {delegation} trước ngày {deadline}.',
  'Giao {dept} tỉnh {province} chủ trì, phối hợp với các cơ quan liên quan rà soát, hoàn thiện hồ sơ theo đúng quy định.',
  '{host} cần tăng cường kiểm tra, giám sát việc thực hiện ở cấp xã, kịp thời biểu dương các tập thể, cá nhân làm tốt.',
  'Đoàn tiếp thu các kiến nghị của địa phương, tổng hợp báo cáo lãnh đạo {ministry} xem xét, giải quyết theo thẩm quyền.',
];
const AGENDA = [
  'Đoàn nghe {host} báo cáo kết quả thực hiện {area} từ đầu năm đến nay, những khó khăn, vướng mắc và đề xuất, kiến nghị.',
  'Các thành viên Đoàn trao đổi, làm rõ một số nội dung; đại diện các phòng, ban chuyên môn giải trình những vấn đề Đoàn quan tâm.',
  'Đoàn kiểm tra xác suất hồ sơ, tài liệu lưu tại đơn vị và trao đổi trực tiếp với một số cán bộ, công chức.',
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}
function pickN(r, list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
  return out;
}
function person(r, used) {
  for (;;) {
    const female = r() < 0.45;
    const name = `${pick(r, SURNAMES)} ${pick(r, female ? MIDDLE_F : MIDDLE_M)} ${pick(r, GIVEN)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}
const pad = (n) => String(n).padStart(2, '0');
const q = (s) => (/[:#"'{}[\],&*?|<>=!%@`-]/.test(s) || /^\d/.test(s) ? JSON.stringify(s) : s);

/** one note: front matter + sections; returns { name, text } */
export function makeNote(r, i) {
  const topic = pick(r, TOPICS);
  const province = pick(r, PROVINCES);
  const inspection = r() < 0.4;
  const atDistrict = r() < 0.5;
  const host = atDistrict ? `Ủy ban nhân dân huyện ${pick(r, DISTRICTS)}` : r() < 0.5 ? `Ủy ban nhân dân tỉnh ${province}` : `${topic.dept} tỉnh ${province}`;
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const date = `2024-${pad(month)}-${pad(day)}`;
  const startH = 7 + Math.floor(r() * 8);
  const endH = startH + 1 + Math.floor(r() * 3);
  const used = new Set();
  const lead = person(r, used);
  const members = [lead, person(r, used), person(r, used)].slice(0, 2 + Math.floor(r() * 2));
  const hosts = [person(r, used), person(r, used), person(r, used)];
  const secretary = members[members.length - 1];
  const delegationName = inspection ? `Đoàn kiểm tra ${topic.ministry}` : `Đoàn công tác ${topic.ministry}`;
  const code = inspection ? 'BB-ĐKT' : 'BB-ĐCT';
  const fill = (s) =>
    s
      .replaceAll('{host}', host)
      .replaceAll('{area}', topic.area)
      .replaceAll('{ministry}', topic.ministry)
      .replaceAll('{dept}', topic.dept)
      .replaceAll('{province}', province)
      .replaceAll('{delegation}', delegationName)
      // Decree 30: months 1 and 2 take a leading zero, the others do not
      .replaceAll('{deadline}', `${pad(1 + Math.floor(r() * 28))}/${((m) => (m < 3 ? pad(m) : m))(1 + Math.floor(r() * 12))}/2025`)
      .replaceAll('{n}', String(3 + Math.floor(r() * 40)))
      .replaceAll('{m}', String(200 + Math.floor(r() * 3000)))
      .replaceAll('{p}', String(60 + Math.floor(r() * 39)))
      .replaceAll('{q}', String(1 + Math.floor(r() * 9)));
  const [bn, btype, bdate, bissuer, bsubject] = topic.basis;
  const fm = [
    '---',
    `type: ${inspection ? 'kiem-tra' : 'lam-viec'}`,
    `title: ${q(`${inspection ? 'Kiểm tra' : 'Làm việc với'} ${inspection ? `${topic.area} tại ${host}` : `${host} về ${topic.area}`}`)}`,
    `number: ${q(`${1 + (i % 97)}/${code}`)}`,
    'issuer:',
    `  parent: ${q(topic.ministry.toLocaleUpperCase('vi'))}`,
    `  name: ${inspection ? 'ĐOÀN KIỂM TRA' : 'ĐOÀN CÔNG TÁC'}`,
    `place: ${q(province)}`,
    `date: ${date}`,
    `start: "${pad(startH)}:00"`,
    `end: "${pad(endH)}:${pick(r, ['00', '15', '30', '45'])}"`,
    `location: ${q(`Phòng họp, Trụ sở ${host}`)}`,
    'basis:',
    `  - number: ${q(bn)}`,
    `    type: ${btype}`,
    `    date: ${bdate}`,
    `    issuer: ${q(bissuer)}`,
    `    subject: ${q(bsubject)}`,
    'delegation:',
    `  name: ${q(delegationName)}`,
    '  members:',
    ...members.flatMap((m, k) => [`    - name: ${m}`, `      position: ${q(k === 0 ? `Vụ trưởng, ${topic.ministry}` : `Chuyên viên chính, ${topic.ministry}`)}`, `      role: ${k === 0 ? 'Trưởng đoàn' : 'Thành viên'}`]),
    'host:',
    `  name: ${q(host)}`,
    '  members:',
    ...hosts.flatMap((m, k) => [`    - name: ${m}`, `      position: ${q(['Chủ tịch', 'Phó Chủ tịch', 'Chánh Văn phòng'][k])}`]),
    `chair: ${lead}`,
    'secretary:',
    `  name: ${secretary}`,
    `  position: ${q(`Chuyên viên chính, ${topic.ministry}`)}`,
    `copies: ${2 + Math.floor(r() * 3)}`,
    'recipients:',
    `  - ${q(`Lãnh đạo ${topic.ministry} (để báo cáo)`)}`,
    `  - ${q(host)}`,
    '---',
    '',
  ];
  const list = (items) => items.map((s, k) => `${k + 1}. ${fill(s)}`).join('\n');
  const size = 2 + Math.floor(r() * 4); // 2..5 items per section: varies the size
  const body = [
    `## ${inspection ? 'Nội dung kiểm tra' : 'Nội dung làm việc'}`,
    '',
    pickN(r, AGENDA, 2).map(fill).join('\n\n'),
    '',
    '## Kết quả đạt được',
    '',
    list(pickN(r, ACHIEVE, size + 1)),
    '',
    '## Tồn tại, hạn chế',
    '',
    list(pickN(r, SHORT, size)),
    '',
    ...(r() < 0.6 ? ['## Nguyên nhân', '', list(pickN(r, CAUSES, 1 + Math.floor(r() * 3))), ''] : []),
    '## Kiến nghị, đề xuất',
    '',
    `Đại diện ${host} nêu các kiến nghị:`,
    '',
    list(pickN(r, RECOMM, Math.min(size, 4))),
    '',
    '## Kết luận',
    '',
    `Đồng chí ${lead}, Trưởng đoàn, kết luận:`,
    '',
    list(pickN(r, CONCL, Math.min(size + 1, 5))),
    '',
  ];
  const text = `${[...fm, ...body].join('\n')}`.normalize('NFC');
  return { name: `${date}-${String(i).padStart(4, '0')}.md`, text };
}

/**
 * writes COUNT notes into DIR; same seed, same bytes. A file that already holds its bytes is
 * left alone and only strays are removed: deleting and creating a corpus before every bench
 * slowed the runs that followed (see run.js on freed inodes).
 */
export function generate(dir, count, seed = 20240701) {
  mkdirSync(dir, { recursive: true });
  const r = prng(seed);
  let bytes = 0;
  const wanted = new Set();
  for (let i = 0; i < count; i++) {
    const { name, text } = makeNote(r, i);
    // a quarter folder per note, like reports/<year>/Q<n>/
    const quarter = `Q${Math.floor((Number(name.slice(5, 7)) - 1) / 3) + 1}`;
    const file = path.join(dir, '2024', quarter, name);
    wanted.add(file);
    mkdirSync(path.dirname(file), { recursive: true });
    if (!sameText(file, text)) writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(f.parentPath ?? f.path, f.name);
    if (f.isFile() && !wanted.has(file)) rmSync(file);
  }
  return { count, bytes };
}

function sameText(file, text) {
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    process.stderr.write('usage: node bench/generate.js DIR COUNT [SEED]\n');
    process.exit(2);
  }
  const r = generate(path.resolve(dir), Number(count), seed ? Number(seed) : undefined);
  process.stdout.write(`${r.count} notes, ${(r.bytes / r.count / 1024).toFixed(1)} KB on average\n`);
}
