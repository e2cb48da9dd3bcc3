// The visit note's front matter: the one source of truth for validation, types and the JSON Schema.
import { z } from 'zod';

/** A real calendar date written as ISO YYYY-MM-DD. */
export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const text = (title: string, description: string, examples?: string[]) =>
  z.string().trim().min(1).meta({ title, description, ...(examples ? { examples } : {}) });

export const isoDate = (title: string, description: string) =>
  z
    .string()
    // abort: a date in another format ("23/7/2024") is not also reported as unreal
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_format', abort: true })
    .refine(isRealIsoDate, { error: 'date_invalid' })
    .meta({ title, description, format: 'date', examples: ['2024-07-23'] });

export const clockTime = (title: string, description: string) =>
  z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'time_format' })
    .meta({ title, description, pattern: '^([01]?\\d|2[0-3]):[0-5]\\d$', examples: ['08:00', '14:30'] });

export const personSchema = z
  .strictObject({
    name: text('Họ và tên', 'Họ và tên đầy đủ, không kèm học hàm, học vị (ví dụ "Triệu Văn Cường").', ['Triệu Văn Cường']),
    position: text('Chức vụ', 'Chức vụ, đơn vị công tác, viết hoa theo Phụ lục II Nghị định 30 (ví dụ "Thứ trưởng Bộ Nội vụ").', [
      'Thứ trưởng Bộ Nội vụ',
      'Phó Chủ tịch UBND tỉnh',
    ]),
    role: text('Vai trò trong buổi làm việc', 'Vai trò, nếu có: Trưởng đoàn, Phó Trưởng đoàn, Thành viên...', ['Trưởng đoàn', 'Thành viên']).optional(),
  })
  .meta({ title: 'Người tham dự', description: 'Một người tham dự: họ tên, chức vụ và vai trò (nếu có).' });

const sideSchema = (title: string, description: string, nameExample: string) =>
  z
    .strictObject({
      name: text('Tên', `Tên đầy đủ của ${title.toLowerCase()}.`, [nameExample]),
      members: z.array(personSchema).min(1).meta({ title: 'Thành viên', description: 'Danh sách người tham dự, ít nhất một người.' }),
    })
    .meta({ title, description });

export const basisSchema = z
  .strictObject({
    number: text('Số, ký hiệu', 'Số, ký hiệu văn bản, ví dụ "16/CT-TTg", "30/2020/NĐ-CP", "79-CTr/BDVTW-BCSĐCP".', ['16/CT-TTg']),
    type: text('Tên loại', 'Tên loại văn bản, ví dụ "Chỉ thị", "Chương trình phối hợp", "Quyết định".', ['Chỉ thị']).optional(),
    date: isoDate('Ngày ban hành', 'Ngày ban hành văn bản (YYYY-MM-DD); không được sau ngày làm việc.').optional(),
    issuer: text('Cơ quan ban hành', 'Cơ quan, người ban hành văn bản.', ['Thủ tướng Chính phủ']).optional(),
    subject: text('Trích yếu', 'Trích yếu nội dung văn bản.').optional(),
  })
  .meta({ title: 'Văn bản căn cứ', description: 'Một văn bản được xem xét hoặc làm căn cứ.' });

export const SIGN_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;

export const signerSchema = z
  .strictObject({
    prefix: z
      .enum(SIGN_PREFIXES)
      .meta({
        title: 'Quyền hạn ký',
        description: 'TM. (thay mặt tập thể), KT. (ký thay người đứng đầu), TL. (thừa lệnh), TUQ. (thừa ủy quyền), Q. (quyền).',
        enumDescriptions: ['Thay mặt tập thể (TM. ỦY BAN NHÂN DÂN)', 'Ký thay người đứng đầu (KT. BỘ TRƯỞNG)', 'Thừa lệnh (TL. CHỦ TỊCH)', 'Thừa ủy quyền (TUQ. GIÁM ĐỐC)', 'Quyền (Q. CHÁNH VĂN PHÒNG)'],
      })
      .optional(),
    authority: text('Chức danh người đứng đầu / tập thể', 'Dòng đứng sau quyền hạn, ví dụ "CHỦ TỊCH", "ỦY BAN NHÂN DÂN", "BỘ TRƯỞNG".', ['CHỦ TỊCH']).optional(),
    position: text('Chức vụ người ký', 'Chức vụ của người ký, ví dụ "CHÁNH VĂN PHÒNG", "THỨ TRƯỞNG".', ['CHÁNH VĂN PHÒNG']),
    name: text('Họ và tên người ký', 'Họ và tên người ký.'),
  })
  .meta({ title: 'Người ký', description: 'Khối chữ ký: quyền hạn, chức vụ và họ tên (Nghị định 30, Phụ lục I, mục II.7).' });

export const issuerSchema = z
  .strictObject({
    parent: text('Cơ quan chủ quản', 'Tên cơ quan, tổ chức chủ quản trực tiếp (nếu có), ví dụ "BỘ NỘI VỤ", "UBND TỈNH BẮC KẠN".', ['BỘ NỘI VỤ']).optional(),
    name: text('Cơ quan ban hành', 'Tên cơ quan, tổ chức ban hành văn bản, ví dụ "ĐOÀN CÔNG TÁC LIÊN NGÀNH TRUNG ƯƠNG".', [
      'ĐOÀN CÔNG TÁC LIÊN NGÀNH TRUNG ƯƠNG',
    ]),
  })
  .meta({ title: 'Cơ quan ban hành', description: 'Tên cơ quan chủ quản và cơ quan ban hành, in ở góc trái phần đầu văn bản.' });

