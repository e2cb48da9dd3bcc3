// From flags (or answers) to the values of a new note: defaults, workspace suggestions,
// clearly marked placeholders (--yes) or the list of what is missing (scripts without --yes).
import { NOTE_TYPES, isRealIsoDate, type NoteType } from '../schema/note.js';
import type { Known } from './suggest.js';
import { nameKey, positionOf } from './suggest.js';
import { isPlaceholder } from '../domain/placeholder.js';
import { minutesOf } from '../domain/dates.js';

export { isPlaceholder };

/** everything `bienban new` accepts as a flag; camelCase as commander gives them */
export interface DraftFlags {
  type?: string;
  date?: string;
  start?: string;
  end?: string;
  copies?: string;
  title?: string;
  place?: string;
  location?: string;
  host?: string;
  hostMember?: string;
  hostMemberPosition?: string;
  delegation?: string;
  head?: string;
  headPosition?: string;
  chair?: string;
  secretary?: string;
  secretaryPosition?: string;
  issuer?: string;
  issuerParent?: string;
}

export interface DraftPerson {
  name: string;
  position: string;
}

export interface DraftInput {
  type: NoteType;
  title: string;
  issuer: { parent?: string; name: string };
  place: string;
  date: string;
  start: string;
  /** written only when given; the skeleton leaves a commented line otherwise */
  end?: string;
  copies?: number;
  location: string;
  delegation: { name: string; head: DraftPerson };
  host: { name: string; member: DraftPerson };
  chair: string;
  secretary: { name: string; position?: string };
}

/** flags a script must give when it cannot be asked (no terminal, no --yes) */
export const REQUIRED_FLAGS: readonly (keyof DraftFlags)[] = ['place', 'location', 'host', 'hostMember', 'hostMemberPosition', 'delegation', 'head', 'headPosition', 'secretary'];

export const flagName = (k: keyof DraftFlags) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export const TIME_RE = /^([01]?\d|2[0-3]):[0-5]\d$/;

/** placeholders are bracketed so they stand out in the note and in the rendered minutes */
const PLACEHOLDERS: Partial<Record<keyof DraftFlags, string>> = {
  place: '[Địa danh]',
  location: '[Địa điểm làm việc]',
  host: '[Tên đơn vị làm việc]',
  hostMember: '[Họ và tên đại diện đơn vị]',
  hostMemberPosition: '[Chức vụ]',
  delegation: '[Tên đoàn công tác]',
  head: '[Họ và tên Trưởng đoàn]',
  headPosition: '[Chức vụ của Trưởng đoàn]',
  secretary: '[Họ và tên thư ký]',
};

/** one line, NFC, single spaces */
export const clean = (s: string | undefined): string | undefined => {
  const v = s?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
};

export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function defaultTitle(type: NoteType, host: string): string {
  if (isPlaceholder(host)) return '[Tên cuộc họp]';
  return type === 'kiem-tra' ? `Kiểm tra tại ${host}` : `Làm việc với ${host}`;
}

export const upperVi = (s: string) => s.toLocaleUpperCase('vi');

export interface Invalid {
  flag: string;
  value: string;
  expected: string;
}

export type Resolved = { ok: true; input: DraftInput } | { ok: false; missing: string[]; invalid: Invalid[] };

export interface ResolveOptions {
  /** 'yes': placeholders for what is missing; 'strict': report it */
  mode: 'yes' | 'strict';
  today: string;
  known: Known;
}

export function resolveDraft(flags: DraftFlags, o: ResolveOptions): Resolved {
  const f: DraftFlags = {};
  for (const [k, v] of Object.entries(flags)) {
    const c = clean(typeof v === 'string' ? v : undefined);
    if (c) f[k as keyof DraftFlags] = c;
  }
  const invalid: Invalid[] = [];
  const type = (f.type ?? 'lam-viec') as NoteType;
  if (!NOTE_TYPES.includes(type)) invalid.push({ flag: '--type', value: f.type!, expected: NOTE_TYPES.join(' | ') });
  const date = f.date ?? o.today;
  if (!isRealIsoDate(date)) invalid.push({ flag: '--date', value: date, expected: 'YYYY-MM-DD' });
  const start = f.start ?? '08:00';
  if (!TIME_RE.test(start)) invalid.push({ flag: '--start', value: start, expected: 'HH:MM' });
  if (f.end !== undefined && !TIME_RE.test(f.end)) invalid.push({ flag: '--end', value: f.end, expected: 'HH:MM' });
  // the schema's and end-after-start's own bounds: a note new writes passes them
  else if (f.end !== undefined && TIME_RE.test(start) && minutesOf(f.end) <= minutesOf(start)) invalid.push({ flag: '--end', value: f.end, expected: `> --start ${start}` });
  if (f.copies !== undefined && !/^[1-9]\d?$/.test(f.copies)) invalid.push({ flag: '--copies', value: f.copies, expected: '1–99' });

  // a known name brings its position along
  if (f.head && !f.headPosition) f.headPosition = positionOf(o.known, f.head);
  if (f.hostMember && !f.hostMemberPosition) f.hostMemberPosition = positionOf(o.known, f.hostMember);
  if (f.secretary && !f.secretaryPosition) f.secretaryPosition = positionOf(o.known, f.secretary);

  const missing = REQUIRED_FLAGS.filter((k) => !f[k]);
  if (o.mode === 'strict' && missing.length) return { ok: false, missing: missing.map(flagName), invalid };
  for (const k of missing) f[k] = PLACEHOLDERS[k];

  const head = { name: f.head!, position: f.headPosition! };
  const member = { name: f.hostMember!, position: f.hostMemberPosition! };
  const chair = f.chair ?? head.name;
  if (![head.name, member.name].some((n) => nameKey(n) === nameKey(chair))) {
    // a name not given yet is named by its flag, not by its placeholder
    invalid.push({ flag: '--chair', value: chair, expected: [isPlaceholder(head.name) ? '--head' : head.name, isPlaceholder(member.name) ? '--host-member' : member.name].join(' | ') });
  }
  if (invalid.length) return { ok: false, missing: [], invalid };

  const knownDelegation = o.known.delegations.find((d) => nameKey(d.name) === nameKey(f.delegation!));
  const issuer = f.issuer
    ? { ...(f.issuerParent ? { parent: f.issuerParent } : {}), name: f.issuer }
    : knownDelegation?.issuer && !f.issuerParent
      ? knownDelegation.issuer
      : { ...(f.issuerParent ? { parent: f.issuerParent } : {}), name: isPlaceholder(f.delegation) ? '[TÊN CƠ QUAN BAN HÀNH]' : upperVi(f.delegation!) };
  // the chair is written exactly as the attendee it names (chair-in-attendees)
  const chairName = [head.name, member.name].find((n) => nameKey(n) === nameKey(chair))!;
  return {
    ok: true,
    input: {
      type,
      title: f.title ?? defaultTitle(type, f.host!),
      issuer,
      place: f.place!,
      date,
      start,
      ...(f.end ? { end: f.end } : {}),
      ...(f.copies ? { copies: Number(f.copies) } : {}),
      location: f.location!,
      delegation: { name: f.delegation!, head },
      host: { name: f.host!, member },
      chair: chairName,
      secretary: { name: f.secretary!, ...(f.secretaryPosition ? { position: f.secretaryPosition } : {}) },
    },
  };
}
