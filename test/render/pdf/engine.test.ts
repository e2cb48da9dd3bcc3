import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate, PdfEngine, TypstError, type TypstTemplate } from '../../../src/render/pdf/engine.js';
import type { MinutesView } from '../../../src/render/view.js';
import { seedNoticeView, seedView } from '../../fixtures/views/seed-view.js';
import { baseFonts, flat, readPdf } from './pdf-helpers.js';

/** the template with its main file's text changed */
const withMain = (t: TypstTemplate, edit: (source: string) => string): TypstTemplate => ({
  ...t,
  files: t.files.map((f) => (f.path === t.main ? { ...f, source: edit(f.source) } : f)),
});

const A4 = { width: 595.28, height: 841.89 };
const outDir = mkdtempSync(join(tmpdir(), 'bienban-pdf-'));
const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let engine: PdfEngine;
beforeAll(() => {
  engine = PdfEngine.create();
});

describe('PdfEngine – biên bản (Mẫu 1.9)', () => {
  let bytes: Uint8Array;
  let pdf: Awaited<ReturnType<typeof readPdf>>;
  beforeAll(async () => {
    bytes = await engine.render(seedView, loadTemplate('bien-ban'));
    writeFileSync(join(outDir, 'seed-bien-ban.pdf'), bytes);
    pdf = await readPdf(bytes);
  });

  it('is an exact A4 document of at least 2 pages', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(A4.width, 2);
      expect(page.height).toBeCloseTo(A4.height, 2);
    }
  });

  it('prints every name, heading and date', () => {
    const all = flat(pdf.pages.map((p) => p.text).join('\n'));
    expect(all).toBe(all.normalize('NFC'));
    const phrases = [
      'BỘ NỘI VỤ',
      'ĐOÀN CÔNG TÁC LIÊN NGÀNH TRUNG ƯƠNG',
      'Số: 12/BB-ĐCT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BIÊN BẢN',
      'Làm việc của Đoàn công tác liên ngành Trung ương với Ủy ban nhân dân tỉnh Bắc Kạn',
      '08 giờ 30 phút, thứ Ba, ngày 23/7/2024',
      'I. NỘI DUNG LÀM VIỆC',
      'II. KẾT QUẢ ĐẠT ĐƯỢC',
      'III. TỒN TẠI, HẠN CHẾ',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'V. KẾT LUẬN CỦA TRƯỞNG ĐOÀN',
      '1. Về nhận thức và trách nhiệm',
      'Phương Thị Thanh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
      'Thứ trưởng Bộ Nội vụ Triệu Văn Cường',
      'Chỉ thị số 16/CT-TTg ngày 16/5/2016',
      '79-CTr/BDVTW-BCSĐCP ngày 11/10/2016',
      '“Dân vận khéo”',
      '91,3%',
      '- Tiếp tục quán triệt',
      '3. Công tác tuyên truyền',
      'a) các dự án di dời',
      'b) các chương trình mục tiêu',
      'THƯ KÝ',
      'CHỦ TỌA',
      'Lường Thị Hương',
      'Nơi nhận:',
      '- Lưu: VT, Hồ sơ.',
      'được lập thành 03 bản có giá trị như nhau./.',
    ];
    for (const phrase of phrases) expect(all, phrase).toContain(phrase);
  });

  it('has no page number on page 1 and "2" centred at the top of page 2', () => {
    const top = (p: (typeof pdf.pages)[number]) => p.items.filter((i) => i.str.trim() && i.y > p.height - 20 * 2.8346);
    expect(top(pdf.pages[0])).toEqual([]);
    const p2 = top(pdf.pages[1]);
    expect(p2.map((i) => i.str.trim())).toEqual(['2']);
    // centred in the text area (30 mm left, 15 mm right)
    const centre = (30 * 2.8346 + (A4.width - 15 * 2.8346)) / 2;
    expect(Math.abs(p2[0].x - centre)).toBeLessThan(10);
  });

  it('embeds only Liberation Serif', () => {
    const fonts = pdf.pages.flatMap((p) => p.fonts);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/LiberationSerif/);
    const names = baseFonts(bytes);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const n of names) expect(n).toMatch(/^[A-Z]{6}\+LiberationSerif/);
  });

  it('sets the PDF title and author from view.meta', () => {
    expect(pdf.info.Title).toBe(seedView.meta.title);
    expect(pdf.info.Author).toBe(seedView.meta.author);
  });

  // page 1 as a PNG for a human to look at (poppler-utils may be missing elsewhere)
  it.skipIf(!hasPdftoppm)('rasterises page 1 with poppler for review', () => {
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', join(outDir, 'seed-bien-ban.pdf'), join(outDir, 'seed-bien-ban')]);
    expect(statSync(join(outDir, 'seed-bien-ban-1.png')).size).toBeGreaterThan(10_000);
  });
});

