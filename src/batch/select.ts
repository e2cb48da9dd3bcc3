// Which notes a batch covers: --quarter / --since / --until against the front-matter `date`.
// The date is read cheaply (a regex on the front matter, the YAML parse only as a fallback);
// validation of the note itself is the linter's job.
import { hashBytes } from '../util/hash.js';
import { parse as parseYaml } from 'yaml';
import { usageError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';

export interface SelectionInput {
  quarter?: string;
  since?: string;
  until?: string;
}

export interface Selection {
  /** inclusive ISO bounds; absent = open */
  since?: string;
  until?: string;
  /** "2024-Q3" when --quarter was given */
  quarter?: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** first and last day of a quarter */
export function quarterRange(year: number, q: number): { since: string; until: string } {
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  const days = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return { since: `${year}-${p(first)}-01`, until: `${year}-${p(last)}-${p(days)}` };
}

/** "quý III/2024" for "2024-Q3" */
export function quarterLabelVi(quarter: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? `quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}` : quarter;
}

/** Validates the options; undefined when none is given (everything is selected). Throws a usage error. */
export function parseSelection(o: SelectionInput, lang: Lang): Selection | undefined {
  if (o.quarter === undefined && o.since === undefined && o.until === undefined) return undefined;
  const sel: Selection = {};
  if (o.quarter !== undefined) {
    const m = /^(\d{4})-Q([1-4])$/i.exec(o.quarter.trim());
    if (!m) throw usageError(t(lang, 'batch/bad-quarter', { value: o.quarter }));
    sel.quarter = `${m[1]}-Q${m[2]}`;
    Object.assign(sel, quarterRange(Number(m[1]), Number(m[2])));
  }
  for (const key of ['since', 'until'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (!isIsoDate(v.trim())) throw usageError(t(lang, 'batch/bad-date', { value: v, option: `--${key}` }));
    const d = v.trim();
    // combined with --quarter, the tighter bound wins
    if (key === 'since') sel.since = sel.since && sel.since > d ? sel.since : d;
    else sel.until = sel.until && sel.until < d ? sel.until : d;
  }
  if (sel.since && sel.until && sel.since > sel.until) {
    // name where each bound came from: the user may have typed only one of them
    const from = (key: 'since' | 'until', d: string) => (o[key]?.trim() === d ? `--${key} ${d}` : t(lang, key === 'since' ? 'batch/quarter-start' : 'batch/quarter-end', { quarter: sel.quarter, date: d }));
    throw usageError(t(lang, 'batch/bad-range', { since: from('since', sel.since), until: from('until', sel.until) }));
  }
  return sel;
}

export function inSelection(sel: Selection | undefined, date: string): boolean {
  if (!sel) return true;
  return (!sel.since || date >= sel.since) && (!sel.until || date <= sel.until);
}

const FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DATE_LINE = /^date[ \t]*:[ \t]*(["']?)(\d{4}-\d{2}-\d{2})\1[ \t]*(?:#.*)?$/m;

/** The note's `date` (YYYY-MM-DD, a real day) or undefined when it cannot be read. */
export function readNoteDate(text: string): string | undefined {
  const fm = FRONT.exec(text);
  if (!fm) return undefined;
  const m = DATE_LINE.exec(fm[1]);
  if (m) return isIsoDate(m[2]) ? m[2] : undefined;
  // unusual layouts (flow mappings, odd quoting): let the YAML parser decide
  try {
    const doc: unknown = parseYaml(fm[1], { uniqueKeys: false, maxAliasCount: 0 });
    const v = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).date : undefined;
    return typeof v === 'string' && isIsoDate(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

export interface SelectedNote {
  file: string;
  /** sha256 (hex) of the bytes read; undefined when the file could not be read */
  hash?: string;
  /** undefined: the date could not be read */
  date?: string;
}

/**
 * Splits notes into those in the selection and those whose date cannot be read
 * (`check` still checks those; `render` reports them as failed).
 */
export function selectNotes(notes: readonly SelectedNote[], sel: Selection | undefined): { selected: SelectedNote[]; undated: SelectedNote[] } {
  const selected: SelectedNote[] = [];
  const undated: SelectedNote[] = [];
  for (const n of notes) {
    if (n.date === undefined) {
      if (sel) undated.push(n);
      else selected.push(n);
    } else if (inSelection(sel, n.date)) selected.push(n);
  }
  return { selected, undated };
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Reads every file once, a few at a time, keeping only its hash and date (not the bytes,
 * so memory stays flat in the number of notes).
 */
export async function readNotes(files: readonly string[], read: (f: string) => Promise<Uint8Array>): Promise<SelectedNote[]> {
  const out: SelectedNote[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      let bytes: Uint8Array;
      try {
        bytes = await read(files[i]);
      } catch {
        out[i] = { file: files[i] };
        continue;
      }
      const date = readNoteDate(decoder.decode(bytes));
      out[i] = { file: files[i], hash: hashBytes(bytes), ...(date ? { date } : {}) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(32, files.length) }, worker));
  return out;
}
