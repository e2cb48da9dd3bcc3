import { describe, expect, test } from "vitest";
import { findInvisible, findOddSpaces } from "../../src/text/chars.js";

describe("findInvisible", () => {
  test("finds each invisible char with its name and offset", () => {
    const text = "\ufeffa\u00adb\u200bc\u200cd\u200de\u2060f\ufeffg";
    const hits = findInvisible(text);
    expect(hits.map((h) => [h.start, h.codePoint, h.name])).toEqual([
      [2, 0xad, "SOFT HYPHEN"],
      [4, 0x200b, "ZERO WIDTH SPACE"],
      [6, 0x200c, "ZERO WIDTH NON-JOINER"],
      [8, 0x200d, "ZERO WIDTH JOINER"],
      [10, 0x2060, "WORD JOINER"],
      [12, 0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
    ]);
    for (const h of hits) {
      expect(h.end).toBe(h.start + 1);
      expect(text[h.start]).toBe(h.char);
    }
  });

  test("BOM at offset 0 is allowed; clean text is empty", () => {
    expect(findInvisible("\ufeffCộng hòa")).toEqual([]);
    expect(findInvisible("Cộng hòa xã hội chủ nghĩa Việt Nam – “Độc lập”…")).toEqual([]);
  });
});

describe("findOddSpaces", () => {
  test("finds no-break spaces and Unicode hyphens inside a symbol", () => {
    const text = "Số:\u00a012/QĐ\u2011UBND\u202fngày\u2007 5\u2010";
    const hits = findOddSpaces(text);
    expect(hits.map((h) => [text[h.start], h.name])).toEqual([
      ["\u00a0", "NO-BREAK SPACE"],
      ["\u2011", "NON-BREAKING HYPHEN"],
      ["\u202f", "NARROW NO-BREAK SPACE"],
      ["\u2007", "FIGURE SPACE"],
      ["\u2010", "HYPHEN"],
    ]);
    expect(hits[0]).toEqual({ start: 3, end: 4, char: "\u00a0", codePoint: 0xa0, name: "NO-BREAK SPACE" });
  });

  test("ordinary spaces, hyphen-minus and en dash are fine", () => {
    expect(findOddSpaces("Độc lập - Tự do - Hạnh phúc – 12/QĐ-UBND")).toEqual([]);
  });
});
