// A worker thread that cannot start (a broken install: the bundled worker is missing) stops the
// batch with a message and exit 2; it is not respawned for every note, nor hidden.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_WORKERS_FROM } from '../../src/cli/commands/check.js';
import { noStack, ROOT, tempDir } from '../helpers/cli.js';

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
