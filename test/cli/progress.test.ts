// Progress: a bar on a terminal outside CI, from one second into the run, throttled to ~10
// redraws a second; plain lines every 5 s elsewhere (fake clock).
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createProgress } from '../../src/cli/progress.js';
import type { Io } from '../../src/cli/context.js';

function io(tty: boolean, env: Record<string, string> = {}) {
  let text = '';
  const stderr = Object.assign(new Writable({ write(c, _e, cb) { text += String(c); cb(); } }), { isTTY: tty });
  const stdout = Object.assign(new Writable({ write(_c, _e, cb) { cb(); } }), { isTTY: tty });
  return { io: { stdout, stderr, cwd: '/', env } as Io, text: () => text };
}

describe('progress', () => {
  it('draws count/total, rate and ETA on a TTY, at most every 100 ms, and clears its line', () => {
    const t = io(true);
    let now = 0;
    const p = createProgress(t.io, 100, 'vi', () => now);
    expect(p.enabled).toBe(true);
    now = 1000;
    p.tick(10);
    expect(t.text()).toContain('10/100');
    expect(t.text()).toContain('10.0 ghi chép/giây');
    expect(t.text()).toContain('ETA 0:09');
    const drawn = t.text().length;
    now = 1050;
    p.tick(); // within 100 ms: not redrawn
    expect(t.text().length).toBe(drawn);
    now = 1200;
    p.tick();
    expect(t.text()).toContain('12/100');
    p.clear();
    expect(t.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('once shown, always draws the last step', () => {
    const t = io(true, {});
    let now = 0;
    const p = createProgress(t.io, 2, 'en', () => now);
    now = 1000;
    p.tick();
    now = 1010;
    p.tick();
    expect(t.text()).toContain('2/2');
    expect(t.text()).toContain('notes/s');
  });

  // a single quick check showed "1/1 18.9 ghi chép/giây" on a terminal
  it('draws nothing on a TTY for a run done within a second, one note or a handful', () => {
    for (const total of [1, 5]) {
      const t = io(true);
      let now = 0;
      const p = createProgress(t.io, total, 'vi', () => now);
      for (let i = 0; i < total; i++) {
        now += 150;
        p.tick();
      }
      p.clear();
      expect(t.text()).toBe('');
    }
    // one slow note: its only step is the last, nothing to show progress of
    const one = io(true);
    let now = 0;
    const p = createProgress(one.io, 1, 'vi', () => now);
    now = 3000;
    p.tick();
    expect(one.text()).toBe('');
  });

  it('prints nothing for a short batch when stderr is not a TTY, or under CI', () => {
    for (const t of [io(false), io(true, { CI: 'true' })]) {
      let now = 0;
      const p = createProgress(t.io, 10, 'vi', () => now);
      now = 4000;
      p.tick(5);
      now = 4900;
      p.tick(5);
      p.clear();
      expect(p.enabled).toBe(false);
      expect(t.text()).toBe('');
    }
  });

  it('prints a plain line every 5 s of a long batch there, without escape codes, and none for the last note', () => {
    for (const t of [io(false), io(true, { CI: 'true' })]) {
      let now = 0;
      const p = createProgress(t.io, 100, 'en', () => now);
      now = 4999;
      p.tick(10);
      expect(t.text()).toBe('');
      now = 5000;
      p.tick(10);
      expect(t.text()).toBe('20/100  4.0 notes/s  ETA 0:20\n');
      now = 6000;
      p.tick(10);
      expect(t.text().split('\n')).toHaveLength(2);
      now = 20000;
      p.tick(70);
      p.clear();
      expect(t.text()).toBe('20/100  4.0 notes/s  ETA 0:20\n');
    }
  });
});