describe('PdfEngine – thông báo (Mẫu 1.4)', () => {
  it('prints the place/date line, the recipients and the signature', async () => {
    const bytes = await engine.render(seedNoticeView, loadTemplate('thong-bao'));
    writeFileSync(join(outDir, 'seed-thong-bao.pdf'), bytes);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0].width).toBeCloseTo(A4.width, 2);
    const all = flat(pdf.pages.map((p) => p.text).join('\n'));
    for (const phrase of [
      'UBND TỈNH BẮC KẠN',
      'Số: 45/TB-VP',
      'Bắc Kạn, ngày 25 tháng 7 năm 2024',
      'THÔNG BÁO',
      'KT. CHÁNH VĂN PHÒNG',
      'Hoàng Văn Tùng',
      'Nơi nhận:',
      '- Lưu: VT, TH.',
      'biết, thực hiện./.',
    ])
      expect(all, phrase).toContain(phrase);
    // Nơi nhận (left) and the signature title (right) share a row
    const items = pdf.pages.flatMap((p, n) => p.items.map((i) => ({ ...i, n })));
    const recv = items.find((i) => i.str.includes('Nơi nhận'))!;
    const sig = items.find((i) => i.str.includes('TL. CHỦ TỊCH'))!;
    expect(recv.n).toBe(sig.n);
    expect(recv.x).toBeLessThan(sig.x);
    expect(Math.abs(recv.y - sig.y)).toBeLessThan(6);
  });
});

describe('PdfEngine – hostile text', () => {
  const hostile = [
    '#read("/etc/passwd")',
    '$x^2$',
    '*đậm*',
    '_nghiêng_',
    '@ref',
    '<label>',
    '// comment',
    'a \\ b',
    '{{x}}',
    '<script>alert(1)</script>',
    '#sys.inputs',
    '[- #r]',
    '= Tiêu đề',
    '`mã`',
  ];
  const view: MinutesView = {
    ...seedView,
    header: { ...seedView.header, issuer: '#read("/etc/passwd")' },
    subject: '$x^2$ *đậm* _nghiêng_',
    intro: hostile.map((s) => ({ kind: 'paragraph', inlines: [{ text: s }] })),
    sections: [
      {
        number: 'I.',
        title: '<script>',
        blocks: [
          { kind: 'paragraph', inlines: [{ text: '@ref <label>', bold: true }, { text: ' // comment', italic: true }, { text: '{{x}}', code: true }] },
          { kind: 'code', text: '#read("/etc/passwd")\n  $x$ \\' },
          { kind: 'table', header: [[{ text: '*h*' }]], rows: [[[{ text: '_c_' }], [{ text: '#x' }]]] },
        ],
      },
    ],
    signatures: [{ titles: ['#let x = 1'], name: '*Tên*' }],
    recipients: ['- #read("x");', '- Lưu: VT.'],
    meta: { ...seedView.meta, title: '#title $t$' },
  };

  it('prints Typst syntax verbatim and reads no file', async () => {
    const bytes = await engine.render(view, loadTemplate('bien-ban'));
    const pdf = await readPdf(bytes);
    const all = flat(pdf.pages.map((p) => p.text).join('\n'));
    for (const s of [...hostile, '#read("/etc/passwd")', '$x^2$ *đậm* _nghiêng_', 'I. <script>', '@ref <label>', '// comment', '{{x}}', '$x$ \\', '#read("/etc/passwd") $x$', '*h*', '_c_', '#let x = 1', '*Tên*', '- #read("x");'])
      expect(all, s).toContain(s);
    expect(all).not.toMatch(/root:x:0:0/);
    expect(pdf.info.Title).toBe('#title $t$');
  });
});

