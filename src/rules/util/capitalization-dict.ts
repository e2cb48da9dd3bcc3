// Official capitalisation of common bodies and positions (Decree 30, Appendix II), as whole phrases.

export type EntryKind =
  /** a named body: the phrase is checked when it starts with a capital; all lower case only before `lowerIf` */
  | 'body'
  /** a position: checked when it starts with a capital; all lower case only when a named body follows */
  | 'position';

export interface CaseEntry {
  text: string;
  kind: EntryKind;
  /** an all-lower-case match is wrong when this follows it */
  lowerIf?: RegExp;
  /** an all-lower-case match is fine after these words ("cán bộ tài chính", "cơ sở y tế") */
  notAfter?: RegExp;
  /** any mismatch counts only when this follows (generic "Ban tổ chức" of an event is fine) */
  context?: RegExp;
}

const FIELDS = [
  'Nội vụ', 'Tài chính', 'Tư pháp', 'Ngoại giao', 'Quốc phòng', 'Công an', 'Y tế', 'Xây dựng', 'Công Thương', 'Giáo dục và Đào tạo',
  'Kế hoạch và Đầu tư', 'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  'Lao động - Thương binh và Xã hội', 'Giao thông vận tải', 'Thông tin và Truyền thông', 'Khoa học và Công nghệ',
  'Văn hóa, Thể thao và Du lịch', 'Dân tộc và Tôn giáo',
];
const DEPARTMENTS = [
  'Nội vụ', 'Tài chính', 'Tư pháp', 'Ngoại vụ', 'Y tế', 'Xây dựng', 'Công Thương', 'Giáo dục và Đào tạo', 'Kế hoạch và Đầu tư',
  'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Lao động - Thương binh và Xã hội',
  'Giao thông vận tải', 'Thông tin và Truyền thông', 'Khoa học và Công nghệ', 'Văn hóa, Thể thao và Du lịch', 'Dân tộc và Tôn giáo',
];

const PLACE = /^\s+(?:tỉnh|huyện|xã|thành phố|quận|phường|thị xã|thị trấn|cấp|các cấp)(?![\p{L}])/u;
const PARTY_BODY = /^\s+(?:trung ương|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|thành ủy|thành uỷ|quận ủy|quận uỷ)(?![\p{L}])/iu;

const bodies: CaseEntry[] = [
  ...FIELDS.map((f) => ({ text: `Bộ ${f}`, kind: 'body' as const, lowerIf: /^/, notAfter: /(?:cán|toàn|nội)\s+$/iu })),
  ...DEPARTMENTS.map((f) => ({ text: `Sở ${f}`, kind: 'body' as const, lowerIf: /^/, notAfter: /(?:cơ|trụ)\s+$/iu })),
  ...['Nội vụ', 'Tư pháp', 'Giáo dục và Đào tạo', 'Tài chính - Kế hoạch', 'Văn hóa và Thông tin', 'Tài nguyên và Môi trường', 'Lao động - Thương binh và Xã hội', 'Kinh tế và Hạ tầng', 'Nông nghiệp và Phát triển nông thôn'].map(
    (f) => ({ text: `Phòng ${f}`, kind: 'body' as const }),
  ),
  { text: 'Ủy ban nhân dân', kind: 'body', lowerIf: PLACE },
  { text: 'Hội đồng nhân dân', kind: 'body', lowerIf: PLACE },
  { text: 'Ủy ban Mặt trận Tổ quốc Việt Nam', kind: 'body' },
  { text: 'Mặt trận Tổ quốc Việt Nam', kind: 'body' },
  { text: 'Ban Dân vận', kind: 'body', lowerIf: PARTY_BODY },
  { text: 'Ban Tổ chức', kind: 'body', context: PARTY_BODY },
  { text: 'Ban Tuyên giáo', kind: 'body', context: PARTY_BODY },
  { text: 'Ban Kiểm tra', kind: 'body', context: PARTY_BODY },
  { text: 'Ban Nội chính', kind: 'body', context: PARTY_BODY },
  { text: 'Ban Dân vận Trung ương', kind: 'body' },
  { text: 'Ban Tổ chức Trung ương', kind: 'body' },
  { text: 'Ban Tuyên giáo Trung ương', kind: 'body' },
  { text: 'Ban Chấp hành Trung ương', kind: 'body' },
  { text: 'Ban Thường vụ Tỉnh ủy', kind: 'body' },
  { text: 'Ban Thường vụ Huyện ủy', kind: 'body' },
  { text: 'Ban Bí thư', kind: 'body' },
  { text: 'Bộ Chính trị', kind: 'body' },
  { text: 'Văn phòng Chính phủ', kind: 'body' },
  { text: 'Văn phòng Trung ương Đảng', kind: 'body' },
  { text: 'Thủ tướng Chính phủ', kind: 'body', lowerIf: /^/ },
];

const positions: CaseEntry[] = [
  'Chủ tịch', 'Phó Chủ tịch', 'Thủ tướng', 'Phó Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Giám đốc', 'Phó Giám đốc', 'Vụ trưởng',
  'Phó Vụ trưởng', 'Cục trưởng', 'Phó Cục trưởng', 'Chi cục trưởng', 'Tổng cục trưởng', 'Bí thư', 'Phó Bí thư', 'Chánh Văn phòng',
  'Phó Chánh Văn phòng', 'Chánh Thanh tra', 'Phó Chánh Thanh tra',
].map((text) => ({ text, kind: 'position' as const }));

export const CASE_ENTRIES: readonly CaseEntry[] = [...bodies, ...positions];

/** a capitalised body name right after a position: "Bộ Nội vụ", "UBND tỉnh", "Sở Tài chính" */
export const BODY_AFTER =
  /^\s+(?:(?:Bộ|Sở|Ủy|Uỷ|Hội|Ban|Cục|Vụ|Phòng|Văn|Tỉnh|Huyện|Thành|Chính|Quốc|Tổng|Chi|Trung|Viện|Đảng|Mặt|Đoàn|Thanh|Kho|Ngân)(?![\p{L}])|\p{Lu}{2,}(?![\p{Ll}]))/u;
