// Inline → runs and hyperlinks.
import type { Inline } from '../view.js';
import type { Hyperlink, Run, RunProps } from './ooxml.js';
import { MONO_FONT } from './units.js';
import { clean, safeHref } from './text.js';

/** formatting forced on every run of a paragraph (headings are bold, quotes italic, …) */
export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

/** one run per line of `text`; a newline becomes a line break */
export function textRuns(text: string, opts: RunProps): Run[] {
  return clean(text)
    .split('\n')
    .map((line, i) => ({ ...opts, text: line, break: i > 0 }));
}

export function inlineRuns(inlines: readonly Inline[], style: RunStyle = {}): (Run | Hyperlink)[] {
  const out: (Run | Hyperlink)[] = [];
  for (const inl of inlines) {
    if (inl.br) {
      out.push({ break: true });
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
      out.push({ href, runs: textRuns(inl.text, { ...opts, style: 'Hyperlink' }) });
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
