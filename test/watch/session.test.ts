import { afterEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PreviewSession, type RenderedEvent } from '../../src/watch/session.js';
import { startPreviewServer, type PreviewServer } from '../../src/watch/server.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const SEED = readFileSync(path.join(REPO, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');
const REL = 'reports/2024/Q3/a.md';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let session: PreviewSession | undefined;
let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  await session?.close();
  server = session = undefined;
});

async function start(o: { inputs?: string[]; templates?: boolean; lang?: 'vi' | 'en'; ignore?: string[]; readme?: boolean } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-watch-'));
  mkdirSync(path.join(dir, 'reports/2024/Q3'), { recursive: true });
  writeFileSync(path.join(dir, REL), SEED);
  if (o.readme) writeFileSync(path.join(dir, 'reports/README.md'), '# Ghi chú\n');
  let templateDir: string | undefined;
  if (o.templates) {
    templateDir = path.join(dir, 'templates');
    cpSync(path.join(REPO, 'templates'), templateDir, { recursive: true });
  }
  session = await PreviewSession.start({ inputs: o.inputs ?? ['reports'], cwd: dir, outDir: 'out', docs: ['bien-ban'], templateDir, debounceMs: 100, ignore: o.ignore, ignoreBase: dir });
  server = await startPreviewServer(session, { port: 0, lang: o.lang ?? 'vi' });
  const events: RenderedEvent[] = [];
  session.on('rendered', (e) => events.push(e));
  const next = () => new Promise<RenderedEvent>((resolve) => session!.once('rendered', resolve));
  return { dir, file: path.join(dir, REL), events, next, s: session, url: server.url };
}

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    }).on('error', reject);
  });
}

