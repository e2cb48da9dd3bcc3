// The questions of `bienban new`, asked through an injected prompter (clack on a terminal,
// a scripted fake in tests). Known names are offered first; picking a person fills the position.
import { NOTE_TYPES, isRealIsoDate } from '../schema/note.js';
import type { Lang } from '../i18n/index.js';
import type { DraftFlags } from './input.js';
import { TIME_RE, clean, defaultTitle, isPlaceholder } from './input.js';
import type { Known, KnownPerson } from './suggest.js';
import { nameKey, positionOf } from './suggest.js';

export interface TextPrompt {
  /** stable id of the question (tests answer by it) */
  name: string;
  message: string;
  placeholder?: string;
  initialValue?: string;
  defaultValue?: string;
  validate?: (value: string) => string | undefined;
}

export interface SelectPrompt<T> {
  name: string;
  message: string;
  options: { value: T; label: string; hint?: string }[];
  initialValue?: T;
}

export interface Prompter {
  text(p: TextPrompt): Promise<string>;
  select<T extends string>(p: SelectPrompt<T>): Promise<T>;
}

/** thrown by a prompter when the user cancels (Ctrl-C, Esc) */
export class DraftCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'DraftCancelled';
  }
}

const OTHER = '\u0000other';
const MAX_CHOICES = 15;

export async function askDraft(p: Prompter, known: Known, preset: DraftFlags, o: { today: string; lang: Lang }): Promise<DraftFlags> {
  const m = (vi: string, en: string) => (o.lang === 'en' ? en : vi);
  const required = (v: string) => (clean(v) ? undefined : m('Không được để trống.', 'Required.'));
  const f: DraftFlags = { ...preset };

  const text = async (name: string, message: string, extra: Partial<TextPrompt> = {}) =>
    clean(await p.text({ name, message, validate: required, ...extra })) ?? '';

  /** a known value or a new one */
  const choose = async (name: string, message: string, list: readonly string[]): Promise<string> => {
    if (list.length === 0) return text(name, message);
    const picked = await p.select<string>({
      name,
      message,
      options: [...list.slice(0, MAX_CHOICES).map((v) => ({ value: v, label: v })), { value: OTHER, label: m('Khác (nhập mới)…', 'Other (type it)…') }],
    });
    return picked === OTHER ? text(`${name}-other`, message) : picked;
  };

  /** a known person (position comes along) or a new name, then its position */
  const person = async (name: string, message: string, positionMessage: string, list: readonly KnownPerson[], positionRequired = true) => {
    let who: string = OTHER;
    if (list.length) {
      who = await p.select<string>({
        name,
        message,
        options: [...list.slice(0, MAX_CHOICES).map((x) => ({ value: x.name, label: x.name, hint: x.position })), { value: OTHER, label: m('Người khác (nhập tên)…', 'Someone else (type the name)…') }],
      });
    }
    const nm = who === OTHER ? await text(`${name}-other`, message) : who;
    const pos = await p.text({
      name: `${name}-position`,
      message: positionMessage,
      initialValue: positionOf(known, nm) ?? '',
      validate: positionRequired ? required : undefined,
    });
    return { name: nm, position: clean(pos) };
  };

  if (!f.type) {
    f.type = await p.select<string>({
      name: 'type',
      message: m('Loại biên bản', 'Kind of minutes'),
      options: NOTE_TYPES.map((t) => ({ value: t, label: t === 'lam-viec' ? m('Biên bản làm việc (đoàn công tác)', 'Working session (delegation)') : m('Biên bản kiểm tra (đoàn kiểm tra)', 'Inspection (inspection team)'), hint: t })),
    });
  }
  if (!f.date) {
    const v = await p.text({
      name: 'date',
      message: m('Ngày làm việc (YYYY-MM-DD)', 'Date of the visit (YYYY-MM-DD)'),
      placeholder: o.today,
      defaultValue: o.today,
      validate: (s) => (!s?.trim() || isRealIsoDate(s.trim()) ? undefined : m('Ngày không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-07-23.', 'Not a real date; write YYYY-MM-DD, e.g. 2024-07-23.')),
    });
    f.date = clean(v) ?? o.today;
  }
  if (!f.start) {
    const v = await p.text({
      name: 'start',
      message: m('Giờ bắt đầu (HH:MM)', 'Start time (HH:MM)'),
      placeholder: '08:00',
      defaultValue: '08:00',
      validate: (s) => (!s?.trim() || TIME_RE.test(s.trim()) ? undefined : m('Giờ không hợp lệ; viết dạng HH:MM, ví dụ 14:30.', 'Not a time; write HH:MM, e.g. 14:30.')),
    });
    f.start = clean(v) ?? '08:00';
  }
  f.place ??= await choose('place', m('Địa danh (tỉnh, thành phố)', 'Place (province, city)'), known.places);
  f.location ??= await choose('location', m('Địa điểm làm việc', 'Meeting location'), known.locations);
  f.host ??= await choose('host', m('Đơn vị làm việc (được kiểm tra)', 'Host unit'), known.hosts);
  if (!f.title) {
    const def = defaultTitle(f.type as 'lam-viec', f.host);
    f.title = clean(await p.text({ name: 'title', message: m('Tên buổi làm việc', 'Title of the session'), placeholder: def, defaultValue: isPlaceholder(def) ? undefined : def })) ?? def;
  }
  if (!f.hostMember) {
    // people who sat for this host before come first
    const own = known.hostPeople[nameKey(f.host!)] ?? [];
    const people = [...own, ...known.people.filter((x) => !own.some((o) => nameKey(o.name) === nameKey(x.name)))];
    const r = await person('host-member', m('Đại diện đơn vị (họ và tên)', 'Host representative (full name)'), m('Chức vụ của đại diện đơn vị', 'Position of the host representative'), people);
    f.hostMember = r.name;
    f.hostMemberPosition ??= r.position;
  }
  f.delegation ??= await choose('delegation', m('Tên đoàn công tác / đoàn kiểm tra', 'Delegation name'), known.delegations.map((d) => d.name));
  if (!f.head) {
    const d = known.delegations.find((x) => nameKey(x.name) === nameKey(f.delegation!));
    // the delegation's last known head first
    const people = d?.head ? [d.head, ...known.people.filter((x) => nameKey(x.name) !== nameKey(d.head!.name))] : known.people;
    const r = await person('head', m('Trưởng đoàn (họ và tên)', 'Head of the delegation (full name)'), m('Chức vụ của Trưởng đoàn', 'Position of the head'), people);
    f.head = r.name;
    f.headPosition ??= r.position;
  }
  if (!f.chair) {
    const names = [...new Map([f.head, f.hostMember].map((n) => [nameKey(n!), n!])).values()];
    f.chair = await p.select<string>({
      name: 'chair',
      message: m('Người chủ trì', 'Chair'),
      options: names.map((n) => ({ value: n, label: n, hint: n === f.head ? m('Trưởng đoàn', 'head') : m('đơn vị', 'host') })),
      initialValue: f.head,
    });
  }
  if (!f.secretary) {
    const secs = [...known.secretaries, ...known.people.filter((x) => !known.secretaries.some((s) => nameKey(s.name) === nameKey(x.name)))];
    const r = await person('secretary', m('Thư ký (họ và tên)', 'Secretary (full name)'), m('Chức vụ của thư ký (có thể bỏ trống)', 'Position of the secretary (optional)'), secs, false);
    f.secretary = r.name;
    f.secretaryPosition ??= r.position;
  }
  return f;
}
