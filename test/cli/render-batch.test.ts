// Batch rendering end to end with the built CLI on temp copies of reports/: selection,
// the content-hash cache, failure isolation, determinism, and the quarter outputs
// (index.html, summary.html/csv, the bundle PDF read back with pdfjs-dist).
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { runCli, workspace, ROOT } from '../helpers/cli.js';
import { readOutline, readPdf, flat } from '../render/pdf/pdf-helpers.js';
import { parseCsv } from '../batch/csv.js';
import { shortDateVi } from '../../src/domain/dates.js';

const Q3 = 'reports/2024/Q3';
const NOTES = readdirSync(path.join(ROOT, Q3)).filter((f) => f.endsWith('.md')).sort();

const counts = (stderr: string) => {
  const m = /Đã tạo (\d+) tệp, bỏ qua (\d+) \(không đổi\), (\d+) ghi chép lỗi/.exec(stderr);
  if (!m) throw new Error(`no summary line in: ${stderr}`);
  return { rendered: Number(m[1]), skipped: Number(m[2]), failed: Number(m[3]) };
};
const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---\s*$/m)[1]);
const outputs = (dir: string, ext: string) => globSync([`out/**/*${ext}`], { cwd: dir, dot: true }).sort();

/** a copy of a Q3 note with another date (and file name) */
function redate(dir: string, from: string, date: string): string {
  const text = readFileSync(path.join(ROOT, Q3, from), 'utf8').replace(/^date: .*$/m, `date: ${date}`);
  const file = path.join(dir, 'notes', `${date}-${from.slice(11)}`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return path.relative(dir, file);
}

describe('selection', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace();
    for (const d of ['2024-06-30', '2024-07-01', '2024-09-30', '2024-10-01']) redate(dir, NOTES[0], d);
    // a note whose date cannot be read
    writeFileSync(path.join(dir, 'notes', 'zz-no-date.md'), '---\ntitle: thiếu ngày\n---\n\n## Kết luận\n\nKhông có.\n');
  });

  it('check --quarter takes both ends of the quarter, and still checks a note without a date', () => {
    const r = runCli(['check', 'notes', '--quarter', '2024-Q3', '--format', 'json'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => path.basename(f.filePath));
    expect(files).toEqual([`2024-07-01-${NOTES[0].slice(11)}`, `2024-09-30-${NOTES[0].slice(11)}`, 'zz-no-date.md']);
    expect(r.code).toBe(1); // the undated note has errors
  });

  it('check --since / --until are inclusive', () => {
    const since = runCli(['check', 'notes', '--since', '2024-09-30', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(since.stdout) as { filePath: string }[]).map((f) => path.basename(f.filePath).slice(0, 10))).toEqual(['2024-09-30', '2024-10-01', 'zz-no-date']);
    const until = runCli(['check', 'notes', '--until', '2024-07-01', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(until.stdout) as { filePath: string }[]).map((f) => path.basename(f.filePath).slice(0, 10))).toEqual(['2024-06-30', '2024-07-01', 'zz-no-date']);
  });

  it('check of a range that holds no note says so (exit 0), and a machine format still gets its empty document', () => {
    const d = workspace(Q3);
    const r = runCli(['check', Q3, '--quarter', '2023-Q1'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Không có ghi chép nào trong khoảng chọn (quý I/2023)');
    expect(r.stderr).not.toContain('Không có vấn đề nào');
    const j = runCli(['check', Q3, '--quarter', '2023-Q1', '--format', 'json'], { cwd: d });
    expect(JSON.parse(j.stdout)).toEqual([]);
  });

  it('render --quarter renders only the quarter and reports the undated note as failed', () => {
    const r = runCli(['render', 'notes', '--quarter', '2024-Q3', '--to', 'html', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(counts(r.stderr)).toEqual({ rendered: 2, skipped: 0, failed: 1 });
    expect(outputs(dir, '.html').filter((f) => f.startsWith('out/notes/')).map((f) => path.basename(f).slice(0, 10))).toEqual(['2024-07-01', '2024-09-30']);
    expect(r.stderr).toMatch(/notes\/zz-no-date\.md:\d+:\d+/);
  });

  it.each([
    [['--quarter', '2024-Q5'], /--quarter/],
    [['--since', '2024-13-01'], /--since/],
    [['--until', 'hôm qua'], /--until/],
    [['--since', '2024-09-01', '--until', '2024-08-01'], /2024-09-01/],
    // the end came from the quarter, not from anything typed: said so
    [['--quarter', '2024-Q3', '--since', '2024-10-05'], /ngày cuối quý 2024-Q3, 2024-09-30|the last day of 2024-Q3, 2024-09-30/],
    [['--jobs', '0'], /--jobs/],
  ])('%j is a usage error (exit 2) on render and check, in Vietnamese and English', (args, re) => {
    for (const cmd of ['render', 'check']) {
      const vi = runCli([cmd, 'notes', ...args], { cwd: dir });
      expect(vi.code).toBe(2);
      expect(vi.stderr).toMatch(/^Lỗi: /);
      expect(vi.stderr).toMatch(re);
      const en = runCli(['--lang', 'en', cmd, 'notes', ...args], { cwd: dir });
      expect(en.code).toBe(2);
      expect(en.stderr).toMatch(/^Error: /);
    }
  });
});

describe('cache', () => {
  let dir: string;
  const render = (...extra: string[]) => runCli(['render', Q3, '--to', 'html,pdf', ...extra], { cwd: dir });
  beforeAll(() => {
    dir = workspace(Q3);
    cpSync(path.join(ROOT, 'templates'), path.join(dir, 'tpl'), { recursive: true });
    writeFileSync(path.join(dir, 'bienban.config.yaml'), 'templates: tpl\n');
  });

  it('renders everything once, then skips unchanged notes whose outputs exist', () => {
    const first = render();
    expect(first.code).toBe(0);
    expect(counts(first.stderr)).toEqual({ rendered: 14, skipped: 0, failed: 0 });
    expect(existsSync(path.join(dir, 'out', '.bienban-cache.json'))).toBe(true);
    const second = render();
    expect(counts(second.stderr)).toEqual({ rendered: 0, skipped: 14, failed: 0 });
  });

  it('re-renders a changed note, and an output that was deleted', () => {
    const note = path.join(dir, Q3, NOTES[2]);
    writeFileSync(note, readFileSync(note, 'utf8').replace('## Kết luận\n', '## Kết luận\n\nĐoạn mới thêm.\n'));
    rmSync(path.join(dir, 'out', Q3, NOTES[4].replace(/\.md$/, '.pdf')));
    const r = render();
    expect(counts(r.stderr)).toEqual({ rendered: 3, skipped: 11, failed: 0 });
    expect(readFileSync(path.join(dir, 'out', Q3, NOTES[2].replace(/\.md$/, '.html')), 'utf8')).toContain('Đoạn mới thêm.');
  });

  it('a changed HTML partial in the override dir re-renders HTML only', () => {
    const pdf = path.join(dir, 'out', Q3, NOTES[0].replace(/\.md$/, '.pdf'));
    const before = statSync(pdf).mtimeMs;
    const partial = path.join(dir, 'tpl', '_shared', 'html', 'partials', 'title.hbs');
    writeFileSync(partial, `${readFileSync(partial, 'utf8')}<!-- đã sửa -->\n`);
    const r = render();
    expect(counts(r.stderr)).toEqual({ rendered: 7, skipped: 7, failed: 0 });
    expect(statSync(pdf).mtimeMs).toBe(before);
    expect(readFileSync(path.join(dir, 'out', Q3, NOTES[0].replace(/\.md$/, '.html')), 'utf8')).toContain('<!-- đã sửa -->');
  });

  it('a changed Typst template re-renders PDF only; --force renders all', () => {
    const lib = path.join(dir, 'tpl', '_shared', 'typst', 'lib.typ');
    writeFileSync(lib, `${readFileSync(lib, 'utf8')}\n// đã sửa\n`);
    expect(counts(render().stderr)).toEqual({ rendered: 7, skipped: 7, failed: 0 });
    expect(counts(render('--force').stderr)).toEqual({ rendered: 14, skipped: 0, failed: 0 });
  });

  it('a config change (rules) invalidates every output', () => {
    writeFileSync(path.join(dir, 'bienban.config.yaml'), 'templates: tpl\nrules:\n  doubled-space: off\n');
    expect(counts(render().stderr)).toEqual({ rendered: 14, skipped: 0, failed: 0 });
  });
});

describe('failure isolation', () => {
  it('a bad note in the middle of the batch fails alone, listed with file:line:col; exit 1', () => {
    const dir = workspace(Q3);
    const bad = path.join(dir, Q3, '2024-08-10-bad.md');
    // the end time before the start time is an error at the `end:` line
    writeFileSync(bad, readFileSync(path.join(ROOT, Q3, NOTES[3]), 'utf8').replace(/^date: .*$/m, 'date: 2024-08-10').replace(/^end: .*$/m, 'end: "06:00"'));
    const line = readFileSync(bad, 'utf8').split('\n').findIndex((l) => l.startsWith('end:')) + 1;
    for (const jobs of ['1', '2']) {
      rmSync(path.join(dir, 'out'), { recursive: true, force: true });
      const r = runCli(['render', Q3, '--to', 'html,docx', '--jobs', jobs], { cwd: dir });
      expect(r.code).toBe(1);
      expect(counts(r.stderr)).toEqual({ rendered: 14, skipped: 0, failed: 1 });
      expect(r.stderr).toContain(`${Q3}/2024-08-10-bad.md:${line}:6`);
      expect(r.stderr).toContain('end-after-start');
      expect(outputs(dir, '.html').filter((f) => f.includes(Q3))).toHaveLength(7);
      expect(existsSync(path.join(dir, 'out', Q3, '2024-08-10-bad.html'))).toBe(false);
    }
  });
});

describe('determinism', () => {
  it('workers and in-process runs write the same bytes, and the cache file is stable', async () => {
    const dir = workspace(Q3);
    const a = runCli(['render', Q3, '--to', 'html,pdf,docx', '--jobs', '1', '-o', 'a'], { cwd: dir });
    const b = runCli(['render', Q3, '--to', 'html,pdf,docx', '--jobs', '2', '-o', 'b'], { cwd: dir });
    expect([a.code, b.code]).toEqual([0, 0]);
    const files = globSync(['**/*'], { cwd: path.join(dir, 'a'), dot: true }).sort();
    expect(files.length).toBe(7 * 3 + 4); // + index, summary.html, summary.csv, cache
    for (const f of files) {
      const x = readFileSync(path.join(dir, 'a', f));
      const y = readFileSync(path.join(dir, 'b', f));
      // every format, DOCX included (its dates are the note's, not the clock's)
      expect(y.equals(x), f).toBe(true);
    }
  });
});

describe('quarter outputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace('reports');
    const r = runCli(['render', 'reports', '--quarter', '2024-Q3', '--to', 'html,pdf', '--doc', 'all', '--bundle'], { cwd: dir });
    if (r.code !== 0) throw new Error(r.stderr);
  }, 120_000);
  const notes = () => NOTES.map((n) => ({ n, fm: frontMatter(path.join(ROOT, Q3, n)) }));

  it('index.html lists every visit with date, host, title, type and a link to each document that exists', () => {
    const html = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('quý III/2024');
    for (const { n, fm } of notes()) {
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      expect(html).toContain(esc(fm.title));
      expect(html).toContain(esc(fm.host.name));
      expect(html).toContain(`>${shortDateVi(fm.date)}<`);
      for (const suffix of ['.html', '.pdf', '.thong-bao.html', '.thong-bao.pdf']) {
        const href = `${Q3}/${n.replace(/\.md$/, suffix)}`;
        expect(html).toContain(`href="${href}"`);
        expect(existsSync(path.join(dir, 'out', href))).toBe(true);
      }
    }
    expect(html.match(/<tr>/g)!.length).toBe(1 + NOTES.length);
    expect(html).toMatch(/Làm việc/);
    expect(html).toMatch(/Kiểm tra/);
  });

  it('summary.csv holds every recommendation and conclusion, with addressees, readable by Excel', () => {
    const raw = readFileSync(path.join(dir, 'out', 'summary.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['Ngày', 'Đơn vị', 'Tiêu đề', 'Loại', 'Số', 'Mục', 'Nội dung', 'Gửi tới', 'Tệp']);
    for (const r of rows) expect(r).toHaveLength(9);
    const cao = rows.filter((r) => r[8] === `${Q3}/${NOTES[0]}`);
    expect(cao.filter((r) => r[5] === 'Kiến nghị, đề xuất').map((r) => r[7])).toEqual(['Bộ Nội vụ', 'Bộ Tài chính', 'Bộ Nội vụ']);
    expect(cao.filter((r) => r[5] === 'Kết luận')).toHaveLength(5);
    // every list item of both sections of every note is there
    for (const { n } of notes()) {
      const text = readFileSync(path.join(ROOT, Q3, n), 'utf8');
      for (const [heading, re] of [['Kiến nghị, đề xuất', /^## Kiến nghị.*$/m], ['Kết luận', /^## Kết luận\s*$/m]] as const) {
        const section = text.split(re)[1].split(/^## /m)[0];
        const items = section.split('\n').filter((l) => /^\d+\. /.test(l)).length;
        expect(rows.filter((r) => r[8] === `${Q3}/${n}` && r[5] === heading).length, `${n} ${heading}`).toBeGreaterThanOrEqual(items);
      }
    }
  });

  it('summary.html counts visits by host and by type', () => {
    const html = readFileSync(path.join(dir, 'out', 'summary.html'), 'utf8');
    expect(html).toContain('Số buổi theo đơn vị');
    expect(html).toContain('Số buổi theo loại');
    const types = notes().map((x) => x.fm.type);
    const lv = types.filter((t) => t === 'lam-viec').length;
    expect(html).toContain(`<tr><td>Làm việc</td><td>${lv}</td></tr>`);
    expect(html).toContain(`<tr><td>Kiểm tra</td><td>${types.length - lv}</td></tr>`);
    expect(html).toContain('<td>Bộ Tài chính</td>');
  });

  it('the bundle PDF has the cover, a table of contents with every document, and every note inside', async () => {
    // --doc all: both documents, named so on the cover and in the file name
    const bytes = readFileSync(path.join(dir, 'out', 'tap-bien-ban-thong-bao-2024-Q3.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    const cover = flat(pdf.pages[0].text);
    expect(cover).toContain('Tập biên bản và thông báo kết luận quý III/2024');
    expect(cover).toContain('Từ ngày 01/7/2024 đến ngày 30/9/2024');
    const toc = flat(pdf.pages[1].text);
    expect(toc).toContain('MỤC LỤC');
    const body = flat(pdf.pages.slice(2).map((p) => p.text).join('\n'));
    for (const { fm } of notes()) {
      expect(toc).toContain(flat(fm.title));
      expect(body).toContain(flat(fm.title));
    }
    // biên bản and thông báo of each note: 14 TOC entries, numbered
    expect(toc).toMatch(/\b14\. /);
    expect(body.match(/BIÊN BẢN/g)!.length).toBeGreaterThanOrEqual(NOTES.length);
    for (const p of pdf.pages) {
      expect(p.width).toBeCloseTo(595.28, 1);
    }
    // bookmarks: the table of contents, then each document at the page its TOC line gives
    const outline = await readOutline(bytes);
    expect(outline[0]).toEqual({ title: 'Mục lục', page: 2 });
    expect(outline).toHaveLength(15);
    for (const [i, b] of outline.slice(1).entries()) {
      expect(b.title.startsWith(`${i + 1}. `)).toBe(true);
      expect(toc).toContain(flat(b.title.slice(`${i + 1}. `.length)).slice(0, 40));
      expect(flat(pdf.pages[b.page - 1].text)).toMatch(/BIÊN BẢN|THÔNG BÁO/);
    }
    expect(outline.slice(1).map((b) => b.page)).toEqual([...outline.slice(1).map((b) => b.page)].sort((x, y) => x - y));
  });
});
