import { describe, expect, test } from "vitest";
import { convertLegacy, detectLegacy, encodeLegacy, fixLegacy } from "../../src/text/legacy.js";
import { CLEAN_PARAGRAPHS, ENGLISH_TEXT, ROUNDTRIP_FULL, ROUNDTRIP_VN3 } from "./corpus.js";

const SHY = "\u00ad";

describe("TCVN3 (ABC .VnTime)", () => {
  test.each([
    ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
    ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
    ["Uû ban nh©n d©n", "Uỷ ban nhân dân"],
    [`M${SHY}êng Kh${SHY}¬ng`, "Mường Khương"],
    ["Toµ ¸n nh©n d©n … biªn b¶n nghÞ ¸n", "Toà án nhân dân … biên bản nghị án"],
    ["B¶o Th¾ng", "Bảo Thắng"],
  ])("%s", (legacy, unicode) => {
    const spans = detectLegacy(legacy);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.encoding === "tcvn3")).toBe(true);
    expect(fixLegacy(legacy)).toBe(unicode);
  });

  test("convertLegacy maps the table exactly", () => {
    expect(convertLegacy("¸µ¶·¹ ©ÊÇÈÉË ¨¾»¼½Æ eÐÌÎÏÑ ªÕÒÓÔÖ", "tcvn3")).toBe("áàảãạ âấầẩẫậ ăắằẳẵặ eéèẻẽẹ êếềểễệ");
    expect(convertLegacy(`oãßáâä «èåæçé ¬íêëìî uóïñòô ${SHY}øõö÷ù iÝ×ØÜÞ yýúûüþ ®`, "tcvn3")).toBe(
      "oóòỏõọ ôốồổỗộ ơớờởỡợ uúùủũụ ưứừửữự iíìỉĩị yýỳỷỹỵ đ",
    );
    expect(convertLegacy("¡¢£¤¥¦§", "tcvn3")).toBe("ĂÂÊÔƠƯĐ");
  });

  test(".VnTimeH headings decode to lower case", () => {
    expect(fixLegacy("céng hoµ x· héi chñ nghÜa viÖt nam")).toBe("cộng hoà xã hội chủ nghĩa việt nam");
  });

  test("abbreviations with § are converted inside a TCVN3 text", () => {
    expect(fixLegacy("QuyÕt ®Þnh sè 12/Q§-UBND cña H§ND tØnh")).toBe("Quyết định số 12/QĐ-UBND của HĐND tỉnh");
  });
});

describe("VNI-Windows", () => {
  test.each([
    ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["Xin chaøo caùc baïn", "Xin chào các bạn"],
    ["COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"],
    ["ngöôøi ñöùng ñaàu", "người đứng đầu"],
  ])("%s", (legacy, unicode) => {
    const spans = detectLegacy(legacy);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.encoding === "vni")).toBe(true);
    expect(fixLegacy(legacy)).toBe(unicode);
  });
});

describe("UTF-8 read as cp1252", () => {
  test.each([
    ["KHÃ”NG", "KHÔNG"],
    ["Äáº£ng", "Đảng"],
    ["Ä\u0090áº£ng", "Đảng"],
    ["Ä‘Æ°á»£c", "được"],
    ["Cá»˜NG HÃ’A XÃƒ Há»˜I", "CỘNG HÒA XÃ HỘI"],
    ["vÃ\u00a0 cÃ¡c", "và các"],
  ])("%s", (legacy, unicode) => {
    const spans = detectLegacy(legacy);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.encoding === "cp1252-utf8")).toBe(true);
    expect(fixLegacy(legacy)).toBe(unicode);
  });

  test("the five undefined cp1252 bytes survive as C1 controls", () => {
    const enc = encodeLegacy("Á Í Ý Đ ờ ”", "cp1252-utf8");
    expect(enc).toContain("\u0081");
    expect(enc).toContain("\u008d");
    expect(enc).toContain("\u009d");
    expect(enc).toContain("\u0090");
    expect(convertLegacy(enc, "cp1252-utf8")).toBe("Á Í Ý Đ ờ ”");
  });
});

