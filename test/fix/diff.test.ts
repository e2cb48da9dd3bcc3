// unifiedDiff: exact hunks for a small case, and applied by git/patch for many generated cases.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';
import { tempDir } from '../helpers/cli.js';

const lines = (n: number, p = 'dòng') => Array.from({ length: n }, (_, i) => `${p} ${i + 1}\n`).join('');

/** a small deterministic PRNG, so failures reproduce */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function mutate(text: string, rand: () => number): string {
  const ls = text.split('\n');
  const edits = 1 + Math.floor(rand() * 6);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(rand() * ls.length);
    const r = rand();
    if (r < 0.4) ls[i] = `${ls[i]} đã sửa`;
    else if (r < 0.6) ls.splice(i, 1);
    else if (r < 0.8) ls.splice(i, 0, `dòng mới ${e}`);
    else ls.splice(i, 0, `thêm ${e}`, `thêm nữa ${e}`);
  }
  return ls.join('\n');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.md', 'x\n', 'x\n')).toBe('');
  });

  it('writes git-style headers and exact hunks with 3 lines of context', () => {
    const before = lines(20);
    const after = before.replace('dòng 5\n', 'dòng năm\n').replace('dòng 18\n', '');
    const d = unifiedDiff('/w/notes/a.md', before, after, { cwd: '/w' });
    expect(d).toBe(
      [
        '--- a/notes/a.md',
        '+++ b/notes/a.md',
        '@@ -2,7 +2,7 @@',
        ' dòng 2',
        ' dòng 3',
        ' dòng 4',
        '-dòng 5',
        '+dòng năm',
        ' dòng 6',
        ' dòng 7',
        ' dòng 8',
        '@@ -15,6 +15,5 @@',
        ' dòng 15',
        ' dòng 16',
        ' dòng 17',
        '-dòng 18',
        ' dòng 19',
        ' dòng 20',
        '',
      ].join('\n'),
    );
  });

  it('merges changes whose contexts touch, and marks a missing final newline', () => {
    const before = lines(10).replace(/\n$/, '');
    const after = before.replace('dòng 2\n', 'dòng hai\n').replace('dòng 9\n', 'dòng chín\n').replace('dòng 10', 'dòng mười');
    const d = unifiedDiff('a.md', before, after);
    expect(d.match(/^@@/gm)).toHaveLength(1);
    expect(d).toContain('@@ -1,10 +1,10 @@\n');
    expect(d).toContain('-dòng 10\n\\ No newline at end of file\n');
    expect(d.endsWith('+dòng mười\n\\ No newline at end of file\n')).toBe(true);
  });

  it('keeps paths outside the folder as they are', () => {
    expect(unifiedDiff('/x/a.md', 'a\n', 'b\n', { cwd: '/w' }).split('\n').slice(0, 2)).toEqual(['--- /x/a.md', '+++ /x/a.md']);
  });

  it('produces patches that git apply and patch turn into the new text', () => {
    const dir = tempDir('bienban-diff-');
    const rand = rng(30);
    const tools = ['git', 'patch'].filter((t) => spawnSync(t, ['--version']).status === 0);
    expect(tools.length).toBeGreaterThan(0);
    for (let c = 0; c < 40; c++) {
      let before = lines(5 + Math.floor(rand() * 60));
      if (rand() < 0.3) before = before.replace(/\n$/, '');
      if (rand() < 0.2) before = before.replace(/\n/g, '\r\n');
      let after = mutate(before, rand);
      if (rand() < 0.2) after = after.endsWith('\n') ? after.slice(0, -1) : `${after}\n`;
      if (after === before) continue;
      const file = path.join(dir, 'n.md');
      const d = unifiedDiff(file, before, after, { cwd: dir });
      writeFileSync(path.join(dir, 'p.diff'), d);
      for (const tool of tools) {
        writeFileSync(file, before);
        const args = tool === 'git' ? ['apply', 'p.diff'] : ['-p1', '-s', '-i', 'p.diff'];
        const r = spawnSync(tool, args, { cwd: dir, encoding: 'utf8' });
        expect(r.status, `${tool} case ${c}: ${r.stderr}${r.stdout}\n${d}`).toBe(0);
        expect(readFileSync(file, 'utf8'), `${tool} case ${c}`).toBe(after);
      }
    }
  });
});
