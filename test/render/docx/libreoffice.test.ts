// Opens the DOCX in LibreOffice (when installed) and checks the PDF it makes:
// the file is valid enough to lay out, text survives, page numbers start on page 2.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { INJECTIONS, PEOPLE, bienBanView, thongBaoView } from '../../fixtures/views/docx-view.js';

function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = has('soffice') && has('pdftotext') && has('pdffonts');
let dir = '';
const flat = (s: string) => s.replace(/\s+/g, ' ');
const pageText = (pdf: string, page: number) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });

describe.skipIf(!available)('docx through LibreOffice', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bienban-docx-'));
    writeFileSync(join(dir, 'bb.docx'), await renderDocx(bienBanView));
    writeFileSync(join(dir, 'tb.docx'), await renderDocx(thongBaoView));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'bb.docx'), join(dir, 'tb.docx')],
      { stdio: 'ignore', timeout: 120_000 },
    );
  }, 150_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['bb', 'tb'])('%s.pdf is A4, 2+ pages, numbered from page 2', (name) => {
    const pdf = join(dir, `${name}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pageText(pdf, 1).trimStart()).toMatch(/^BỘ NỘI VỤ/);
    for (let i = 2; i <= pages; i++) expect(pageText(pdf, i).trimStart().split('\n')[0].trim()).toBe(String(i));
  });

  it('keeps the Vietnamese text, NFC, with the injection strings verbatim', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'bb.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toBe(text.normalize('NFC'));
    const all = flat(text);
    for (const x of PEOPLE) expect(all).toContain(x.name);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'THƯ KÝ', 'CHỦ TỌA', 'Nơi nhận:', '- Lưu: VT, Hồ sơ.']) {
      expect(all).toContain(s);
    }
    for (const s of INJECTIONS) expect(all.replace(/ /g, '')).toContain(s.replace(/ /g, ''));
  });

  it('keeps the closing line, signatures and recipients on one page', () => {
    const pdf = join(dir, 'bb.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    const last = flat(pageText(pdf, pages));
    for (const s of ['Cuộc họp kết thúc vào', 'THƯ KÝ', 'CHỦ TỌA', PEOPLE[4].name, 'Nơi nhận:', '- Lưu: VT, Hồ sơ.']) expect(last).toContain(s);
  });

  it('uses only the Liberation families (Times New Roman and Courier New substitutes)', () => {
    const fonts = execFileSync('pdffonts', [join(dir, 'bb.pdf')], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^Liberation(Serif|Mono)/);
    expect(fonts).toContain('LiberationSerif-Bold');
  });
});
