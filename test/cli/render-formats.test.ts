// End-to-end: the seed and the sample quarter rendered by the built CLI to PDF, DOCX and HTML,
// then read back (pdfjs-dist, the DOCX XML) and compared with the notes' own facts.
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { runCli, workspace, tempDir, ROOT } from '../helpers/cli.js';
import { readPdf, flat, baseFonts } from '../render/pdf/pdf-helpers.js';
import { openDocx, paragraphs } from '../render/docx/read-docx.js';
import { fullDateVi } from '../../src/domain/dates.js';

interface Facts { strings: string[]; file: string }

function factsOf(file: string): Facts {
  const text = readFileSync(file, 'utf8');
  const fm = parse(text.split(/^---\s*$/m)[1]);
  const people = [...fm.delegation.members, ...fm.host.members];
  const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim().toLocaleUpperCase('vi'));
  return {
    file,
    strings: [...people.flatMap((p: { name: string; position: string }) => [p.name, p.position]), fm.secretary.name, fullDateVi(fm.date), fm.title, ...headings],
  };
}

let dir: string;
let notes: string[];

beforeAll(() => {
  dir = workspace('seeds', 'reports');
  const r = runCli(['render', 'seeds', 'reports', '--to', 'pdf,docx,html', '--doc', 'all'], { cwd: dir });
  if (r.code !== 0) throw new Error(r.stderr);
  notes = globSync(['seeds/*.md', 'reports/**/*.md'], { cwd: dir, absolute: true }).sort();
}, 120_000);

const out = (note: string, ext: string, doc = '') => path.join(dir, 'out', path.relative(dir, note).replace(/\.md$/, `${doc}${ext}`));

describe('PDF minutes read back', () => {
  it('hold every name, position, date and section heading in NFC, on exact A4 with only the shipped font', async () => {
    expect(notes.length).toBeGreaterThanOrEqual(8);
    for (const note of notes) {
      const bytes = readFileSync(out(note, '.pdf'));
      const pdf = await readPdf(bytes);
      const text = flat(pdf.pages.map((p) => p.text).join('\n'));
      for (const s of factsOf(note).strings) expect(text, `${path.basename(note)}: ${s}`).toContain(flat(s));
      for (const p of pdf.pages) {
        expect(p.width).toBeCloseTo(595.28, 1);
        expect(p.height).toBeCloseTo(841.89, 1);
      }
      const fonts = baseFonts(bytes);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
    }
  });

  it('number pages from 2, centred at the top; page 1 carries no number', async () => {
    const seed = notes.find((n) => n.includes('seeds'))!;
    const pdf = await readPdf(readFileSync(out(seed, '.pdf')));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    const top = (i: number) => pdf.pages[i].items.filter((it) => it.y > pdf.pages[i].height - 57 && it.str.trim());
    expect(top(0)).toEqual([]);
    const n2 = top(1);
    expect(n2.map((i) => i.str.trim())).toEqual(['2']);
    expect(Math.abs(n2[0].x - (30 / 25.4 * 72 + (595.28 - (45 / 25.4) * 72) / 2))).toBeLessThan(12);
  });

  it('renders the thông báo kết luận with header place and date', async () => {
    const seed = notes.find((n) => n.includes('seeds'))!;
    const text = flat((await readPdf(readFileSync(out(seed, '.pdf', '.thong-bao')))).pages.map((p) => p.text).join('\n'));
    expect(text).toContain('THÔNG BÁO');
    expect(text).toMatch(/ngày \d{2} tháng \d{1,2} năm 2024/);
    expect(text).toContain('Kết luận của');
    expect(text).toContain('Lưu: VT');
  });
});

