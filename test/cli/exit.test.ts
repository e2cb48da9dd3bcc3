// Failures into exit codes and words: our errors, files the system refused, and real bugs.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../../src/cli/exit.js';
import { BienbanError } from '../../src/errors.js';
import { runCli, tempDir } from '../helpers/cli.js';

const sysError = (code: string, p: string) => Object.assign(new Error(`${code}: boom, open '${p}'`), { code, path: p });

describe('describeError', () => {
  it('gives our own errors as they are', () => {
    expect(describeError(new BienbanError('USAGE', 'sai cờ', 'gợi ý'), 'vi')).toEqual({ code: 2, text: 'Lỗi: sai cờ\ngợi ý\n' });
  });

  it('names a file the system refused and why, in plain words, not as a bug to report', () => {
    expect(describeError(sysError('EEXIST', '/w/afile'), 'vi')).toEqual({ code: 2, text: 'Lỗi: Không dùng được "/w/afile": một phần của đường dẫn là tệp, không phải thư mục.\n' });
    expect(describeError(sysError('EACCES', '/w/ro/x.md'), 'en')).toEqual({ code: 2, text: 'Error: Cannot use "/w/ro/x.md": permission denied.\n' });
    expect(describeError(sysError('ENOSPC', '/w/x.md'), 'en').text).toContain('no space left');
    // below the working folder: relative, as other messages show paths; elsewhere: as it is
    expect(describeError(sysError('EACCES', '/w/ro/x.md'), 'en', '/w').text).toBe('Error: Cannot use "ro/x.md": permission denied.\n');
    expect(describeError(sysError('EACCES', '/other/x.md'), 'en', '/w').text).toBe('Error: Cannot use "/other/x.md": permission denied.\n');
  });

  it('still calls anything else an internal error', () => {
    expect(describeError(new TypeError('x is undefined'), 'en').text).toMatch(/^Internal bienban error: x is undefined\. Please report it/);
  });

  it('end to end: init and new into a path under a file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'afile'), '');
    for (const args of [['init', 'afile'], ['new', '--yes', 'afile/x.md']]) {
      const r = runCli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^Lỗi: Không dùng được ".*afile": một phần của đường dẫn là tệp, không phải thư mục\.\n$/);
    }
  });
});
