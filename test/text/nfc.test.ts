// toNfc / sourceOffset: the NFC text rules read, and the way back to the file's offsets.
import { describe, expect, it } from 'vitest';
import { toNfc, sourceOffset } from '../../src/text/nfc.js';

const nfd = (s: string) => s.normalize('NFD');

describe('toNfc', () => {
  it('leaves NFC text alone', () => {
    expect(toNfc('Bắc Kạn, ngày 23/7/2024')).toBeUndefined();
    expect(toNfc('')).toBeUndefined();
  });

  it('joins each letter with its marks, and maps every offset back to the source', () => {
    const text = `Tỉnh ${nfd('Bắc Kạn')}: thứ ${nfd('Hai')} 😀 ${nfd('Ủy ban')}.`;
    const m = toNfc(text)!;
    expect(m.text).toBe(text.normalize('NFC'));
    // each NFC character starts where its letter starts in the source
    for (let o = 0; o <= m.text.length; o++) {
      const s = sourceOffset(m, o);
      expect(text.slice(s).normalize('NFC').startsWith(m.text.slice(o)), `offset ${o}`).toBe(true);
    }
    const kan = m.text.indexOf('Kạn');
    const [s, e] = [sourceOffset(m, kan), sourceOffset(m, kan + 3, true)];
    expect(text.slice(s, e)).toBe(nfd('Kạn'));
    // a range ending inside a joined letter takes the whole letter
    expect(text.slice(s, sourceOffset(m, kan + 2, true))).toBe(nfd('Kạ'));
  });

  it('maps marks that stay apart after NFC (two tone marks on one letter)', () => {
    const text = 'LU\u0309A\u0302\u0323N va\u0300';
    const m = toNfc(text)!;
    expect(m.text).toBe(text.normalize('NFC'));
    expect(sourceOffset(m, m.text.length)).toBe(text.length);
    expect(sourceOffset(m, m.text.indexOf('v'))).toBe(text.indexOf('v'));
  });

  it('gives up where NFC joins more than a letter and its marks (Hangul jamo)', () => {
    expect(toNfc('\u1100\u1161 a\u0301')).toBeUndefined();
  });
});
