// Bytes → text: what a file that is not UTF-8 text is called.
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/source.js';

const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return bigEndian ? Buffer.from(le).swap16() : le;
};

describe('decodeSource', () => {
  it('names UTF-16 (Notepad\'s "Unicode", either byte order) instead of calling it binary', () => {
    const text = '---\ntype: lam-viec\ntitle: Biên bản\n---\n';
    expect(decodeSource(utf16(text, false))).toEqual({ ok: false, messageId: 'utf16' });
    expect(decodeSource(utf16(text, true))).toEqual({ ok: false, messageId: 'utf16' });
  });

  it('still calls NUL-bearing bytes binary and keeps a UTF-8 BOM readable', () => {
    expect(decodeSource(new Uint8Array([0x89, 0x50, 0, 0]))).toEqual({ ok: false, messageId: 'binary' });
    expect(decodeSource(Buffer.from('\uFEFF---\na: 1\n---\n'))).toEqual({ ok: true, text: '---\na: 1\n---\n' });
  });

  it('names CR-only line ends; LF and CRLF, and a stray CR inside a line, are read', () => {
    expect(decodeSource(Buffer.from('---\ra: 1\r---\r'))).toEqual({ ok: false, messageId: 'cr-line-ends' });
    expect(decodeSource(Buffer.from('---\r\na: 1\r\n---\r\n')).ok).toBe(true);
    expect(decodeSource(Buffer.from('---\na: x\ry\n---\n')).ok).toBe(true);
  });
});
