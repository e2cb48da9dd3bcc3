import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { watchCommand } from '../../src/cli/commands/watch.js';
import { captureCtx } from './io.js';

const REPO = path.resolve(import.meta.dirname, '../..');

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

  it('refuses a bad port', async () => {
    const { ctx } = captureCtx(tmpdir());
    await expect(watchCommand(ctx, [], { port: 'abc', doc: 'bien-ban' }, { stop: Promise.resolve() })).rejects.toThrow(/--port/);
  });
});
