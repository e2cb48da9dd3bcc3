import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { watchCommand } from '../../src/cli/commands/watch.js';
import { captureCtx } from './io.js';
import { BIN } from '../helpers/cli.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const SEED = readFileSync(path.join(REPO, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function get(url: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, type: String(res.headers['content-type']) }));
    }).on('error', reject);
  });
}

/** the built CLI's `watch` as a process; resolves once it prints its URL, or when it exits first */
function startWatch(cwd: string, args: string[]) {
  const child = spawn(process.execPath, [BIN, 'watch', ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const url = new Promise<string | undefined>((resolve) => {
    child.stdout.on('data', () => {
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout);
      if (m) resolve(m[1]);
    });
    void exit.then(() => resolve(undefined));
  });
  return { child, url, exit, stderr: () => stderr };
}

/** polls until `check` holds, or fails after `ms` */
async function until(what: string, check: () => Promise<boolean> | boolean, ms = 5000): Promise<void> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('bienban watch', () => {
  it('prints the URL, serves the index, prints diagnostics of a broken note, stops cleanly', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-watchcli-'));
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports/good.md'), readFileSync(path.join(REPO, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md')));
    writeFileSync(path.join(dir, 'reports/bad.md'), readFileSync(path.join(REPO, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8').replace('start: "08:00"', 'start: "8h"'));
    const { ctx, out, err } = captureCtx(dir);
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    let onReady!: (u: string) => void;
    const ready = new Promise<string>((r) => (onReady = r));
    const done = watchCommand(ctx, ['reports'], { port: '0', doc: 'all' }, { stop: stopped, ready: onReady });
    const url = await Promise.race([ready, done.then((c) => { throw new Error(`exited ${c}: ${err()}`); })]);
    expect(out()).toBe(`${url}\n`);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const body = await new Promise<string>((resolve) => http.get(url, (res) => { let b = ''; res.on('data', (c) => (b += c)); res.on('end', () => resolve(b)); }));
    expect(body).toContain('reports/good.md');
    expect(body).toContain('doc=thong-bao');
    expect(err()).toMatch(/reports\/bad\.md:\d+:\d+\s+lỗi/);
    expect(err()).toContain('Đang theo dõi 2 ghi chép');
    stop();
    expect(await done).toBe(0);
    expect(err()).toContain('Đã dừng.');
  });

  it('the built CLI keeps up with saves by rename (sed -i) repeated, then an in-place write', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-watchcli-'));
    mkdirSync(path.join(dir, 'reports/q'), { recursive: true });
    const note = path.join(dir, 'reports/q/good.md');
    const marked = (n: number) => SEED.replace('Đoàn chia sẻ khó khăn', `Đoàn ghi nhận MARK${n} và chia sẻ khó khăn`);
    writeFileSync(note, marked(0));
    const w = startWatch(dir, ['reports/', '--port', '0']);
    try {
      const url = await w.url;
      expect(url, w.stderr()).toBeDefined();
      const page = `${url}view?file=${encodeURIComponent('reports/q/good.md')}&doc=bien-ban`;
      for (let n = 1; n <= 4; n++) {
        // as sed -i does: a new file renamed over the note; the fourth save writes in place
        if (n < 4) {
          writeFileSync(path.join(dir, 'reports/q/sedXYZ'), marked(n));
          renameSync(path.join(dir, 'reports/q/sedXYZ'), note);
        } else writeFileSync(note, marked(n));
        await until(`MARK${n} after save ${n}\n${w.stderr()}`, async () => (await get(page)).body.includes(`MARK${n}`));
      }
      await until('four updates logged', () => (w.stderr().match(/đã cập nhật 1 ghi chép/g) ?? []).length === 4);
    } finally {
      w.child.kill('SIGINT');
      await w.exit;
    }
  });

  it('the built CLI deletes the HTML it wrote for a note that is deleted, and lists it no more', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-watchcli-'));
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports/first.md'), SEED);
    writeFileSync(path.join(dir, 'reports/second.md'), SEED);
    const w = startWatch(dir, ['reports', '--port', '0', '--doc', 'all']);
    try {
      const url = await w.url;
      expect(url, w.stderr()).toBeDefined();
      const out = (f: string) => path.join(dir, 'out/reports', f);
      expect(existsSync(out('second.html')) && existsSync(out('second.thong-bao.html'))).toBe(true);
      rmSync(path.join(dir, 'reports/second.md'));
      await until('second.html deleted', () => !existsSync(out('second.html')));
      expect(existsSync(out('second.thong-bao.html'))).toBe(false);
      expect(existsSync(out('first.html'))).toBe(true);
      await until('the log line', () => w.stderr().includes('reports/second.md không còn (đã xóa hoặc đổi tên): đã bỏ khỏi danh sách và xóa out/reports/second.html, out/reports/second.thong-bao.html.'));
      expect(w.stderr()).not.toContain('đã cập nhật 0');
      const index = (await get(url!)).body;
      expect(index).toContain('reports/first.md');
      expect(index).not.toContain('reports/second.md');
    } finally {
      w.child.kill('SIGINT');
      await w.exit;
    }
  });

  it.each([[['nonexist']], [['reports', 'nonexist']], [['missing/**/*.md']]])('a path that names nothing exits 2 before serving: %j', async (args) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-watchcli-'));
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports/good.md'), SEED);
    const w = startWatch(dir, [...args, '--port', '0']);
    try {
      expect(await w.url).toBeUndefined();
      expect(await w.exit).toBe(2);
      expect(w.stderr()).toContain(`Không tìm thấy đường dẫn "${args[args.length - 1]}".`);
      expect(w.stderr()).not.toContain('Đang theo dõi');
    } finally {
      w.child.kill('SIGINT');
    }
  });

  it.each([['reports'], ['reports/**/*.md']])('an input with no notes yet is watched, says so, and a new note appears: %s', async (input) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-watchcli-'));
    mkdirSync(path.join(dir, 'reports'));
    const w = startWatch(dir, [input, '--port', '0']);
    try {
      const url = await w.url;
      expect(url, w.stderr()).toBeDefined();
      await until('the no-notes line', () => w.stderr().includes(`Chưa có ghi chép nào (*.md) trong: ${input}. Vẫn đang theo dõi`));
      expect(w.stderr()).not.toContain('Đang theo dõi 0');
      mkdirSync(path.join(dir, 'reports/2024'));
      writeFileSync(path.join(dir, 'reports/2024/new.md'), SEED);
      await until('the new note in the index', async () => (await get(url!)).body.includes('reports/2024/new.md'));
    } finally {
      w.child.kill('SIGINT');
      await w.exit;
    }
  });

  it.each([['SIGINT'], ['SIGTERM']] as const)('stopped by %s (Ctrl-C is its normal end), the built CLI says so and exits 0', async (signal) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-watchcli-'));
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports/good.md'), SEED);
    const w = startWatch(dir, ['reports', '--port', '0']);
    try {
      expect(await w.url, w.stderr()).toBeDefined();
      await until('the watching line', () => w.stderr().includes('Đang theo dõi 1 ghi chép'));
      w.child.kill(signal);
      expect(await w.exit).toBe(0);
      expect(w.stderr()).toContain('Đã dừng.');
    } finally {
      w.child.kill('SIGKILL');
    }
  });

  it('refuses a bad port', async () => {
    const { ctx } = captureCtx(tmpdir());
    await expect(watchCommand(ctx, [], { port: 'abc', doc: 'bien-ban' }, { stop: Promise.resolve() })).rejects.toThrow(/--port/);
  });
});
