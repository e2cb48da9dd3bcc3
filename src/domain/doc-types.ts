// Decree 30 PL III type abbreviations (state) and HD 36 (Party): abbreviation → type word.

export const STATE_TYPES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết', QĐ: 'Quyết định', CT: 'Chỉ thị', QC: 'Quy chế', QyĐ: 'Quy định', TC: 'Thông cáo', TB: 'Thông báo',
  HD: 'Hướng dẫn', CTr: 'Chương trình', KH: 'Kế hoạch', PA: 'Phương án', ĐA: 'Đề án', DA: 'Dự án', BC: 'Báo cáo',
  BB: 'Biên bản', TTr: 'Tờ trình', HĐ: 'Hợp đồng', CĐ: 'Công điện', BGN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền', GM: 'Giấy mời', GGT: 'Giấy giới thiệu', GNP: 'Giấy nghỉ phép', PG: 'Phiếu gửi', PC: 'Phiếu chuyển',
  PB: 'Phiếu báo', SY: 'Bản sao y', TrS: 'Bản trích sao', SL: 'Bản sao lục',
  // legal normative documents (with a year in the number)
  NĐ: 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', L: 'Luật', PL: 'Pháp lệnh',
};

export const PARTY_TYPES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết', QĐ: 'Quyết định', CT: 'Chỉ thị', KL: 'Kết luận', QĐi: 'Quy định', QC: 'Quy chế', TT: 'Thông tri',
  HD: 'Hướng dẫn', BC: 'Báo cáo', KH: 'Kế hoạch', CTr: 'Chương trình', TB: 'Thông báo', TTr: 'Tờ trình', CV: 'Công văn', BB: 'Biên bản',
};

/** a number as the note may write it, "Số: 05/BB-ĐCT" or "số 16/CT-TTg", without that word: the form prints it */
export const withoutNumberWord = (s: string) => s.trim().replace(/^số\s*:?\s*/iu, '');

/** the type word for a document number ("16/CT-TTg" → "Chỉ thị"), or undefined */
export function typeWordFor(number: string): string | undefined {
  const party = /^\d+[a-z]?-([A-Za-zĐđ]+)\//u.exec(number);
  if (party) return PARTY_TYPES[party[1]];
  const state = /^\d+[a-z]?\/(?:(?:19|20)\d\d\/)?([A-Za-zĐđ]+)-/u.exec(number);
  if (state) return STATE_TYPES[state[1]];
  return undefined;
}

/** issuer abbreviations whose mixed case is part of the official form ("TTg" = Thủ tướng Chính phủ) */
export const MIXED_CASE_ISSUERS: readonly string[] = ['TTg'];

/** words that may follow a type word before "số" ("Chương trình phối hợp số 79-CTr/...") */
export const TYPE_QUALIFIERS: readonly string[] = [
  'phối hợp', 'hành động', 'liên tịch', 'liên ngành', 'liên bộ', 'tổng thể', 'kết luận', 'công tác', 'thực hiện', 'hướng dẫn', 'chỉ đạo', 'khẩn',
];