describe('PdfEngine – edge cases', () => {
  const minimal: MinutesView = {
    doc: 'thong-bao',
    header: { issuer: 'VĂN PHÒNG', number: 'Số:      /TB-VP', nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' },
    docType: 'THÔNG BÁO',
    subject: '',
    intro: [],
    sections: [],
    closing: [],
    signatures: [],
    recipients: [],
    meta: { title: '', date: 'không rõ', author: '', subject: '' },
  };

  for (const doc of ['bien-ban', 'thong-bao'] as const) {
    it(`renders a view with every optional part empty (${doc})`, async () => {
      const pdf = await readPdf(await engine.render({ ...minimal, doc }, loadTemplate(doc)));
      expect(pdf.pages).toHaveLength(1);
      expect(flat(pdf.pages[0].text)).toContain('Số: /TB-VP');
    });
  }

  it('renders every block and inline kind', async () => {
    const view: MinutesView = {
      ...minimal,
      doc: 'bien-ban',
      intro: [
        { kind: 'paragraph', indent: false, inlines: [{ text: 'dòng một' }, { text: '', br: true }, { text: 'dòng hai', bold: true, italic: true }] },
        { kind: 'paragraph', inlines: [{ text: 'trang web', href: 'https://example.org/a?b=1#c' }, { text: ' và ' }, { text: 'mã', code: true }] },
        { kind: 'heading', level: 4, inlines: [{ text: 'a) Điểm phụ' }] },
        { kind: 'quote', blocks: [{ kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', inlines: [{ text: 'trích' }] }, { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', inlines: [{ text: 'cấp hai' }] }]] }]] }] },
        { kind: 'list', ordered: true, start: 4, items: [[{ kind: 'code', text: 'x' }], []] },
        { kind: 'table', header: [], rows: [[[{ text: 'ô một' }]], [[{ text: 'ô hai' }], [{ text: 'ô ba' }]]] },
        { kind: 'rule' },
      ],
      signatures: [{ titles: ['THƯ KÝ'], name: '' }],
    };
    const pdf = await readPdf(await engine.render(view, loadTemplate('bien-ban')));
    const all = flat(pdf.pages.map((p) => p.text).join('\n'));
    for (const s of ['dòng một dòng hai', 'trang web và mã', 'a) Điểm phụ', '- trích', '+ cấp hai', '4.', '5.', 'ô một', 'ô hai', 'ô ba', 'THƯ KÝ'])
      expect(all, s).toContain(s);
  });
});

describe('PdfEngine – errors and memory', () => {
  it('throws TypstError on a template error', async () => {
    const err = await engine.render(seedView, withMain(loadTemplate('bien-ban'), (s) => `${s}\n#let x = (`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypstError);
    expect((err as TypstError).diagnostics[0].severity).toBe('error');
  });

  it('treats a warning as an error (the list trap drops content)', async () => {
    const src = withMain(loadTemplate('bien-ban'), (s) => `${s}\n#par[#for r in d.recipients [- #r]]\n`);
    const err = await engine.render(seedView, src).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypstError);
    expect((err as TypstError).diagnostics.some((d) => d.severity === 'warning')).toBe(true);
  });

  it('fails on a font family the engine does not have', async () => {
    const other = PdfEngine.create({ fontFamily: 'No Such Serif' });
    const err = await other.render(seedView, loadTemplate('bien-ban')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypstError);
    expect((err as TypstError).message).toMatch(/font/i);
  });

  it('renders 30 documents in a loop, then a second engine still works', async () => {
    const src = loadTemplate('bien-ban');
    for (let i = 0; i < 30; i++) {
      const v = { ...seedView, header: { ...seedView.header, number: `Số: ${String(i + 1).padStart(2, '0')}/BB-ĐCT` } };
      const bytes = await engine.render(v, src);
      expect(bytes.byteLength).toBeGreaterThan(1000);
    }
    const second = PdfEngine.create();
    const pdf = await readPdf(await second.render(seedNoticeView, loadTemplate('thong-bao')));
    expect(flat(pdf.pages[0].text)).toContain('THÔNG BÁO');
  });
});

