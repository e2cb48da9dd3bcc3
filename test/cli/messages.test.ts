// The words of the command line: what a user is told, in which language, and that the counts
// and choices it names are the ones that apply.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, noStack, ROOT } from '../helpers/cli.js';

const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');

function note(dir: string, name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
}

describe('English counts', () => {
  it('are singular for one', () => {
    const dir = tempDir();
    note(dir, 'x.md', SEED.replace('place:', 'foo: 1\nplace:'));
    const r = runCli(['check', 'x.md', '--max-warnings', '0', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect(r.stderr).toContain('1 warning, above --max-warnings 0.');
  });
});
