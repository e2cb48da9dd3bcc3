// lint: load → validate → model → rules, for one file. Returns data; never prints or exits.
import { readFile } from 'node:fs/promises';
import type { Diagnostic, Fix, FileResult, SeverityName } from './diagnostics.js';
import { summarize } from './diagnostics.js';
import { t, tOr, pick, interpolate, type Lang, type MessageKey } from './i18n/index.js';
import { decodeSource } from './load/source.js';
import { yamlReason } from './load/frontmatter.js';
import { buildNote, fileOffset, filePosition, type Note } from './model/note.js';
import { RULES } from './rules/index.js';
import type { RuleContext, RuleOptions } from './rules/types.js';
import { proseSpans, scalarSpans, type TextSpan, type ScalarSpan } from './rules/spans.js';
import { applyFixes } from './fix/apply.js';
import { clip, QUOTE_MAX } from './util/clip.js';
import { directiveProblems, disabledRanges, isDisabled } from './rules/disable.js';

export interface LintOptions {
  lang?: Lang;
  /** severity overrides by rule id */
  rules?: Record<string, SeverityName>;
  ruleOptions?: Partial<RuleOptions>;
  /** apply safe fixes and return the fixed text as `output` */
  fix?: boolean;
  /** run only rules whose severity is error, and those about what is printed (render: warnings never stop a note) */
  errorsOnly?: boolean;
}

const DEFAULT_RULE_OPTIONS: RuleOptions = { toneStyle: 'old' };

