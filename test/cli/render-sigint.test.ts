// Ctrl-C during a PDF batch, or after it while the pages and the bundle are written: exit 130,
// no temp file, and every PDF left behind is complete.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
// the benchmark's own generator: 40 valid, varied notes
import { generate } from '../../bench/generate.js';

interface Interrupted {
  code: number | null;
  signal: string | null;
  stderr: string;
  sawOutput: boolean;
  /** SIGINT was sent (the process was still running) */
  sent: boolean;
  /** ms from the first output seen to the process's end */
  afterOutput: number;
}

/** runs the CLI and sends SIGINT delayMs after a file matching `when` appears (never, with delayMs null) */
function interruptAfterFirstOutput(cwd: string, args: string[], when = ['out/**/*.pdf'], delayMs: number | null = 0): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let sawAt = 0;
    let sent = false;
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      if (globSync(when, { cwd }).length > 0) {
        sawAt = Date.now();
        clearInterval(poll);
        if (delayMs !== null) timer = setTimeout(() => {
          // not when it is exiting already: its last line is out (or it has exited, and kill would reach a zombie)
          if (child.exitCode === null && child.signalCode === null && !/Đã tạo \d+ tệp, bỏ qua/.test(stderr)) sent = child.kill('SIGINT');
        }, delayMs);
      }
    }, 10);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ code, signal, stderr, sawOutput: sawAt > 0, sent, afterOutput: sawAt ? Date.now() - sawAt : 0 });
    });
  });
}

describe('Ctrl-C', () => {
  it.each([['2'], ['1']])('with --jobs %s: stops, exits 130, leaves no temp or truncated file', async (jobs) => {
    const dir = tempDir('bienban-sigint-');
    generate(path.join(dir, 'notes'), 40);
    const r = await interruptAfterFirstOutput(dir, ['render', 'notes', '--to', 'pdf', '--force', '--jobs', jobs]);
    expect(r.sawOutput).toBe(true);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Ctrl-C');
    expect(globSync(['**/*.tmp', '**/.*.tmp'], { cwd: dir, dot: true })).toEqual([]);
    const pdfs = globSync(['out/**/*.pdf'], { cwd: dir, absolute: true });
    expect(pdfs.length).toBeGreaterThan(0);
    for (const f of pdfs) {
      const b = readFileSync(f);
      expect(b.subarray(0, 5).toString('latin1'), f).toBe('%PDF-');
      expect(b.subarray(-16).toString('latin1').trimEnd().endsWith('%%EOF'), f).toBe(true);
    }
    // the cache only names finished outputs
    const cache = JSON.parse(readFileSync(path.join(dir, 'out', '.bienban-cache.json'), 'utf8')) as { notes: Record<string, unknown> };
    expect(Object.keys(cache.notes).length).toBe(pdfs.length);
  });

  it('once the notes are written (pages, --bundle): stops, exits 130, leaves no temp file and no half-written bundle', async () => {
    const dir = tempDir('bienban-sigint-');
    generate(path.join(dir, 'notes'), 120);
    expect(runCli(['render', 'notes', '--to', 'html'], { cwd: dir }).code).toBe(0);
    const args = ['render', 'notes', '--to', 'html', '--bundle'];
    // index.html is written just before the bundle is read and compiled; with no bundle in place, one is built
    const reset = () => {
      for (const f of globSync(['out/index.html', 'out/*.pdf'], { cwd: dir, absolute: true })) rmSync(f);
    };
    // how long that stage takes here, uninterrupted (1.5 s for 120 notes on a 2-core machine, the compile holding the thread)
    reset();
    const whole = await interruptAfterFirstOutput(dir, args, ['out/index.html'], null);
    expect(whole.code, whole.stderr).toBe(0);
    // Ctrl-C at several points of that stage, all well before its end
    let sent = 0;
    for (const share of [0.1, 0.35, 0.6]) {
      reset();
      const r = await interruptAfterFirstOutput(dir, args, ['out/index.html'], Math.round(whole.afterOutput * share));
      expect(r.sawOutput).toBe(true);
      if (!r.sent) continue; // it had finished already
      sent++;
      // 130, never 0; killed by the signal only if it came after the last check, as the process exits
      expect(r.code === 130 || r.signal === 'SIGINT', `${share}: ${r.code} ${r.signal} ${r.stderr}`).toBe(true);
      expect(globSync(['**/*.tmp', '**/.*.tmp'], { cwd: dir, dot: true })).toEqual([]);
      for (const f of globSync(['out/*.pdf'], { cwd: dir, absolute: true })) {
        const b = readFileSync(f);
        expect(b.subarray(0, 5).toString('latin1'), f).toBe('%PDF-');
        expect(b.subarray(-16).toString('latin1').trimEnd().endsWith('%%EOF'), f).toBe(true);
      }
    }
    expect(sent).toBeGreaterThan(0);
    // the next run finds every note rendered and writes the bundle
    const again = runCli(args, { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/bỏ qua 120 \(không đổi\)/);
    expect(globSync(['out/*.pdf'], { cwd: dir })).toHaveLength(1);
  });
});
