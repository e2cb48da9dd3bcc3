import { describe, expect, test } from "vitest";
import { foldDiacritics, normalizeHeading, slugify } from "../../src/text/fold.js";
import { ALL_LETTERS_LOWER, ALL_LETTERS_UPPER } from "./corpus.js";

describe("foldDiacritics", () => {
  test("NFC and NFD input give the same result", () => {
    expect(foldDiacritics("Đảng")).toBe("Dang");
    expect(foldDiacritics("Đảng".normalize("NFD"))).toBe("Dang");
    expect(foldDiacritics("đường Nguyễn Thị Minh Khai")).toBe("duong Nguyen Thi Minh Khai");
  });

  test("every Vietnamese letter folds to ASCII", () => {
    const folded = foldDiacritics([...ALL_LETTERS_LOWER, ...ALL_LETTERS_UPPER].join(""));
    expect(folded).toMatch(/^[A-Za-z]+$/);
    expect(foldDiacritics("ữ")).toBe("u");
    expect(foldDiacritics("Ặ")).toBe("A");
  });

  test("leaves other text alone", () => {
    expect(foldDiacritics("“50%” – 1.234,5…")).toBe("“50%” – 1.234,5…");
  });
});

describe("slugify", () => {
  test.each([
    ["UBND tỉnh Bắc Kạn", "ubnd-tinh-bac-kan"],
    ["Biên bản làm việc: Đoàn công tác (23/7/2024)", "bien-ban-lam-viec-doan-cong-tac-23-7-2024"],
    ["../../etc/passwd", "etc-passwd"],
    ["a.b\\c/d", "a-b-c-d"],
    ["   ", "ghi-chep"],
    ["“…”", "ghi-chep"],
    ["", "ghi-chep"],
  ])("%j → %s", (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  test("at most 80 chars, cut at a word boundary, no trailing dash", () => {
    const long = "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Đoàn công tác liên ngành Trung ương";
    const slug = slugify(long);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(long.length).toBeGreaterThan(80);
    expect(slugify(long.normalize("NFD"))).toBe(slug);
    expect(slug).toBe("ket-luan-cua-pho-chu-tich-uy-ban-nhan-dan-tinh-tai-buoi-lam-viec-voi-doan-cong");
  });

  test("a single huge word is hard-cut at 80", () => {
    expect(slugify("x".repeat(200))).toBe("x".repeat(80));
  });
});

describe("normalizeHeading", () => {
  test.each([
    ["I. NỘI DUNG LÀM VIỆC", "i noi dung lam viec"],
    ["  Tồn tại,   hạn chế  và nguyên nhân: ", "ton tai han che va nguyen nhan"],
    ["KẾT LUẬN CỦA TRƯỞNG ĐOÀN", "ket luan cua truong doan"],
    ["Đề xuất, kiến nghị (của tỉnh)", "de xuat kien nghi cua tinh"],
  ])("%j", (input, key) => {
    expect(normalizeHeading(input)).toBe(key);
    expect(normalizeHeading(input.normalize("NFD"))).toBe(key);
  });
});
