// Ctrl-C during a PDF batch: exit 130, no temp file, and every PDF left behind is complete.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { BIN, tempDir } from '../helpers/cli.js';
// the benchmark's own generator: 40 valid, varied notes
import { generate } from '../../bench/generate.js';

function interruptAfterFirstOutput(cwd: string, args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string; sawOutput: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let sawOutput = false;
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      if (globSync(['out/**/*.pdf'], { cwd }).length > 0) {
        sawOutput = true;
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 10);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stderr, sawOutput });
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
});