describe("no false positives", () => {
  test.each(CLEAN_PARAGRAPHS.map((p, i) => [i, p] as const))("clean paragraph %i", (_i, text) => {
    expect(detectLegacy(text)).toEqual([]);
    expect(fixLegacy(text)).toBe(text);
  });

  test("all clean paragraphs together", () => {
    const all = CLEAN_PARAGRAPHS.join("\n\n");
    expect(detectLegacy(all)).toEqual([]);
  });

  test("NFD clean text", () => {
    const nfd = CLEAN_PARAGRAPHS.join("\n").normalize("NFD");
    expect(detectLegacy(nfd)).toEqual([]);
  });

  test("plain English / ASCII", () => {
    expect(detectLegacy(ENGLISH_TEXT)).toEqual([]);
    expect(detectLegacy("")).toEqual([]);
  });

  test("clean text with foreign names, units and quotes that resemble legacy bytes", () => {
    const text =
      "Đoàn gặp ông Müller và bà François tại São Paulo; mẫu đo 5 µm; «Hội nghị» kết thúc; © 2024 UBND; " +
      "“XÃ” và “BÃ”, NGÃ\u00a0BA, XÃ\u00a0Hòa, ESPAÑA, naïve, Noël.";
    expect(detectLegacy(text)).toEqual([]);
  });
});

describe("round trips through our own encoder", () => {
  const cases: Array<[string, "tcvn3" | "vni" | "cp1252-utf8", string]> = [
    ["tcvn3", "tcvn3", ROUNDTRIP_VN3],
    ["vni", "vni", ROUNDTRIP_FULL],
    ["cp1252-utf8", "cp1252-utf8", ROUNDTRIP_FULL],
  ];
  test.each(cases)("%s", (_name, enc, clean) => {
    const legacy = encodeLegacy(clean, enc);
    expect(legacy).not.toBe(clean);
    const spans = detectLegacy(legacy);
    expect(spans.length).toBeGreaterThan(0);
    expect(new Set(spans.map((s) => s.encoding))).toEqual(new Set([enc]));
    for (const s of spans) expect(legacy.slice(s.start, s.end).startsWith(s.sample)).toBe(true);
    const fixed = fixLegacy(legacy);
    expect(fixed).toBe(clean);
    expect(fixLegacy(fixed)).toBe(fixed);
  });

  test("TCVN3 encoder is lossy only for toned capitals", () => {
    expect(encodeLegacy("Ủy", "tcvn3")).toBe("ñy");
    expect(encodeLegacy("Đ Ă Â Ê Ô Ơ Ư", "tcvn3")).toBe("§ ¡ ¢ £ ¤ ¥ ¦");
  });

  test("a legacy line inside a clean document is fixed alone", () => {
    const clean = CLEAN_PARAGRAPHS[3];
    const doc = `${clean}\n${encodeLegacy(ROUNDTRIP_VN3, "tcvn3")}\n${clean}`;
    expect(fixLegacy(doc)).toBe(`${clean}\n${ROUNDTRIP_VN3}\n${clean}`);
    const docVni = `${clean}\n${encodeLegacy(ROUNDTRIP_FULL, "vni")}\n${clean}`;
    expect(fixLegacy(docVni)).toBe(`${clean}\n${ROUNDTRIP_FULL}\n${clean}`);
  });

  test("mixed encodings in one text", () => {
    const text = `Céng hoµ x· héi\nCoäng hoøa xaõ hoäi\nCá»˜NG HÃ’A`;
    const encs = detectLegacy(text).map((s) => s.encoding);
    expect(encs).toEqual(["tcvn3", "vni", "cp1252-utf8"]);
    expect(fixLegacy(text)).toBe("Cộng hoà xã hội\nCộng hòa xã hội\nCỘNG HÒA");
  });
});