describe('loadTemplate', () => {
  it('reads main.typ and the shared lib.typ it imports, from the package', () => {
    for (const doc of ['bien-ban', 'thong-bao'] as const) {
      const t = loadTemplate(doc);
      expect(t.main).toBe(`${doc}/typst/main.typ`);
      expect(t.files.map((f) => f.path)).toEqual([t.main, '_shared/typst/lib.typ']);
      expect(t.files[0].source).toMatch(/^#import "\.\.\/\.\.\/_shared\/typst\/lib\.typ": \*$/m);
      expect(t.files[1].source).toContain('#let header-block');
    }
  });

  it('prefers <overrideDir>/<doc>/typst/main.typ and falls back to the package', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bienban-tpl-'));
    const own = join(dir, 'thong-bao', 'typst');
    mkdirSync(own, { recursive: true });
    writeFileSync(join(own, 'main.typ'), '#let d = json(bytes(sys.inputs.data))\n#set text(font: "Liberation Serif")\nRIÊNG #d.docType\n');
    const t = loadTemplate('thong-bao', dir);
    expect(t.files[0].origin).toBe(join(own, 'main.typ'));
    const pdf = await readPdf(await engine.render(seedNoticeView, t));
    expect(flat(pdf.pages[0].text)).toContain('RIÊNG THÔNG BÁO');
    expect(loadTemplate('bien-ban', dir).files[0].source).toContain('#import');
  });

  // README: a file missing from the workspace folder falls back to the built-in one, so
  // lib.typ alone is used with the built-in main.typ (it was ignored without a main.typ)
  it('uses <overrideDir>/_shared/typst/lib.typ alone, with the built-in main.typ', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bienban-tpl-'));
    mkdirSync(join(dir, '_shared', 'typst'), { recursive: true });
    const lib = readFileSync(loadTemplate('bien-ban').files[1].origin, 'utf8');
    const marked = lib.replace('par(text(weight: "bold", doc-type))', 'par(text(weight: "bold", doc-type + " RIÊNG"))');
    expect(marked).not.toBe(lib);
    writeFileSync(join(dir, '_shared', 'typst', 'lib.typ'), marked);
    const t = loadTemplate('bien-ban', dir);
    expect(t.files.map((f) => f.origin)).toEqual([loadTemplate('bien-ban').files[0].origin, join(dir, '_shared', 'typst', 'lib.typ')]);
    const own = PdfEngine.create({ root: dir });
    expect(flat((await readPdf(await own.render(seedView, t))).pages[0].text)).toContain('BIÊN BẢN RIÊNG');
    // and with a main.typ of its own beside it
    mkdirSync(join(dir, 'bien-ban', 'typst'), { recursive: true });
    writeFileSync(join(dir, 'bien-ban', 'typst', 'main.typ'), t.files[0].source);
    expect(flat((await readPdf(await own.render(seedView, loadTemplate('bien-ban', dir)))).pages[0].text)).toContain('BIÊN BẢN RIÊNG');
  });

  it('an error points at the template file and line it is in, lib.typ included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bienban-tpl-'));
    mkdirSync(join(dir, '_shared', 'typst'), { recursive: true });
    const lib = readFileSync(loadTemplate('bien-ban').files[1].origin, 'utf8');
    const libFile = join(dir, '_shared', 'typst', 'lib.typ');
    writeFileSync(libFile, `${lib}#let x = (\n`);
    const err = await engine.render(seedView, loadTemplate('bien-ban', dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypstError);
    const line = lib.split('\n').length;
    expect((err as TypstError).diagnostics[0]).toMatchObject({ severity: 'error', message: 'unclosed delimiter', file: libFile, line, column: 10 });
    expect((err as TypstError).message).toBe(`Typst: ${libFile}:${line}:10: error: unclosed delimiter`);
    // in main.typ: its own line, columns counted as editors count them (Vietnamese text before)
    const t = withMain(loadTemplate('bien-ban'), (s) => `${s}#let s = "Việt Nam" + khong-co\n`);
    const e2 = (await engine.render(seedView, t).catch((e: unknown) => e)) as TypstError;
    expect(e2.diagnostics[0]).toMatchObject({ file: t.files[0].origin, line: t.files[0].source.split('\n').length - 1, column: 23 });
  });
});
