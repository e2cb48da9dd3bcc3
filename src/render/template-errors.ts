// Template problems: where they are (the template file, line, column) and the message a user
// reads. A template that does not compile stops the command once (exit 2) instead of failing
// every note; an error that depends on one note's data stays with that note.
import path from 'node:path';
import { BienbanError } from '../errors.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import type { TypstDiagnostic } from './pdf/diagnostics.js';

export interface TemplateProblem {
  /** the template file it is in */
  file: string;
  /** 1-based; absent when the engine gave no position */
  line?: number;
  column?: number;
  /** our own message, localized when shown */
  key?: MessageKey;
  data?: Record<string, unknown>;
  /** else the template engine's own (English) text, shown after its name */
  detail?: string;
}

export type TemplateFormat = 'HTML' | 'PDF';

/**
 * A template failed, at these places. Thrown by a format's check (the template does not
 * compile: templateError stops the command) and by a render (this note's data: noteTemplateFailure).
 * Carries no language.
 */
export class TemplateFailure extends Error {
  constructor(
    readonly format: TemplateFormat,
    /** "Handlebars" or "Typst" */
    readonly tool: string,
    readonly problems: TemplateProblem[],
  ) {
    super(`${tool}: ${problems.map((p) => p.detail ?? p.key).join('; ')}`);
    this.name = 'TemplateFailure';
  }
}

/** at most this many problems are listed; the rest are counted (Typst repeats one slip many times) */
const SHOWN = 3;

const place = (p: TemplateProblem, cwd: string) => {
  const file = path.relative(cwd, p.file).split(path.sep).join('/') || p.file;
  return p.line ? `${file}:${p.line}:${p.column ?? 1}` : file;
};

const text = (p: TemplateProblem, tool: string, lang: Lang) => (p.key ? t(lang, p.key, p.data) : `${tool}: ${p.detail ?? ''}`);

/** the same problem found twice (two documents share lib.typ) is listed once */
function distinct(problems: readonly TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = JSON.stringify([p.file, p.line, p.column, p.key, p.data, p.detail]);
    return !seen.has(k) && seen.add(k);
  });
}

/**
 * The command-stopping error: "templates/x/main.hbs:19:4  <what to do>", then the engine's
 * text and any further problems, each at its place.
 */
export function templateError(e: TemplateFailure, lang: Lang, cwd: string): BienbanError {
  const [first, ...rest] = distinct(e.problems);
  const lines = [text(first, e.tool, lang)];
  for (const p of rest.slice(0, SHOWN - 1)) lines.push(`${place(p, cwd)}  ${text(p, e.tool, lang)}`);
  if (rest.length > SHOWN - 1) lines.push(t(lang, 'template/more', { count: rest.length - (SHOWN - 1) }));
  return new BienbanError('TEMPLATE', `${place(first, cwd)}  ${t(lang, 'template/invalid', { format: e.format })}`, lines.join('\n'));
}

/** Typst's diagnostics as template problems (one without a file is put on the main template) */
export function typstProblems(diagnostics: readonly TypstDiagnostic[], mainFile: string): TemplateProblem[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return (errors.length ? errors : diagnostics).map((d) => ({
    file: d.file ?? mainFile,
    ...(d.line ? { line: d.line, column: d.column } : {}),
    detail: d.severity === 'warning' ? `warning: ${d.message}` : d.message,
  }));
}

/** one note's render failed in a template: "templates/x/main.typ:4:8  <message> (Typst: …)" */
export function noteTemplateFailure(e: TemplateFailure, lang: Lang, cwd: string): string {
  const [first, ...rest] = distinct(e.problems);
  const more = rest.length ? ` ${t(lang, 'template/more', { count: rest.length })}` : '';
  return `${place(first, cwd)}  ${t(lang, 'template/note-failed', { format: e.format })} (${text(first, e.tool, lang)})${more}`;
}