export const noticeSchema = z
  .strictObject({
    number: text('Số, ký hiệu thông báo', 'Số, ký hiệu của thông báo kết luận, ví dụ "45/TB-VP". Bỏ trống khi chưa cấp số.', ['45/TB-VP']).optional(),
    date: isoDate('Ngày thông báo', 'Ngày ban hành thông báo (YYYY-MM-DD); mặc định là ngày làm việc.').optional(),
    place: text('Địa danh', 'Địa danh ghi ở dòng ngày tháng; mặc định là địa danh của biên bản.', ['Bắc Kạn']).optional(),
    issuer: issuerSchema.optional(),
    subject: text('Trích yếu', 'Trích yếu thông báo; mặc định "Kết luận của ... tại buổi làm việc với ...".').optional(),
    signer: signerSchema.optional(),
    recipients: z.array(text('Nơi nhận', 'Một nơi nhận.')).meta({ title: 'Nơi nhận của thông báo', description: 'Nơi nhận; "Lưu: VT" được thêm nếu thiếu.' }).optional(),
  })
  .meta({ title: 'Thông báo kết luận', description: 'Các trường riêng của thông báo kết luận (Mẫu 1.4), tất cả đều không bắt buộc.' });

export const NOTE_TYPES = ['lam-viec', 'kiem-tra'] as const;

export const noteSchema = z
  .strictObject({
    $schema: z.string().meta({ title: 'JSON Schema', description: 'Đường dẫn tới JSON Schema (dành cho trình soạn thảo).' }).optional(),
    type: z.enum(NOTE_TYPES).meta({
      title: 'Loại biên bản',
      description: 'lam-viec: biên bản làm việc của đoàn công tác; kiem-tra: biên bản kiểm tra của đoàn kiểm tra.',
      enumDescriptions: ['Biên bản làm việc (đoàn công tác)', 'Biên bản kiểm tra (đoàn kiểm tra)'],
    }),
    title: text('Tên cuộc họp', 'Tên buổi làm việc, in dưới chữ BIÊN BẢN (ví dụ "Làm việc với Ủy ban nhân dân tỉnh Bắc Kạn về ...").', [
      'Làm việc với Ủy ban nhân dân tỉnh Bắc Kạn về thực hiện nhiệm vụ công tác dân vận',
    ]),
    number: text('Số, ký hiệu', 'Số, ký hiệu biên bản, ví dụ "05/BB-ĐCT". Bỏ trống khi chưa cấp số (in "Số:      /BB-...").', ['05/BB-ĐCT']).optional(),
    issuer: issuerSchema,
    place: text('Địa danh', 'Địa danh nơi lập biên bản (tên tỉnh, thành phố).', ['Bắc Kạn']),
    date: isoDate('Ngày làm việc', 'Ngày diễn ra buổi làm việc, dạng YYYY-MM-DD.'),
    start: clockTime('Giờ bắt đầu', 'Giờ bắt đầu, dạng HH:MM (24 giờ).'),
    end: clockTime('Giờ kết thúc', 'Giờ kết thúc, dạng HH:MM, sau giờ bắt đầu.').optional(),
    location: text('Địa điểm', 'Địa điểm làm việc, ví dụ "Trụ sở Ủy ban nhân dân tỉnh Bắc Kạn".', ['Trụ sở Ủy ban nhân dân tỉnh Bắc Kạn']),
    basis: z.array(basisSchema).meta({ title: 'Văn bản căn cứ', description: 'Các văn bản được xem xét hoặc làm căn cứ.' }).optional(),
    delegation: sideSchema('Đoàn công tác / đoàn kiểm tra', 'Đoàn công tác hoặc đoàn kiểm tra và các thành viên.', 'Đoàn công tác liên ngành Trung ương'),
    host: sideSchema('Đơn vị làm việc / được kiểm tra', 'Cơ quan, đơn vị làm việc với đoàn (hoặc được kiểm tra) và người tham dự.', 'Ủy ban nhân dân tỉnh Bắc Kạn'),
    chair: text('Chủ trì (chủ tọa)', 'Họ tên người chủ trì; phải là một thành viên của đoàn hoặc đơn vị.', ['Triệu Văn Cường']),
    secretary: z
      .strictObject({
        name: text('Họ và tên thư ký', 'Họ tên người ghi biên bản.'),
        position: text('Chức vụ thư ký', 'Chức vụ, đơn vị của người ghi biên bản.').optional(),
      })
      .meta({ title: 'Thư ký (người ghi biên bản)', description: 'Người ghi biên bản.' }),
    chair_signer: signerSchema
      .omit({ name: true })
      .partial()
      .meta({ title: 'Chức danh ký của chủ tọa', description: 'Tùy chọn: quyền hạn và chức vụ in trên chữ ký của chủ tọa (chú thích 5 Mẫu 1.9).' })
      .optional(),
    copies: z.int().min(1).max(99).meta({ title: 'Số bản', description: 'Số bản biên bản được lập.', examples: [4] }).optional(),
    recipients: z.array(text('Nơi nhận', 'Một nơi nhận.')).meta({ title: 'Nơi nhận', description: 'Nơi nhận; "Lưu: VT, Hồ sơ." được thêm nếu thiếu.' }).optional(),
    notice: noticeSchema.optional(),
  })
  .meta({
    title: 'Ghi chép buổi làm việc / kiểm tra (bienban)',
    description: 'Phần đầu YAML của một ghi chép, dùng để lập biên bản (Mẫu 1.9) và thông báo kết luận (Mẫu 1.4) theo Nghị định 30/2020/NĐ-CP.',
  });

export type NoteData = z.infer<typeof noteSchema>;
export type Person = z.infer<typeof personSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Signer = z.infer<typeof signerSchema>;
export type Issuer = z.infer<typeof issuerSchema>;
export type NoteType = (typeof NOTE_TYPES)[number];
