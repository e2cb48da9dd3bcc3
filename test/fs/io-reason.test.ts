// Why the system refused a file, as a sentence in both languages: never a raw code like "ELOOP: too many…".
import { describe, expect, it } from 'vitest';
import { ioReason, isFileError } from '../../src/fs/io-reason.js';
import { describeError } from '../../src/cli/exit.js';

const sysError = (code: string, p = '/w/x') => Object.assign(new Error(`${code}: raw system text, open '${p}'`), { code, path: p });

// the codes a file, a folder or a link can give when read, written or made
const MET = ['EISDIR', 'ENOTDIR', 'EEXIST', 'ENAMETOOLONG', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'ENOENT', 'ELOOP', 'EBUSY', 'ETXTBSY', 'EMFILE', 'ENFILE', 'EIO', 'ENXIO', 'ENODEV', 'ESTALE', 'ETIMEDOUT', 'EINVAL', 'EMLINK'];

describe('ioReason', () => {
  it('words every code a user can meet, in both languages, without the raw code or the system text', () => {
    for (const code of MET) {
      for (const lang of ['vi', 'en'] as const) {
        const reason = ioReason(lang, sysError(code));
        expect(reason, `${code} ${lang}`).not.toContain(code);
        expect(reason, `${code} ${lang}`).not.toContain('raw system text');
      }
    }
    expect(ioReason('vi', sysError('ELOOP'))).toBe('đường dẫn đi qua quá nhiều liên kết tượng trưng (có thể là một liên kết vòng trỏ về chính nó)');
    expect(ioReason('en', sysError('ELOOP'))).toBe('the path goes through too many symbolic links (perhaps a link that points back to itself)');
  });

  it('a rarer code is named inside a sentence, not given as the system text', () => {
    expect(ioReason('vi', sysError('ECONNRESET'))).toBe('hệ thống từ chối (mã lỗi ECONNRESET)');
    expect(ioReason('en', sysError('ECONNRESET'))).toBe('the system refused it (error code ECONNRESET)');
  });

  it('every such error on a named file is the user\'s to fix (exit 2), not an internal error', () => {
    expect(isFileError(sysError('ELOOP'))).toBe(true);
    expect(isFileError(sysError('EIO'))).toBe(true);
    expect(describeError(sysError('ELOOP', '/w/out/x.html'), 'vi', '/w')).toEqual({ code: 2, text: 'Lỗi: Không dùng được "out/x.html": đường dẫn đi qua quá nhiều liên kết tượng trưng (có thể là một liên kết vòng trỏ về chính nó).\n' });
  });
});
