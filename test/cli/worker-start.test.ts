// A worker thread that cannot start (a broken install: the bundled worker is missing) stops the
// batch with a message and exit 2; it is not respawned for every note, nor hidden.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_WORKERS_FROM } from '../../src/cli/early.js';
import { BIN, noStack, ROOT, tempDir, workspace } from '../helpers/cli.js';

describe('a worker that cannot start', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // the package as installed, with dist/bundle/worker.js missing or broken
  const setUp = (worker: string | undefined) => {
    const pkg = path.join(dir, 'pkg');
    rmSync(pkg, { recursive: true, force: true });
    for (const p of ['package.json', 'bin', path.join('dist', 'bundle')]) cpSync(path.join(ROOT, p), path.join(pkg, p), { recursive: true });
    const file = path.join(pkg, 'dist', 'bundle', 'worker.js');
    if (worker === undefined) rmSync(file);
    else writeFileSync(file, worker);
    const notes = path.join(dir, 'notes');
    if (!existsSync(notes)) {
      mkdirSync(notes);
      const seed = readFileSync(path.join(ROOT, 'seeds', '2024-07-23-ubnd-tinh-bac-kan.md'));
      // enough notes for check to use workers
      for (let i = 0; i <= CHECK_WORKERS_FROM; i++) writeFileSync(path.join(notes, `n${i}.md`), seed);
    }
    return spawnSync(process.execPath, [path.join(pkg, 'bin', 'bienban.js'), 'check', 'notes', '--jobs', '2', '--lang', 'en'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      encoding: 'utf8',
      timeout: 60_000,
    });
  };

  it.each([
    ['missing', undefined, 'the batch worker (worker.js) is missing'],
    ['throwing as it loads', 'throw new Error("broken install");', 'a worker thread failed to start: broken install'],
  ])('%s: fails the batch once, with the reason, exit 2', (_name, worker, message) => {
    const r = setUp(worker);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.split(message).length).toBe(2);
    expect(noStack(r.stderr)).toBe(true);
    expect(r.stdout).not.toContain('No problems');
  });
});

// A glob, or folders holding enough notes, start one worker before the command has loaded
// (startWorkerIfBatch); when the batch turns out too small for it, or the command fails first,
// it must be ended, or the process would wait for it.
describe('the worker started early', () => {
  const dir = workspace('seeds', 'reports');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args, '--jobs', '2', '--lang', 'en'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('is ended when check finds too few notes for workers', () => {
    const r = run(['check', 'seeds/*.md']);
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('No problems');
  });

  it('is ended when the command fails before its batch', () => {
    const r = run(['check', 'seeds/*.md', '--format', 'nonsense']);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(noStack(r.stderr)).toBe(true);
  });

  it('renders its share of a batch', () => {
    const r = run(['render', 'reports/2024/Q3/*.md', '--to', 'html', '-o', 'out']);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    const notes = readdirSync(path.join(dir, 'reports', '2024', 'Q3')).filter((f) => f.endsWith('.md'));
    expect(notes.length).toBeGreaterThan(4);
    for (const n of notes) expect(readFileSync(path.join(dir, 'out', 'reports', '2024', 'Q3', n.replace(/\.md$/, '.html')), 'utf8')).toContain('BIÊN BẢN');
  });
});
