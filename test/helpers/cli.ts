// Runs the built CLI as a real process (npm test builds dist/ first).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'bienban.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'bienban-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** a temp workspace holding copies of the given repo paths */
export function workspace(...paths: string[]): string {
  const dir = tempDir();
  for (const p of paths) cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  return dir;
}

export const noStack = (s: string) => !/\n\s+at .+:\d+:\d+\)?/.test(s) && !/TypeError|ReferenceError|SyntaxError: /.test(s);