describe('DOCX minutes read back', () => {
  it('hold every name, position, date and section heading in NFC, A4 with the decree margins', async () => {
    for (const note of notes) {
      const d = await openDocx(readFileSync(out(note, '.docx')));
      const text = flat(paragraphs(d.document).map((p) => p.text).join('\n'));
      expect(text).toBe(text.normalize('NFC'));
      for (const s of factsOf(note).strings) expect(text, `${path.basename(note)}: ${s}`).toContain(flat(s));
      expect(d.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(d.document).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
      expect(d.headers.default).toMatch(/PAGE/);
      expect(d.headers.first ?? '').not.toMatch(/PAGE/);
    }
  });
});

describe('a trích yếu that starts with "Về"', () => {
  // reports/…/2024-07-16: basis subjects "Về việc sắp xếp…" and "Về tiếp tục…"
  const doubled = /(?<!\p{L})về\s+về(?!\p{L})/iu;
  const want = ['của Bộ Chính trị về việc sắp xếp các đơn vị hành chính', 'về tiếp tục thực hiện sắp xếp đơn vị hành chính'];

  it('is printed after a single "về" in HTML, PDF and DOCX', async () => {
    const note = notes.find((n) => n.endsWith('2024-07-16-ubnd-tinh-cao-bang.md'))!;
    const html = flat(readFileSync(out(note, '.html'), 'utf8').replace(/<[^>]+>/g, ''));
    const pdf = flat((await readPdf(readFileSync(out(note, '.pdf')))).pages.map((p) => p.text).join(' '));
    const docx = flat(paragraphs((await openDocx(readFileSync(out(note, '.docx')))).document).map((p) => p.text).join('\n'));
    for (const [format, text] of Object.entries({ html, pdf, docx })) {
      for (const w of want) expect(text, format).toContain(w);
      expect(text, format).not.toMatch(doubled);
    }
  });
});

describe('a note typed in NFD', () => {
  const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');

  it('renders as the same note in NFC, in all three formats', async () => {
    const ws = tempDir();
    writeFileSync(path.join(ws, 'a.md'), SEED);
    writeFileSync(path.join(ws, 'b.md'), SEED.normalize('NFD'));
    const r = runCli(['render', 'a.md', 'b.md', '--to', 'pdf,docx,html'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    const html = (n: string) => readFileSync(path.join(ws, `out/${n}.html`), 'utf8');
    expect(html('b')).toBe(html('a'));
    const docx = async (n: string) => paragraphs((await openDocx(readFileSync(path.join(ws, `out/${n}.docx`)))).document).map((p) => p.text).join('\n');
    expect(await docx('b')).toBe(await docx('a'));
    const pdf = async (n: string) => (await readPdf(readFileSync(path.join(ws, `out/${n}.pdf`)))).pages.map((p) => p.text).join('');
    expect(await pdf('b')).toBe(await pdf('a'));
  });

  it('is refused for an error the NFC note has (a weekday that is not the date\'s)', () => {
    const ws = tempDir();
    const wrong = SEED.replace('## Kết luận\n', '## Kết luận\n\nVào thứ Hai, ngày 23/7/2024, đoàn làm việc.\n').normalize('NFD');
    writeFileSync(path.join(ws, 'c.md'), wrong);
    const r = runCli(['render', 'c.md', '--to', 'html'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/c\.md:\d+:\d+ .*thứ Ba/);
    expect(existsSync(path.join(ws, 'out/c.html'))).toBe(false);
  });
});

describe('hostile and unprintable text', () => {
  const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');
  const PAYLOAD = ['#read("/etc/passwd")', '$x^2$', '{{constructor}}', '{{{raw}}}', '<b>in đậm</b>', '@nhan', '// chú thích', '#set page(width: 1cm)'];

  it('prints Typst, Handlebars and HTML syntax verbatim in all three formats', async () => {
    const ws = tempDir();
    const body = PAYLOAD.map((p) => `Chuỗi \`${p}\` và ${p.replace(/[<>*_\\[\]`]/g, '\\$&')} giữ nguyên.`).join('\n\n');
    writeFileSync(path.join(ws, 'x.md'), SEED.replace('## Kết luận\n', () => `## Kết luận\n\n${body}\n\n`));
    const r = runCli(['render', 'x.md', '--to', 'pdf,docx,html'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    const pdfText = flat((await readPdf(readFileSync(path.join(ws, 'out/x.pdf')))).pages.map((p) => p.text).join(''));
    const docxText = paragraphs((await openDocx(readFileSync(path.join(ws, 'out/x.docx')))).document).map((p) => p.text).join('\n');
    const html = readFileSync(path.join(ws, 'out/x.html'), 'utf8');
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&amp;/g, '&');
    for (const p of PAYLOAD) {
      expect(pdfText, `pdf ${p}`).toContain(flat(p));
      expect(docxText, `docx ${p}`).toContain(p);
      expect(unescape(html), `html ${p}`).toContain(p);
    }
    expect(pdfText).not.toContain('root:x:0:0');
    expect(html).not.toContain('<b>in đậm</b>');
  });

  it('refuses a character the font cannot print, naming it and its line:column', () => {
    const ws = tempDir();
    const text = SEED.replace('## Kết luận\n', '## Kết luận\n\nKý hiệu 漢 không in được.\n\n');
    writeFileSync(path.join(ws, 'x.md'), text);
    const r = runCli(['render', 'x.md', '--to', 'pdf'], { cwd: ws });
    expect(r.code).toBe(1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('漢'));
    expect(r.stderr).toContain(`x.md:${line + 1}:${lines[line].indexOf('漢') + 1}`);
    expect(r.stderr).toContain('"漢"');
    expect(r.stderr).toContain('U+6F22');
    expect(existsSync(path.join(ws, 'out/x.pdf'))).toBe(false);
  });

  it('refuses it only for a document that prints it, and names a control character by its code alone', () => {
    const ws = tempDir();
    // the notice's subject is printed by the thông báo only
    const text = SEED.replace('notice:\n', 'notice:\n  subject: Kết luận ☎ của đoàn\n');
    writeFileSync(path.join(ws, 'x.md'), text);
    const minutes = runCli(['render', 'x.md', '--to', 'pdf', '--doc', 'bien-ban'], { cwd: ws });
    expect(minutes.code, minutes.stderr).toBe(0);
    expect(existsSync(path.join(ws, 'out/x.pdf'))).toBe(true);
    const notice = runCli(['render', 'x.md', '--to', 'pdf', '--doc', 'thong-bao'], { cwd: ws });
    expect(notice.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('☎')) + 1;
    expect(notice.stderr).toContain(`x.md:${line}:`);
    expect(notice.stderr).toContain('"☎" (U+260E)');
    expect(existsSync(path.join(ws, 'out/x.thong-bao.pdf'))).toBe(false);

    writeFileSync(path.join(ws, 'y.md'), SEED.replace('## Kết luận\n', '## Kết luận\n\nKý tự \u001b lạ.\n\n'));
    const ctl = runCli(['render', 'y.md', '--to', 'pdf'], { cwd: ws });
    expect(ctl.code).toBe(1);
    expect(ctl.stderr).toContain('U+001B');
    expect(ctl.stderr).not.toContain('\u001b');
  });
});
