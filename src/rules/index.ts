// The rule registry: one import and one entry per rule, sorted by id. Ids are permanent.
import type { Rule } from './types.js';
import type { Localized } from '../i18n/index.js';
import basisMissing from './basis-missing.js';
import capitalization from './capitalization.js';
import chairInAttendees from './chair-in-attendees.js';
import citedDateAfterVisit from './cited-date-after-visit.js';
import closingFacts from './closing-facts.js';
import dateFormat from './date-format.js';
import dateValid from './date-valid.js';
import documentNumber from './document-number.js';
import documentNumberForm from './document-number-form.js';
import documentTypeAgreement from './document-type-agreement.js';
import doubleToneMark from './double-tone-mark.js';
import doubledSpace from './doubled-space.js';
import endAfterStart from './end-after-start.js';
import fontCoverage from './font-coverage.js';
import huyenAfter2025 from './huyen-after-2025.js';
import invisibleCharacter from './invisible-character.js';
import legacyEncoding from './legacy-encoding.js';
import legalNumberYear from './legal-number-year.js';
import mottoFormat from './motto-format.js';
import oddSpace from './odd-space.js';
import placeholder from './placeholder.js';
import rawHtml from './raw-html.js';
import recommendationAddressee from './recommendation-addressee.js';
import requiredSections from './required-sections.js';
import secretaryConsistency from './secretary-consistency.js';
import sectionHeading from './section-heading.js';
import spaceAfterPunctuation from './space-after-punctuation.js';
import spaceBeforePunctuation from './space-before-punctuation.js';
import straightQuote from './straight-quote.js';
import timeFormat from './time-format.js';
import toneStyle from './tone-style.js';
import unicodeNfc from './unicode-nfc.js';
import weekdayDate from './weekday-date.js';

export const RULES: readonly Rule[] = [
  basisMissing,
  capitalization,
  chairInAttendees,
  citedDateAfterVisit,
  closingFacts,
  dateFormat,
  dateValid,
  documentNumber,
  documentNumberForm,
  documentTypeAgreement,
  doubleToneMark,
  doubledSpace,
  endAfterStart,
  fontCoverage,
  huyenAfter2025,
  invisibleCharacter,
  legacyEncoding,
  legalNumberYear,
  mottoFormat,
  oddSpace,
  placeholder,
  rawHtml,
  recommendationAddressee,
  requiredSections,
  secretaryConsistency,
  sectionHeading,
  spaceAfterPunctuation,
  spaceBeforePunctuation,
  straightQuote,
  timeFormat,
  toneStyle,
  unicodeNfc,
  weekdayDate,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** ids reported by the loader, the schema and the disable comments, not by rules (kept stable too) */
export const BUILTIN_IDS = ['file', 'front-matter', 'yaml', 'schema', 'disable-comment'] as const;

/** what the built-in ids check (SARIF metadata, `bienban explain`) */
export const BUILTINS: Record<string, Localized> = {
  file: { vi: 'Tệp đọc được, là văn bản UTF-8, không rỗng, xuống dòng kiểu LF hoặc CRLF.', en: 'The file is readable, non-empty UTF-8 text with LF or CRLF line ends.' },
  'front-matter': { vi: 'Ghi chép bắt đầu bằng phần đầu YAML giữa hai dòng "---".', en: 'A note starts with YAML front matter between two "---" lines.' },
  yaml: { vi: 'Phần đầu YAML đúng cú pháp, không lặp khóa, không dùng thẻ hay bí danh.', en: 'The front matter is valid YAML without duplicate keys, tags or aliases.' },
  schema: { vi: 'Các trường của phần đầu YAML đúng định dạng ghi chép.', en: 'The front-matter fields follow the note format.' },
  'disable-comment': { vi: 'Chú thích bienban-disable / bienban-enable chỉ nêu mã quy tắc có thật.', en: 'bienban-disable / bienban-enable comments name only real rule ids.' },
};

