// The render view: plain JSON describing one finished document (biên bản or thông báo).
// Every renderer (HTML, Typst/PDF, DOCX) draws this and nothing else, so layouts agree
// and user text reaches Typst only as JSON data.

/** A run of text with simple emphasis. `href` only for http(s)/mailto links. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  href?: string;
  /** a hard line break; `text` is empty */
  br?: boolean;
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[]; indent?: boolean }
  /** a `###` heading inside a section: printed as a bold numbered line ("1. ...") */
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'rule' };

export interface SignatureView {
  /** upper-case lines above the signature, e.g. ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"] or ["THƯ KÝ"] */
  titles: string[];
  /** the signer's name, printed bold under the signing space; may be empty for an unsigned slot */
  name: string;
}

export interface SectionView {
  /** Roman numeral with a dot: "I." */
  number: string;
  /** upper-case title: "KẾT QUẢ ĐẠT ĐƯỢC" */
  title: string;
  blocks: Block[];
}

export interface MinutesView {
  /** which layout: Mẫu 1.9 (bien-ban) or Mẫu 1.4 (thong-bao) */
  doc: 'bien-ban' | 'thong-bao';
  header: {
    /** cơ quan chủ quản, upper case, not bold; may be absent */
    parent?: string;
    /** cơ quan ban hành, upper case, bold, short rule under it */
    issuer: string;
    /** full line: "Số: 05/BB-ĐCT" or "Số:      /BB-ĐCT" */
    number: string;
    nation: string; // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    motto: string; // Độc lập - Tự do - Hạnh phúc
    /** italic "Bắc Kạn, ngày 23 tháng 7 năm 2024" under the motto (thông báo only; Mẫu 1.9 has none) */
    placeDate?: string;
  };
  /** "BIÊN BẢN" or "THÔNG BÁO" */
  docType: string;
  /** the line(s) under the type: meeting name or trích yếu; bold, centred, rule below */
  subject: string;
  /** blocks before the numbered sections: time, place, attendees, chair, secretary (biên bản) or the lead-in (thông báo) */
  intro: Block[];
  sections: SectionView[];
  /** closing paragraphs after the sections, ending "./." */
  closing: Block[];
  /** left to right; biên bản: [THƯ KÝ, CHỦ TỌA]; thông báo: [signer] (printed right of Nơi nhận) */
  signatures: SignatureView[];
  /** "Nơi nhận:" lines, final text: "- Thành viên Đoàn;" ... "- Lưu: VT, Hồ sơ." */
  recipients: string[];
  /** document metadata (PDF info, HTML <title>) */
  meta: { title: string; date: string; author: string; subject: string };
}
