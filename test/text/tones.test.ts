import { describe, expect, test } from "vitest";
import { convertToneStyle, findDoubleTones, findQuTones, findToneStyle, toneMarksPerSyllable } from "../../src/text/tones.js";

describe("double tone marks", () => {
  test("counts marks per syllable in NFC and NFD", () => {
    expect(toneMarksPerSyllable("LỦẬN")).toBe(2);
    expect(toneMarksPerSyllable("LUẬN")).toBe(1);
    expect(toneMarksPerSyllable("LUẬN".normalize("NFD"))).toBe(1);
    expect(toneMarksPerSyllable("Việt")).toBe(1);
    expect(toneMarksPerSyllable("Ư")).toBe(0);
    expect(toneMarksPerSyllable("hoà")).toBe(1);
  });

  test("finds the real-world 'KẾT LỦẬN' with offsets", () => {
    const text = "THÔNG BÁO KẾT LỦẬN 127-KL/TW";
    const hits = findDoubleTones(text);
    expect(hits).toEqual([{ start: 14, end: 18, word: "LỦẬN" }]);
    expect(text.slice(hits[0].start, hits[0].end)).toBe("LỦẬN");
  });

  test("offsets into NFD text cover the whole decomposed word", () => {
    const text = "Kết lủận".normalize("NFD");
    const [hit] = findDoubleTones(text);
    expect(hit.word.normalize("NFC")).toBe("lủận");
    expect(text.slice(hit.start, hit.end)).toBe(hit.word);
  });

  test("clean text has none", () => {
    expect(findDoubleTones("Cộng hòa xã hội chủ nghĩa Việt Nam; khuỷu tay, người, được, thuở.")).toEqual([]);
  });
});

describe("tone placement style", () => {
  test.each([
    ["hòa", "old", "hoà"],
    ["khỏe", "old", "khoẻ"],
    ["thủy", "old", "thuỷ"],
    ["họa", "old", "hoạ"],
    ["tóe", "old", "toé"],
    ["ủy", "old", "uỷ"],
    ["HÒA", "old", "HOÀ"],
    ["ỦY", "old", "UỶ"],
    ["Hòa", "old", "Hoà"],
    ["hoà", "new", "hòa"],
    ["khoẻ", "new", "khỏe"],
    ["thuỷ", "new", "thủy"],
    ["HOÀ", "new", "HÒA"],
    ["UỶ", "new", "ỦY"],
    ["Tuỳ", "new", "Tùy"],
  ] as const)("%s is %s → %s", (word, style, converted) => {
    expect(findToneStyle(word)).toEqual([{ start: 0, end: word.length, word, style, converted }]);
  });

  test.each(["quý", "quỳ", "QUÝ", "hoàn", "toán", "khuyến", "thuyền", "tuy", "hoa", "khuya", "ngoài", "hòan", "quà", "mùa", "lúa"])(
    "%s is not style-specific",
    (word) => {
      expect(findToneStyle(word)).toEqual([]);
    },
  );

  test("offsets in a sentence", () => {
    const text = "CỘNG HÒA, Ủy ban và chủ toạ; thuỷ sản";
    const hits = findToneStyle(text);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.style])).toEqual([
      ["HÒA", "old"],
      ["Ủy", "old"],
      ["toạ", "new"],
      ["thuỷ", "new"],
    ]);
  });

  test("convertToneStyle both ways", () => {
    const mixed = "CỘNG HÒA xã hội; Ủy ban, chủ toạ, hoả tốc, Hỏa tốc, quý vị, hoàn thành, thuỷ lợi.";
    const old = convertToneStyle(mixed, "old");
    expect(old).toBe("CỘNG HÒA xã hội; Ủy ban, chủ tọa, hỏa tốc, Hỏa tốc, quý vị, hoàn thành, thủy lợi.");
    const neu = convertToneStyle(mixed, "new");
    expect(neu).toBe("CỘNG HOÀ xã hội; Uỷ ban, chủ toạ, hoả tốc, Hoả tốc, quý vị, hoàn thành, thuỷ lợi.");
    expect(convertToneStyle(neu, "old")).toBe(old);
    expect(findToneStyle(old).every((h) => h.style === "old")).toBe(true);
  });

  test("convertToneStyle normalizes NFD input", () => {
    expect(convertToneStyle("hòa".normalize("NFD"), "new")).toBe("hoà");
  });
});

describe("a tone on the u of qu", () => {
  test.each([
    ["qủa", "quả"],
    ["qúy", "quý"],
    ["Qụa", "Quạ"],
    ["qùyên", "quyền"],
    ["qúyêt", "quyết"],
    ["qủây", "quẩy"],
    ["QỦA", "QUẢ"],
  ])("%s → %s", (word, fixed) => {
    expect(findQuTones(`kết ${word}.`)).toEqual([{ start: 4, end: 4 + word.length, word, fixed }]);
  });

  test("leaves right spellings, other words and double tones alone", () => {
    expect(findQuTones("quả, quý, quyết, quốc, qua, tủa, cúa, aqủa, qủả")).toEqual([]);
  });
});
