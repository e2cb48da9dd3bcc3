// Inline → TextRun / ExternalHyperlink.
import { ExternalHyperlink, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Inline } from '../view.js';
import { MONO_FONT } from './units.js';
import { clean, safeHref } from './text.js';

/** formatting forced on every run of a paragraph (headings are bold, quotes italic, …) */
export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

/** one TextRun per line of `text`; a newline becomes a line break */
export function textRuns(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; font?: string; style?: string }): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...opts, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

export function inlineRuns(inlines: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inl of inlines) {
    if (inl.br) {
      out.push(new TextRun({ break: 1 }));
      continue;
    }
    const opts = {
      bold: style.bold || inl.bold || undefined,
      italics: style.italic || inl.italic || undefined,
      size: style.size,
      font: inl.code ? MONO_FONT : undefined,
    };
    const href = safeHref(inl.href);
    if (href) {
      out.push(new ExternalHyperlink({ link: href, children: textRuns(inl.text, { ...opts, style: 'Hyperlink' }) }));
    } else {
      out.push(...textRuns(inl.text, opts));
    }
  }
  return out;
}

/** plain text of inlines, for measuring and numbering checks */
export function plain(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.br ? '\n' : i.text)).join('');
}