function at(note: Note, start: number, end?: number) {
  const s = filePosition(note, start);
  const e = filePosition(note, end ?? start, end !== undefined);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** a fix's range in the file's own text: fixes apply to the file, rules read its NFC form */
const fileFix = (note: Note, fix: Fix): Fix => (note.source ? { ...fix, range: [fileOffset(note, fix.range[0]), fileOffset(note, fix.range[1], true)] } : fix);

/**
 * message data as quoted in the message: a long value (a pasted paragraph as a name) is cut, and
 * control characters (a CR, an escape) become spaces; `data` keeps the value whole
 */
function quoted<T extends Record<string, string | number> | undefined>(data: T): T {
  if (!data) return data;
  let out: Record<string, string | number> | undefined;
  for (const k in data) {
    const v = data[k];
    if (typeof v === 'string' && (v.length > QUOTE_MAX || CONTROL.test(v))) (out ??= { ...data })[k] = clip(v);
  }
  return (out ?? data) as T;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

function builtin(lang: Lang, ruleId: string, messageId: string, data: Record<string, string | number> | undefined, severity: 1 | 2, pos: ReturnType<typeof at>, fatal = false): Diagnostic {
  // `reason` is our own sentence (yamlReason), never cut
  const shown = data && { ...quoted(data), ...(data.reason !== undefined ? { reason: data.reason } : {}) };
  return { ruleId, messageId, ...(data ? { data } : {}), message: t(lang, `${ruleId}/${messageId}` as MessageKey, shown), severity, ...(fatal ? { fatal } : {}), ...pos };
}

/** diagnostics of the loader and the schema for a built note */
function loadDiagnostics(note: Note, lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fm = note.frontMatter;
  if (!fm) {
    out.push(builtin(lang, 'front-matter', 'missing', undefined, 2, at(note, 0), true));
    return out;
  }
  for (const p of fm.problems) {
    const data = { ...p.data };
    if (p.messageId === 'syntax') data.reason = yamlReason(String(p.data?.code), lang, String(p.data?.reason));
    out.push(builtin(lang, p.id, p.messageId, data, 2, at(note, p.start, p.end), p.fatal));
  }
  for (const p of note.schemaProblems) {
    const data: Record<string, string | number> = { ...p.data };
    // a type the catalogue does not name is shown as zod names it, never as "undefined"
    if (p.messageId === 'type') data.expected = tOr(lang, `type/${data.expected}`, String(data.expected));
    if (p.messageId === 'unknown-key') data.suggestion = p.suggestion ? t(lang, 'cli/suggest', { id: p.suggestion }) : '';
    out.push(builtin(lang, 'schema', p.messageId, data, p.severity, at(note, fm.start + p.start, fm.start + p.end)));
  }
  return out;
}

function runRules(note: Note, opts: LintOptions): Diagnostic[] {
  const lang = opts.lang ?? 'vi';
  const options = { ...DEFAULT_RULE_OPTIONS, ...opts.ruleOptions };
  const out: Diagnostic[] = [];
  let prose: TextSpan[] | undefined;
  let scalars: ScalarSpan[] | undefined;
  const disabled = disabledRanges(note);
  const hasFatal = note.frontMatter?.problems.some((p) => p.fatal) ?? true;
  for (const rule of RULES) {
    const sev = opts.rules?.[rule.id] ?? rule.severity;
    if (sev === 'off' || (opts.errorsOnly && sev !== 'error' && !rule.printed)) continue;
    if (rule.needsData && !note.data) continue;
    if (hasFatal && rule.id !== 'unicode-nfc' && rule.category !== 'encoding') continue;
    const ctx: RuleContext = {
      note,
      options,
      prose: () => (prose ??= proseSpans(note)),
      scalars: () => (scalars ??= scalarSpans(note)),
      report: (r) => {
        if (isDisabled(disabled, rule.id, r.start)) return;
        const msg = rule.messages[r.messageId];
        out.push({
          ruleId: rule.id,
          messageId: r.messageId,
          ...(r.data ? { data: r.data } : {}),
          message: msg ? interpolate(pick(lang, msg), quoted(r.data)) : r.messageId,
          severity: sev === 'error' ? 2 : 1,
          ...at(note, r.start, r.end),
          // only rules declared fixable may rewrite a file (test/rules/fixable.test.ts checks the rules)
          ...(r.fix && rule.fixable ? { fix: fileFix(note, r.fix) } : {}),
        });
      },
    };
    rule.check(ctx);
  }
  // a misspelt id in a disable comment would silently leave its rule on
  if (!opts.errorsOnly) {
    for (const p of directiveProblems(note)) {
      const data = { ...p.data, suggestion: p.suggestion ? t(lang, 'cli/suggest', { id: p.suggestion }) : '' };
      out.push(builtin(lang, 'disable-comment', p.messageId, data, 1, at(note, p.start, p.end)));
    }
  }
  return out;
}



/** any YAML problem, fatal or not (a duplicate key): --fix leaves such a file as it is */
const yamlTrouble = (note: Note) => (note.frontMatter?.problems.length ?? 0) > 0;

export interface LintedNote {
  note: Note;
  result: FileResult;
}

/** lint a note's text; with `fix`, apply safe fixes until stable (a YAML error stops any rewrite) */
export function lintText(filePath: string, text: string, opts: LintOptions = {}): LintedNote {
  const lang = opts.lang ?? 'vi';
  let note = buildNote(filePath, text);
  let messages = [...loadDiagnostics(note, lang), ...runRules(note, opts)];
  if (opts.fix && !messages.some((m) => m.fatal) && !yamlTrouble(note)) {
    let current = text;
    for (let pass = 0; pass < 10; pass++) {
      const fixes = messages.filter((m) => m.fix).map((m) => m.fix as Fix);
      if (fixes.length === 0) break;
      const next = applyFixes(current, fixes).text;
      if (next === current) break;
      const nextNote = buildNote(filePath, next);
      const nextMessages = [...loadDiagnostics(nextNote, lang), ...runRules(nextNote, opts)];
      // a fix must never break the file: a pass that makes it unreadable is dropped
      if (nextMessages.some((m) => m.fatal) || yamlTrouble(nextNote)) break;
      current = next;
      note = nextNote;
      messages = nextMessages;
    }
    const result = summarize(filePath, messages);
    if (current !== text) result.output = current;
    return { note, result };
  }
  return { note, result: summarize(filePath, messages) };
}

const ERRNO: Record<string, { vi: string; en: string }> = {
  ENOENT: { vi: 'tệp không tồn tại (hoặc là liên kết hỏng)', en: 'the file does not exist (or is a broken link)' },
  EACCES: { vi: 'không có quyền đọc', en: 'permission denied' },
  EPERM: { vi: 'không có quyền đọc', en: 'permission denied' },
  EISDIR: { vi: 'đây là một thư mục', en: 'it is a folder' },
  ELOOP: { vi: 'liên kết vòng', en: 'a link loop' },
  EMFILE: { vi: 'mở quá nhiều tệp cùng lúc', en: 'too many open files' },
};

/** the diagnostic for a file that could not be read at all */
export function unreadableResult(filePath: string, e: unknown, lang: Lang = 'vi'): FileResult {
  const code = (e as NodeJS.ErrnoException)?.code;
  const known = code ? ERRNO[code] : undefined;
  const reason = known ? `${known[lang]} (${code})` : code ?? (e instanceof Error ? e.message : String(e));
  return summarize(filePath, [builtin(lang, 'file', 'unreadable', { reason }, 2, { line: 1, column: 1, endLine: 1, endColumn: 1 }, true)]);
}

/** read and lint one file; unreadable, empty, binary and non-UTF-8 files become diagnostics */
export async function lintFile(filePath: string, opts: LintOptions = {}): Promise<LintedNote | { note?: undefined; result: FileResult }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (e) {
    return { result: unreadableResult(filePath, e, opts.lang) };
  }
  return lintBytes(filePath, bytes, opts);
}

export function lintBytes(filePath: string, bytes: Uint8Array, opts: LintOptions = {}): LintedNote | { note?: undefined; result: FileResult } {
  const lang = opts.lang ?? 'vi';
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    let pos = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (decoded.offset !== undefined) {
      // position of the bad byte: count lines in the bytes before it
      let line = 1, col = 1;
      for (let i = 0; i < decoded.offset; i++) { if (bytes[i] === 10) { line++; col = 1; } else if ((bytes[i] & 0xc0) !== 0x80) col++; }
      pos = { line, column: col, endLine: line, endColumn: col + 1 };
    }
    const data = decoded.offset !== undefined ? { offset: decoded.offset } : undefined;
    return { result: summarize(filePath, [builtin(lang, 'file', decoded.messageId, data, 2, pos, true)]) };
  }
  return lintText(filePath, decoded.text, opts);
}
