import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUncovered, fontCoverage, mayLackGlyphs } from '../../../src/render/pdf/coverage.js';
import { defaultFontDir } from '../../../src/render/pdf/engine.js';

const faces = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((f) => join(defaultFontDir, `LiberationSerif-${f}.ttf`));

// 12 vowels × 6 tones, minus the 6 plain ASCII vowels, plus đ: 67 letters per case
function vietnameseLetters(): string[] {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const lower = new Set<string>();
  for (const v of vowels) for (const t of tones) lower.add((v + t).normalize('NFC'));
  for (const ascii of 'aeiouy') lower.delete(ascii);
  lower.add('đ');
  return [...lower].flatMap((c) => [c, c.toUpperCase()]);
}

describe('fontCoverage', () => {
  it('builds the 134 precomposed Vietnamese letters correctly', () => {
    const letters = vietnameseLetters();
    expect(letters).toHaveLength(134);
    for (const c of letters) expect([...c]).toHaveLength(1); // all precomposed
  });

  for (const face of faces) {
    it(`Liberation Serif 2.1.5 ${face.split('-').pop()} covers Vietnamese and typographic punctuation`, () => {
      const cover = fontCoverage(face);
      expect(cover.size).toBeGreaterThan(2000);
      const text = vietnameseLetters().join('') + '“”‘’–—…%/-.,;:()0123456789 ĐỘC LẬP - TỰ DO - HẠNH PHÚC';
      expect(findUncovered(text, cover)).toEqual([]);
    });
  }

  it('does not cover CJK, emoji or Thai', () => {
    const cover = fontCoverage(faces[0]);
    for (const cp of [0x6f22, 0x1f600, 0x0e01]) expect(cover.has(cp)).toBe(false);
    expect(cover.has(0x1ef9)).toBe(true); // ỹ
    expect(cover.has(0x41)).toBe(true);
  });

  it('caches per file and accepts bytes', () => {
    expect(fontCoverage(faces[0])).toBe(fontCoverage(faces[0]));
    const bytes = new Uint8Array(readFileSync(faces[1]));
    const c = fontCoverage(bytes);
    expect(fontCoverage(bytes)).toBe(c);
    expect(c.has('ư'.codePointAt(0)!)).toBe(true);
    expect(c.has(0x6f22)).toBe(false);
  });

  it('rejects a file that is not a font', () => {
    expect(() => fontCoverage(new Uint8Array(64))).toThrow(/cmap/);
  });
});

describe('findUncovered', () => {
  const cover = fontCoverage(faces[0]);

  it('names each uncovered character with its UTF-16 index, ignoring whitespace', () => {
    const text = 'Hà Nội\n漢 tự 😀 và\tก.';
    expect(findUncovered(text, cover)).toEqual([
      { char: '漢', codePoint: 0x6f22, index: 7 },
      { char: '😀', codePoint: 0x1f600, index: 12 },
      { char: 'ก', codePoint: 0x0e01, index: 18 },
    ]);
    expect(text.slice(12, 14)).toBe('😀');
  });

  it('returns every occurrence up to the limit', () => {
    const text = '漢'.repeat(50);
    expect(findUncovered(text, cover)).toHaveLength(20);
    expect(findUncovered(text, cover, 3).map((u) => u.index)).toEqual([0, 1, 2]);
  });

  it('finds nothing in NFC Vietnamese text', () => {
    const seed = readFileSync('/work/shared/seeds/000_bacd95ad4e680c06.txt', 'utf8');
    expect(findUncovered(seed.normalize('NFC'), cover)).toEqual([]);
  });
});

describe('mayLackGlyphs', () => {
  const real = fontCoverage(faces[0]);
  /** the font's coverage, counting look-ups */
  const counting = (has: (cp: number) => boolean = real.has) => {
    const c = { calls: 0, has: (cp: number) => (c.calls++, has(cp)) };
    return c;
  };
  const VIETNAMESE = readFileSync(new URL('../../../seeds/2024-07-23-ubnd-tinh-bac-kan.md', import.meta.url), 'utf8') + vietnameseLetters().join('') + '“”‘’–—…•';

  it('answers an ASCII and Vietnamese text without a look-up per character (the batch fast path)', () => {
    const cover = counting();
    expect(mayLackGlyphs(VIETNAMESE, cover)).toBe(false); // the first call checks the font once
    cover.calls = 0;
    expect(mayLackGlyphs(VIETNAMESE, cover)).toBe(false);
    expect(cover.calls).toBe(0);
  });

  it('finds what findUncovered finds, also with a font lacking a common character', () => {
    for (const cover of [counting(), counting((cp) => cp !== 0x1ea1 && real.has(cp))]) {
      expect(mayLackGlyphs('Hà Nội 漢', cover)).toBe(true);
      expect(mayLackGlyphs('Hà Nội\u2003\u3000 là thủ đô', cover)).toBe(false); // odd spaces are not drawn
    }
    const noA = counting((cp) => cp !== 0x1ea1 && real.has(cp)); // ạ
    expect(mayLackGlyphs('Hà Nội', noA)).toBe(false);
    expect(mayLackGlyphs('Đoàn đã làm việc ở đây', noA)).toBe(false);
    expect(mayLackGlyphs('nạp', noA)).toBe(true);
  });
});