function request(url: string, method: string): ReturnType<typeof get> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview session', () => {
  it('skips what the config ignores, as check and render do', async () => {
    const { s } = await start({ readme: true, ignore: ['**/README.md'] });
    expect(s.notes().map((n) => n.rel)).toEqual([REL]);
  });

  it('renders every note at start and serves it with the reload script', async () => {
    const { s, url, dir } = await start();
    expect(s.notes().map((n) => n.rel)).toEqual([REL]);
    const page = await get(`${url}view?file=${encodeURIComponent(REL)}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('BIÊN BẢN');
    const csp = /Content-Security-Policy" content="([^"]*)"/.exec(page.body)![1];
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1];
    expect(csp).toMatch(/^default-src 'none';.*; script-src 'nonce-[^']+'; connect-src 'self'$/);
    expect(page.body).toContain(`<script nonce="${nonce}">`);
    expect(page.body.indexOf('new EventSource')).toBeLessThan(page.body.lastIndexOf('</body>'));
    // the file on disk keeps its strict policy and has no script
    const onDisk = readFileSync(path.join(dir, 'out/reports/2024/Q3/a.html'), 'utf8');
    expect(onDisk).not.toContain('<script');
    expect(onDisk).not.toContain('script-src');
    expect(page.headers['cache-control']).toBe('no-store');
    const index = await get(url);
    expect(index.body).toContain(`/view?file=${encodeURIComponent(REL)}&amp;doc=bien-ban`);
    expect(index.body).toContain('hợp lệ');
    expect((await get(`${url}view?file=${encodeURIComponent('../../etc/passwd')}`)).status).toBe(404);
    expect((await get(url, { Host: 'evil.example:80' })).status).toBe(403);
  });

  it.each([
    ['vi', 'Không có ghi chép "reports/x.md" trong phiên xem trước này', 'Không có trang /nope', 'chỉ trả lời tại 127.0.0.1 hoặc localhost', 'Chỉ nhận yêu cầu GET hoặc HEAD'],
    ['en', 'No note "reports/x.md" in this preview', 'No page /nope', 'answers only at 127.0.0.1 or localhost', 'Only GET and HEAD requests'],
  ] as const)('answers in the user\'s language (%s) when it cannot serve a request', async (lang, note, page, host, method) => {
    const { url } = await start({ lang });
    const cases: [() => ReturnType<typeof get>, number, string][] = [
      [() => get(`${url}view?file=${encodeURIComponent('reports/x.md')}`), 404, note],
      [() => get(`${url}view?file=${encodeURIComponent(REL)}&doc=nope`), 404, lang === 'vi' ? 'Không có văn bản "nope"' : 'No document "nope"'],
      [() => get(`${url}nope`), 404, page],
      [() => get(url, { Host: 'evil.example:80' }), 403, host],
      [() => request(url, 'POST'), 405, method],
    ];
    for (const [send, status, text] of cases) {
      const r = await send();
      expect(r.status).toBe(status);
      expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(r.body).toContain(text);
      // the way back to the list of notes
      if (status === 404) expect(r.body).toContain(url);
    }
  });

  it('re-renders within 500 ms of a save (real file events)', async () => {
    const { file, next, s } = await start();
    const rendered = next();
    const t0 = performance.now();
    await writeFile(file, SEED.replace('Đoàn chia sẻ khó khăn', 'Đoàn ghi nhận MARKER-ONE và chia sẻ khó khăn'));
    const e = await rendered;
    const elapsed = performance.now() - t0;
    expect(e.files).toEqual([REL]);
    expect(elapsed).toBeLessThan(500);
    expect(s.note(REL)!.html['bien-ban']).toContain('MARKER-ONE');
  });

  it('keeps up with saves by rename (sed -i, vim, safe write), repeated, then an in-place write', async () => {
    const { file, next, s } = await start();
    const marked = (n: number) => SEED.replace('Đoàn chia sẻ khó khăn', `Đoàn ghi nhận MARK-${n} và chia sẻ khó khăn`);
    // sed -i and "safe write": a new file renamed over the note, so the note gets a new inode
    const renameSave = async (n: number) => {
      await writeFile(`${file}.tmp${n}`, marked(n));
      await rename(`${file}.tmp${n}`, file);
    };
    // vim: the note is moved to a backup, written anew, the backup deleted
    const vimSave = async (n: number) => {
      await rename(file, `${file}~`);
      await writeFile(file, marked(n));
      await rm(`${file}~`);
    };
    const saves: ((n: number) => Promise<void>)[] = [renameSave, renameSave, vimSave, renameSave, (n) => writeFile(file, marked(n))];
    for (const [i, save] of saves.entries()) {
      const rendered = next();
      await save(i + 1);
      const e = await Promise.race([rendered, sleep(3000).then(() => undefined)]);
      expect(e?.files, `save ${i + 1}`).toEqual([REL]);
      expect(s.note(REL)!.html['bien-ban'], `save ${i + 1}`).toContain(`MARK-${i + 1}`);
    }
  });

  it('keeps up with rename saves in a sub-folder created after the start', async () => {
    const { dir, next, s } = await start();
    const rel = 'reports/2024/Q4/c.md';
    const created = next();
    mkdirSync(path.join(dir, 'reports/2024/Q4'));
    writeFileSync(path.join(dir, rel), SEED);
    await created;
    await sleep(200);
    expect(s.note(rel)).toBeDefined();
    for (let n = 1; n <= 3; n++) {
      const rendered = next();
      await writeFile(path.join(dir, `${rel}.tmp`), SEED.replace('Đoàn chia sẻ khó khăn', `Đoàn ghi nhận SUB-${n} và chia sẻ khó khăn`));
      await rename(path.join(dir, `${rel}.tmp`), path.join(dir, rel));
      const e = await Promise.race([rendered, sleep(3000).then(() => undefined)]);
      expect(e?.files, `save ${n}`).toContain(rel);
      expect(s.note(rel)!.html['bien-ban']).toContain(`SUB-${n}`);
    }
  });

  it('renders once for a burst of 5 quick saves, and out/ writes do not trigger renders', async () => {
    const { file, events, s } = await start({ inputs: ['.'] });
    for (let i = 1; i <= 5; i++) {
      await writeFile(file, SEED.replace('Đoàn chia sẻ khó khăn', `Đoàn ghi nhận BURST-${i} và chia sẻ khó khăn`));
      await sleep(15);
    }
    await sleep(600);
    await s.idle();
    expect(events.length).toBe(1);
    expect(s.note(REL)!.html['bien-ban']).toContain('BURST-5');
  });

  it('a broken save shows an error page with file:line:col instead of the stale page, and takes the stale HTML out of out/', async () => {
    const { file, next, url, s, dir } = await start();
    const html = path.join(dir, 'out', REL.replace(/\.md$/, '.html'));
    expect(existsSync(html)).toBe(true);
    const rendered = next();
    await writeFile(file, SEED.replace('date: 2024-07-23', 'date: 2024-02-30'));
    await rendered;
    const state = s.note(REL)!;
    expect(state.result.errorCount).toBeGreaterThan(0);
    expect(state.html['bien-ban']).toBeUndefined();
    const line = SEED.split('\n').findIndex((l) => l.startsWith('date: ')) + 1;
    const page = await get(`${url}view?file=${encodeURIComponent(REL)}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('BIÊN BẢN');
    expect(page.body).toMatch(new RegExp(`${REL}:${line}:\\d+`));
    expect(page.body).toContain('new EventSource');
    expect((await get(url)).body).toMatch(/\d+ lỗi/);
    expect(existsSync(html)).toBe(false);
  });

  it('the SSE endpoint sends a reload event after a save', async () => {
    const { file, url } = await start();
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(`${url}events`, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let buf = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          buf += c;
          if (buf.includes('\n\n') && buf.includes('event: reload')) {
            resolve(buf);
            req.destroy();
          }
        });
        // connected: now save
        void writeFile(file, SEED.replace('Đoàn chia sẻ', 'Đoàn SSE chia sẻ'));
      });
      req.on('error', reject);
    });
    const text = await received;
    const data = JSON.parse(/event: reload\ndata: (.*)\n/.exec(text)![1]);
    expect(data).toEqual({ files: [REL], all: false });
  });

  it('a template change re-renders every note with the new template', async () => {
    const { dir, next, s } = await start({ templates: true });
    const rendered = next();
    const css = path.join(dir, 'templates/_shared/html/styles.css');
    await writeFile(css, `${readFileSync(css, 'utf8')}\n/* TEMPLATE-MARKER */\n`);
    const e = await rendered;
    expect(e.all).toBe(true);
    expect(s.note(REL)!.html['bien-ban']).toContain('TEMPLATE-MARKER');
  });

  it('a new note in a watched folder appears; a deleted one goes', async () => {
    const { dir, next, s, url } = await start();
    const added = next();
    writeFileSync(path.join(dir, 'reports/2024/Q3/b.md'), SEED);
    await added;
    expect(s.notes().map((n) => n.rel)).toEqual([REL, 'reports/2024/Q3/b.md']);
    expect((await get(url)).body).toContain('reports/2024/Q3/b.md');
    const removed = next();
    rmSync(path.join(dir, 'reports/2024/Q3/b.md'));
    await removed;
    expect(s.notes().map((n) => n.rel)).toEqual([REL]);
  });

  it('a note deleted or renamed away takes the HTML watch wrote for it along, and nothing else', async () => {
    const { dir, next, s, url } = await start();
    const out = (f: string) => path.join(dir, 'out/reports/2024/Q3', f);
    for (const n of ['b', 'c']) {
      const added = next();
      writeFileSync(path.join(dir, `reports/2024/Q3/${n}.md`), SEED);
      await added;
    }
    expect(existsSync(out('b.html')) && existsSync(out('c.html'))).toBe(true);
    // what render wrote beside it is not watch's to delete
    writeFileSync(out('b.pdf'), '%PDF-');
    // the deleted note's open page is told to reload (it then says the note is gone)
    const reload = new Promise<unknown>((resolve, reject) => {
      const req = http.get(`${url}events`, (res) => {
        let buf = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          buf += c;
          const m = /event: reload\ndata: (.*)\n/.exec(buf);
          if (m) {
            resolve(JSON.parse(m[1]));
            req.destroy();
          }
        });
        rmSync(path.join(dir, 'reports/2024/Q3/b.md'));
      });
      req.on('error', reject);
    });
    const deleted = next();
    const e = await deleted;
    expect(await reload).toEqual({ files: ['reports/2024/Q3/b.md'], all: false });
    expect(e.removed).toEqual([{ rel: 'reports/2024/Q3/b.md', deleted: [out('b.html')] }]);
    expect(e.states).toEqual([]);
    expect(existsSync(out('b.html'))).toBe(false);
    expect(existsSync(out('b.pdf'))).toBe(true);
    const renamed = next();
    await rename(path.join(dir, 'reports/2024/Q3/c.md'), path.join(dir, 'reports/2024/Q3/c.md.bak'));
    await renamed;
    expect(existsSync(out('c.html'))).toBe(false);
    expect(existsSync(out('a.html'))).toBe(true);
    expect(s.notes().map((n) => n.rel)).toEqual([REL]);
    const index = (await get(url)).body;
    expect(index).not.toContain('b.md');
    expect(index).not.toContain('c.md');
    expect((await get(`${url}view?file=${encodeURIComponent('reports/2024/Q3/b.md')}`)).status).toBe(404);
  });
});
