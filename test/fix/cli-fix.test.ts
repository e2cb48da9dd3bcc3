// End to end: the built CLI's --fix and --fix-dry-run on temp copies (never on the repo's files).
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, workspace } from '../helpers/cli.js';
import { messyNote } from './messy-note.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const has = (cmd: string) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;

function messyFile(dir: string, name = 'note.md', crlf = true): string {
  const f = path.join(dir, name);
  const text = messyNote().text;
  writeFileSync(f, Buffer.concat([BOM, Buffer.from(crlf ? text.replace(/\n/g, '\r\n') : text, 'utf8')]));
  return f;
}

describe('bienban check --fix (end to end)', () => {
  it('fixes a messy note in place, keeping its BOM and CRLF line ends, and a second run changes nothing', () => {
    const dir = tempDir();
    const f = messyFile(dir);
    const r = runCli(['check', '--fix', 'note.md'], { cwd: dir });
    expect(r.stderr + r.stdout).not.toMatch(/legacy-encoding|invisible-character|straight-quote/);
    expect(r.code).toBe(0);
    const bytes = readFileSync(f);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    expect(bytes.subarray(3).toString('utf8')).toBe(messyNote().clean.replace(/\n/g, '\r\n'));
    const again = runCli(['check', '--fix', 'note.md'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(f).equals(bytes)).toBe(true);
  });

  it('--fix-dry-run prints a unified diff that applies cleanly, and writes nothing', () => {
    const dir = tempDir();
    const f = messyFile(dir);
    const before = readFileSync(f);
    const r = runCli(['check', '--fix-dry-run', 'note.md'], { cwd: dir });
    expect(readFileSync(f).equals(before)).toBe(true);
    const diff = r.stdout;
    // the first hunk starts at line 1, whose context line carries the BOM
    expect(diff).toContain('@@ -1,');
    expect(diff).toContain(' \ufeff---\r\n');
    expect(diff.startsWith('--- a/note.md\n+++ b/note.md\n@@ -')).toBe(true);
    for (const h of diff.match(/^@@ .*$/gm)!) expect(h).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/);
    writeFileSync(path.join(dir, 'fix.diff'), diff);
    // the same fix through --fix, in another folder, is what the patch must produce
    const other = tempDir();
    const g = messyFile(other);
    runCli(['check', '--fix', 'note.md'], { cwd: other });
    const checked: string[] = [];
    if (has('git')) {
      const c = spawnSync('git', ['apply', '--check', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
      expect(c.stderr).toBe('');
      expect(c.status).toBe(0);
      checked.push('git');
    }
    if (has('patch')) {
      const p = spawnSync('patch', ['-p1', '--dry-run', '-i', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
      expect(p.status, p.stdout + p.stderr).toBe(0);
      const a = spawnSync('patch', ['-p1', '-s', '-i', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
      expect(a.status, a.stdout + a.stderr).toBe(0);
      expect(readFileSync(f).equals(readFileSync(g))).toBe(true);
      checked.push('patch');
    }
    expect(checked.length).toBeGreaterThan(0);
  });

  it('never rewrites a note whose YAML does not parse, but still reports its mojibake', () => {
    const dir = tempDir();
    const f = path.join(dir, 'broken.md');
    writeFileSync(f, messyNote().text.replace('copies: 4', 'copies: [4'));
    const before = readFileSync(f);
    const r = runCli(['check', '--fix', '--format', 'json', 'broken.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(f).equals(before)).toBe(true);
    const ids = (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId);
    expect(ids).toContain('yaml');
    expect(ids).toContain('legacy-encoding');
    const dry = runCli(['check', '--fix-dry-run', 'broken.md'], { cwd: dir });
    expect(dry.stdout).not.toContain('+++ ');
    // and says why the fixes it lists were held back, instead of "can be fixed with --fix"
    const told = runCli(['check', '--fix', 'broken.md'], { cwd: dir });
    expect(told.stdout).toMatch(/\d+ vấn đề tự sửa được chưa được sửa: ghi chép có lỗi làm không đọc được/);
    expect(told.stdout).not.toContain('có thể tự sửa bằng --fix');
    expect(runCli(['check', 'broken.md'], { cwd: dir }).stdout).toContain('có thể tự sửa bằng --fix');
  });

  it('a note with a duplicate key is left as it is, and the fixes it lists are said to be held back', () => {
    const dir = tempDir();
    const f = path.join(dir, 'dup.md');
    writeFileSync(f, messyNote().text.replace('copies: 4', 'copies: 4\ncopies: 5'));
    const before = readFileSync(f);
    const told = runCli(['check', '--fix', 'dup.md'], { cwd: dir });
    expect(readFileSync(f).equals(before)).toBe(true);
    expect(told.stdout).toMatch(/\d+ vấn đề tự sửa được chưa được sửa/);
    expect(told.stdout).not.toContain('có thể tự sửa bằng --fix');
  });

  it('leaves the clean sample notes byte for byte as they are', () => {
    const ws = workspace('seeds', 'reports');
    const files = ['seeds/2024-07-23-ubnd-tinh-bac-kan.md', 'reports/2024/Q3/2024-09-11-ubnd-huyen-chiem-hoa-tinh-tuyen-quang.md'];
    const before = files.map((p) => readFileSync(path.join(ws, p)));
    const r = runCli(['check', '--fix', 'seeds', 'reports'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    files.forEach((p, i) => expect(readFileSync(path.join(ws, p)).equals(before[i])).toBe(true));
  });
});

describe('bienban check --fix changes only the text of the file it rewrites', () => {
  const noTemp = (...dirs: string[]) => dirs.forEach((d) => expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]));

  it('fixes the target of a symlinked note, and the link stays the same link', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'real'));
    mkdirSync(path.join(dir, 'notes'));
    const target = messyFile(path.join(dir, 'real'), 'target.md');
    const link = path.join(dir, 'notes', 'link.md');
    symlinkSync('../real/target.md', link);
    const r = runCli(['check', '--fix', 'notes/link.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../real/target.md');
    expect(readFileSync(target).subarray(3).toString('utf8')).toBe(messyNote().clean.replace(/\n/g, '\r\n'));
    noTemp(path.join(dir, 'real'), path.join(dir, 'notes'));
  });

  it('keeps a hard-linked note one file: every name shows the fix', () => {
    const dir = tempDir();
    const a = messyFile(dir, 'a.md');
    const b = path.join(dir, 'b.md');
    linkSync(a, b);
    const ino = statSync(a).ino;
    const r = runCli(['check', '--fix', 'b.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(b).ino).toBe(ino);
    expect(statSync(a).ino).toBe(ino);
    expect(statSync(a).nlink).toBe(2);
    expect(readFileSync(a).subarray(3).toString('utf8')).toBe(messyNote().clean.replace(/\n/g, '\r\n'));
    noTemp(dir);
  });

  // 0o604 cannot come from a umask, so the mode is copied, not made anew
  it.each([['640', 0o640], ['604', 0o604]])('keeps the mode %s of the note', (_name, mode) => {
    const dir = tempDir();
    const f = messyFile(dir);
    chmodSync(f, mode);
    const r = runCli(['check', '--fix', 'note.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(f).mode & 0o7777).toBe(mode);
    expect(readFileSync(f).subarray(3).toString('utf8')).toBe(messyNote().clean.replace(/\n/g, '\r\n'));
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner and group of the note (run as root)', () => {
    const dir = tempDir();
    const f = messyFile(dir);
    chownSync(f, 1234, 5678);
    const r = runCli(['check', '--fix', 'note.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(f).subarray(3).toString('utf8')).toBe(messyNote().clean.replace(/\n/g, '\r\n'));
    expect([statSync(f).uid, statSync(f).gid]).toEqual([1234, 5678]);
  });
});

describe('bienban check --fix-dry-run with a machine format', () => {
  /** what --fix writes, as text (BOM included) */
  const fixedText = () => {
    const other = tempDir();
    const g = messyFile(other);
    runCli(['check', '--fix', 'note.md'], { cwd: other });
    return readFileSync(g, 'utf8');
  };

  it('json: stdout parses, the fixed text is in `output` (as in ESLint), no diff anywhere', () => {
    const dir = tempDir();
    const f = messyFile(dir);
    const before = readFileSync(f);
    const r = runCli(['check', '--fix-dry-run', '--format', 'json', 'note.md'], { cwd: dir });
    const results = JSON.parse(r.stdout) as { filePath: string; output?: string }[];
    expect(results[0].output).toBe(fixedText());
    expect(r.stderr).not.toContain('+++ ');
    expect(readFileSync(f).equals(before)).toBe(true);
    // a clean note has no output, as in ESLint; --quiet keeps it
    writeFileSync(path.join(dir, 'clean.md'), messyNote().clean);
    const quiet = JSON.parse(runCli(['check', '--fix-dry-run', '-q', '--format', 'json', 'clean.md', 'note.md'], { cwd: dir }).stdout) as { output?: string }[];
    expect(quiet.map((q) => q.output === undefined)).toEqual([true, false]);
  });

  it('json from --stdin: the fixed text is in `output` too', () => {
    const dir = tempDir();
    const f = messyFile(dir);
    const r = runCli(['check', '--stdin', '--fix-dry-run', '--format', 'json'], { cwd: dir, input: readFileSync(f, 'utf8') });
    expect((JSON.parse(r.stdout) as { output?: string }[])[0].output).toBe(fixedText());
  });

  it.each(['sarif', 'junit', 'github'])('%s: stdout holds the report alone, the diff goes to stderr', (format) => {
    const dir = tempDir();
    messyFile(dir);
    for (const args of [['note.md'], ['--stdin']]) {
      const r = runCli(['check', '--fix-dry-run', '--format', format, ...args], { cwd: dir, input: args[0] === '--stdin' ? readFileSync(path.join(dir, 'note.md'), 'utf8') : '' });
      expect(r.stdout).not.toContain('+++ ');
      expect(r.stderr).toMatch(/^--- a\/.*\n\+\+\+ b\/.*\n@@ -/);
      if (format === 'sarif') expect((JSON.parse(r.stdout) as { version: string }).version).toBe('2.1.0');
      if (format === 'junit') expect(r.stdout.startsWith('<?xml')).toBe(true);
    }
  });
});
