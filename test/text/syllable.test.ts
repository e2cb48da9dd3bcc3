import { expect, test } from "vitest";
import { isVietnameseSyllable } from "../../src/text/syllable.js";

test.each(["người", "được", "khuỷu", "nghĩa", "quốc", "giữa", "gì", "thuyền", "khuya", "hoà", "hòa", "Việt", "ĐẢNG", "Kạn", "Đắk", "ở", "ươu"])(
  "%s is a syllable",
  (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
    expect(isVietnameseSyllable(w.normalize("NFD"))).toBe(true);
  },
);

test.each(["víi", "hoứa", "xaừ", "Vieọt", "lủận", "céng", "nghúa", "ngé", "ghá", "việc5", "Müller", "strong", "hoạn1", "tàc", "", "-"])(
  "%s is not a syllable",
  (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  },
);
