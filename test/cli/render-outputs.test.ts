// Where render writes and what happens when it cannot: an output that cannot be written fails
// its note alone, notes outside the working folder keep their folders, two notes never share
// an output, a failed note loses its earlier files, a bad --out is a usage error.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { runCli, workspace, noStack, ROOT } from '../helpers/cli.js';

const Q3 = 'reports/2024/Q3';
const NOTES = readdirSync(path.join(ROOT, Q3)).filter((f) => f.endsWith('.md')).sort();
const source = (i: number) => readFileSync(path.join(ROOT, Q3, NOTES[i]), 'utf8');
const stem = (n: string) => n.replace(/\.md$/, '');

const counts = (stderr: string) => {
  const m = /Wrote (\d+) file\(s\), skipped (\d+) \(unchanged\), (\d+) note\(s\) failed/.exec(stderr);
  if (!m) throw new Error(`no summary line in: ${stderr}`);
  return { rendered: Number(m[1]), skipped: Number(m[2]), failed: Number(m[3]) };
};
const en = (args: string[], cwd: string) => runCli(['--lang', 'en', 'render', ...args], { cwd });
const temps = (dir: string) => globSync(['**/*.tmp'], { cwd: dir, dot: true });

describe('an output that cannot be written', () => {
  it('fails its note alone (a folder in the way): the others, the index, the summary and the cache are written; exit 1', () => {
    const dir = workspace(Q3);
    const blocked = path.join(dir, 'out', Q3, `${stem(NOTES[2])}.html`);
    mkdirSync(blocked, { recursive: true });
    for (const jobs of ['1', '2']) {
      const r = en([Q3, '--to', 'html,pdf', '--jobs', jobs, '--force'], dir);
      expect(r.code, r.stderr).toBe(1);
      expect(noStack(r.stderr)).toBe(true);
      expect(r.stderr).not.toContain('Internal');
      expect(r.stderr).toContain(`${Q3}/${NOTES[2]}: Cannot write out/${Q3}/${stem(NOTES[2])}.html: is a directory.`);
      expect(counts(r.stderr)).toEqual({ rendered: 12, skipped: 0, failed: 1 });
      for (const n of NOTES.filter((_, i) => i !== 2)) {
        for (const ext of ['.html', '.pdf']) expect(existsSync(path.join(dir, 'out', Q3, stem(n) + ext)), n + ext).toBe(true);
      }
      // none of the failed note's files: not its PDF either
      expect(existsSync(path.join(dir, 'out', Q3, `${stem(NOTES[2])}.pdf`))).toBe(false);
      for (const f of ['index.html', 'summary.html', 'summary.csv', '.bienban-cache.json']) expect(existsSync(path.join(dir, 'out', f)), f).toBe(true);
      expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).not.toContain(stem(NOTES[2]));
      expect(temps(dir)).toEqual([]);
    }
  });

  it('a page that cannot be written is reported by name, the notes are kept; exit 1', () => {
    const dir = workspace(Q3);
    mkdirSync(path.join(dir, 'out', 'summary.html'), { recursive: true });
    const r = en([Q3, '--to', 'html'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('Cannot write out/summary.html: is a directory.');
    expect(r.stderr).not.toContain('Internal');
    expect(counts(r.stderr)).toEqual({ rendered: 7, skipped: 0, failed: 0 });
    expect(existsSync(path.join(dir, 'out', 'index.html'))).toBe(true);
  });

  it('a note whose name fits renders (the temp name is short); one whose output name is too long fails alone', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'notes'));
    // 240 bytes: "<name>.thong-bao.html" is 252, under the 255-byte limit; a temp name built from it was not
    const fits = `${'a'.repeat(237)}.md`;
    // 250 bytes: "<name>.thong-bao.html" is 262, too long for any file system
    const long = `${'b'.repeat(247)}.md`;
    writeFileSync(path.join(dir, 'notes', fits), source(0));
    writeFileSync(path.join(dir, 'notes', long), source(1));
    writeFileSync(path.join(dir, 'notes', 'short.md'), source(2));
    const r = en(['notes', '--to', 'html', '--doc', 'all'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toContain('Internal');
    expect(r.stderr).toContain(`notes/${long}: Cannot write out/notes/${stem(long)}.`);
    expect(r.stderr).toContain('the file name is too long.');
    expect(counts(r.stderr)).toEqual({ rendered: 4, skipped: 0, failed: 1 });
    expect(existsSync(path.join(dir, 'out', 'notes', `${stem(fits)}.thong-bao.html`))).toBe(true);
    expect(existsSync(path.join(dir, 'out', 'notes', 'short.html'))).toBe(true);
    // not even its biên bản, whose name would fit
    expect(readdirSync(path.join(dir, 'out', 'notes')).filter((f) => f.startsWith('b'))).toEqual([]);
    expect(temps(dir)).toEqual([]);
  });
});

describe('--out', () => {
  it.each([['notes.txt'], ['notes.txt/sub']])('--out %s (a file, or below one) is a usage error naming the file (exit 2), in both languages', (out) => {
    const dir = workspace(Q3);
    writeFileSync(path.join(dir, 'notes.txt'), 'not a folder\n');
    const r = en([Q3, '--to', 'html', '--out', out], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: /);
    expect(r.stderr).toContain(`"${out}"`);
    expect(r.stderr).toContain('"notes.txt" is a file, not a folder');
    expect(r.stderr).not.toContain('Internal');
    const vi = runCli(['render', Q3, '--to', 'html', '--out', out], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^Lỗi: .*"notes\.txt" là một tệp/);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('not a folder\n');
  });
});
