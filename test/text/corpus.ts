// Shared clean Vietnamese samples for the text tests.

const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

/** All 134 precomposed Vietnamese letters, lower case then upper case. */
export const ALL_LETTERS_LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))), "đ"];
export const ALL_LETTERS_UPPER = ALL_LETTERS_LOWER.map((c) => c.toUpperCase());

export const CLEAN_PARAGRAPHS = [
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
  "BIÊN BẢN\nLàm việc của Đoàn công tác liên ngành Trung ương với Ủy ban nhân dân tỉnh Bắc Kạn về công tác dân vận chính quyền",
  "Thời gian bắt đầu: 08 giờ 30 phút, thứ Ba, ngày 23/7/2024. Địa điểm: Hội trường số 2, Trụ sở UBND tỉnh; thành phần tham dự gồm 35 đại biểu (đạt 97,5% so với kế hoạch).",
  "Đồng chí Nguyễn Thị Hoà, Phó Chủ tịch UBND tỉnh, phát biểu: “Tỉnh đã hoàn thành 12/15 chỉ tiêu – tăng 3 chỉ tiêu so với năm trước…”. Ông Trần Văn Khoẻ, Giám đốc Sở Tài chính, đề nghị hỗ trợ thêm kinh phí; bà Lê Thị Thuỷ, thủ quỹ, báo cáo chi tiết.",
  "Ý KIẾN CỦA THÀNH VIÊN ĐOÀN: ỦY BAN NHÂN DÂN TỈNH CẦN ĐẨY MẠNH CẢI CÁCH THỦ TỤC HÀNH CHÍNH, GIẢI QUYẾT DỨT ĐIỂM CÁC KIẾN NGHỊ TỒN ĐỌNG; KHUYẾN KHÍCH NGƯỜI DÂN THAM GIA GIÁM SÁT. ĐẢNG ỦY, CHÍNH QUYỀN, MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ PHỐI HỢP CHẶT CHẼ.",
  "Ưu điểm: ý thức trách nhiệm được nâng lên; những người ở xã vùng sâu, vùng xa như Mường Khương, Bảo Thắng, Bắc Hà vẫn gửi ý kiến đúng hạn. Hạn chế: việc tiếp dân đôi khi còn chậm, khuya mới xong; rượu bia, thuốc lá ở công sở chưa được xử lý triệt để; khuỷu tay bị thương của cán bộ trực ban được hỗ trợ kịp thời.",
  "Nơi nhận:\n- Thành viên Đoàn;\n- Thường trực Tỉnh ủy;\n- Lưu: VT, Hồ sơ.\nÂm thanh, ánh sáng, ẩm thực, ấm áp, ầm ĩ; Ăn uống, Ắc quy, Ằn, Ẳng, Ẵm, Ặc; Êm, Ế, Ề, Ể, Ễ, Ệ; Ô, Ố, Ồ, Ổ, Ỗ, Ộ; Ơ, Ớ, Ờ, Ở, Ỡ, Ợ; Ư, Ứ, Ừ, Ử, Ữ, Ự; Ỳ, Ỷ, Ỹ, Ỵ, Ý; Ì, Í, Ỉ, Ĩ, Ị.",
  "Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP ngày 11/10/2016; Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ; Quyết định số 1961/QĐ-UBND. Giá trị: 1.234.567 đồng, tỷ lệ 12,5%.",
  `${ALL_LETTERS_LOWER.join(" ")}\n${ALL_LETTERS_UPPER.join(" ")}\n${ALL_LETTERS_LOWER.join("")}`,
];

export const ENGLISH_TEXT =
  "The delegation met the provincial People's Committee on 23 July 2024 at 8:30 a.m. " +
  'Agenda: (1) review; (2) "next steps" - 50% done; email: a.b@example.com; path C:\\notes\\visit-01.md.';

/** Paragraph without toned capitals (TCVN3 .VnTime cannot encode those). */
export const ROUNDTRIP_VN3 =
  "Đoàn công tác liên ngành Trung ương đã làm việc với lãnh đạo tỉnh về công tác dân vận chính quyền. " +
  "Hội nghị ghi nhận những kết quả đạt được trong việc thực hiện quy chế dân chủ ở cơ sở, đồng thời chỉ ra một số tồn tại, hạn chế cần khắc phục. " +
  "Người đứng đầu các sở, ngành phải chịu trách nhiệm trước Chủ tịch về tiến độ giải quyết kiến nghị của cử tri; thời hạn hoàn thành trước ngày 30 tháng 9 năm 2024. " +
  "Mường Khương, Bảo Thắng và Bắc Hà là những huyện được khen thưởng; đêm khuya, rượu, yêu cầu, khuỷu, thuở ấy, giữa, nguyễn, quyết, Ơn, Ưu, Ăn, Âm, Êm, Ôm.";

/** Paragraph with toned capitals, curly quotes, en dash and ellipsis. */
export const ROUNDTRIP_FULL =
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc. " +
  "Ủy ban nhân dân tỉnh Bắc Kạn báo cáo: “Đã hoàn thành 97,5% kế hoạch…”. " +
  ROUNDTRIP_VN3;
