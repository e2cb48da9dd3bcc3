// No-break/narrow/figure spaces and Unicode hyphens (U+2010, U+2011): they look like a space or
// "-" but make "16/CT‑TTg" a different string from "16/CT-TTg". Also a tab opening a body line,
// which looks like any indent but Markdown reads as up to 4 spaces.
import { defineRule, type RuleContext } from './types.js';
import type { Note } from '../model/note.js';
import { findOddSpaces } from '../text/index.js';
import { allMatches } from '../util/matches.js';
import { codeRanges, legacyRanges, overlaps, type Range } from './util/scope.js';

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const HYPHENS = new Set(['\u2010', '\u2011']);
const WS = /^[\s\u00a0\u202f\u2007]$/u;
const JOINER = /^[-/\u2010\u2011]$/;

/** is text[i] a "-" or "/" joining two parts of one token (a visible char beyond it)? */
function joins(text: string, i: number, dir: 1 | -1): boolean {
  const beyond = text[i + dir];
  return JOINER.test(text[i] ?? '') && beyond !== undefined && !WS.test(beyond);
}
// a space here would turn text into Markdown syntax (heading, list item, quote)
const MARKER_BEFORE = /^[ \t]*(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)$/;

// the white space opening a body line that holds a tab, and a block marker after it
const LEADING_TAB = /^[ \t]*\t[ \t]*/gm;
const MARKER_AT = /^(?:[-*+]|\d{1,9}[.)]|#{1,6})(?=[ \t]|$)|^>/;
const BLOCKS = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'thematicBreak', 'code', 'html', 'definition']);

/** `run` with every tab widened to the next tab stop (4), as CommonMark reads indentation */
function expandTabs(run: string): string {
  let col = 0;
  for (const c of run) col += c === '\t' ? 4 - (col % 4) : 1;
  return ' '.repeat(col);
}

/** block start offsets, and the code and HTML blocks, of the body */
function blockLayout(note: Note) {
  const starts = new Set<number>();
  const code: { start: number; end: number; fenced: boolean }[] = [];
  const html: Range[] = [];
  const walk = (n: any) => {
    const pos = n.position;
    if (pos && BLOCKS.has(n.type)) {
      const s = pos.start.offset as number;
      starts.add(s);
      if (n.type === 'code') {
        const at = s + (/^[ \t]*/.exec(note.text.slice(s, s + 40))?.[0].length ?? 0);
        code.push({ start: at, end: pos.end.offset, fenced: /^(?:```|~~~)/.test(note.text.slice(at, at + 3)) });
      } else if (n.type === 'html') html.push([s, pos.end.offset]);
    }
    if (n.children) for (const c of n.children) walk(c);
  };
  walk(note.tree);
  return { starts, code, html };
}

/**
 * A tab opening a body line counts as indentation up to the next multiple of 4 columns: it can
 * nest a line, join "2. …" to the item above or make a paragraph code, none of it visible in
 * an editor. Spaces of the same width parse the same, so that fix is offered only where the
 * line already is what it looks like (its own block, or a plain continuation line).
 */
function checkTabs(ctx: RuleContext) {
  const { note } = ctx;
  const text = note.text;
  const bodyStart = note.frontMatter?.bodyStart ?? 0;
  if (text.indexOf('\t', bodyStart) < 0) return;
  let layout: ReturnType<typeof blockLayout> | undefined;
  for (const m of allMatches(LEADING_TAB, text)) {
    if (m.index < bodyStart) continue;
    const p = m.index + m[0].length;
    if (p >= text.length || text[p] === '\n' || text[p] === '\r') continue; // a blank line prints nothing
    layout ??= blockLayout(note);
    if (overlaps(layout.html, p, p + 1)) continue;
    const code = layout.code.find((c) => p >= c.start && p < c.end);
    if (code?.fenced && p > code.start) continue; // quoted as written
    const tab = m.index + m[0].indexOf('\t');
    const at = { start: tab, end: m.index + m[0].lastIndexOf('\t') + 1 };
    const fix = { range: [m.index, p] as [number, number], text: expandTabs(m[0]) };
    if (code && !code.fenced) ctx.report({ messageId: 'tab-code', ...at });
    else if (layout.starts.has(p)) ctx.report({ messageId: 'tab', ...at, fix });
    else {
      // a continuation line: "2. …" or "- …" here was meant as an item of its own
      const marker = MARKER_AT.exec(text.slice(p, p + 12));
      if (marker) ctx.report({ messageId: 'tab-joined', data: { marker: marker[0] }, ...at });
      else ctx.report({ messageId: 'tab', ...at, fix });
    }
  }
}

export default defineRule({
  id: 'odd-space',
  severity: 'warn',
  category: 'text',
  fixable: true,
  description: {
    vi: 'Dùng dấu cách và dấu gạch nối thông thường, không dùng dấu cách không ngắt, gạch nối Unicode hay dấu tab ở đầu dòng.',
    en: 'Use plain spaces and hyphen-minus, not no-break spaces, Unicode hyphens or a tab at the start of a line.',
  },
  docs: {
    vi: 'Dấu cách không ngắt (U+00A0), dấu cách hẹp (U+202F), dấu cách chữ số (U+2007) và gạch nối Unicode (U+2010, U+2011) thường lẫn vào khi sao chép từ Word hoặc web. Trông giống dấu cách và dấu "-" nhưng làm số, ký hiệu văn bản như "16/CT-TTg" không khớp khi tìm kiếm và kiểm tra. --fix thay bằng dấu cách thường hoặc dấu "-". Dấu tab ở đầu dòng trông như mọi kiểu thụt lề, nhưng Markdown tính nó như tới 4 dấu cách: "2. …" thụt bằng tab sau mục "1." bị in nối vào mục 1 (và các mục sau bị đánh số lại), một đoạn văn thụt bằng tab thành khối mã. Khi dòng vẫn được hiểu đúng như cách nó hiện ra, --fix thay tab bằng số dấu cách tương đương; nếu không, hãy tự sửa (thường là xóa tab). Dấu tab trong khối mã đặt giữa hai dòng ``` không bị kiểm tra.',
    en: 'No-break spaces (U+00A0), narrow no-break spaces (U+202F), figure spaces (U+2007) and Unicode hyphens (U+2010, U+2011) creep in when copying from Word or the web. They look like a space or "-" but make symbols such as "16/CT-TTg" fail to match in search and checks. --fix replaces them with a plain space or "-". A tab opening a line looks like any indent, but Markdown counts it as up to 4 spaces: "2. …" indented with a tab after item "1." prints inside item 1 (and the items after it are renumbered), and a paragraph indented with a tab becomes a code block. Where the line already is what it looks like, --fix replaces the tab with the same width of spaces; elsewhere fix it yourself (usually by removing the tab). Tabs inside a code block between two ``` lines are not checked.',
  },
  examples: {
    wrong: { body: 'Thực hiện Chỉ thị số\u00a016/CT\u2011TTg của Thủ tướng Chính phủ.' },
    right: { body: 'Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.' },
  },
  messages: {
    space: { vi: 'Dấu cách đặc biệt {code} ({name}); dùng dấu cách thường.', en: 'Special space {code} ({name}); use a plain space.' },
    hyphen: { vi: 'Gạch nối Unicode {code} ({name}); dùng dấu "-".', en: 'Unicode hyphen {code} ({name}); use "-".' },
    tab: {
      vi: 'Dấu tab ở đầu dòng: Markdown tính nó như tới 4 dấu cách thụt lề, dễ làm dòng đổi cấp mà không thấy; thụt lề bằng dấu cách.',
      en: 'A tab at the start of the line: Markdown counts it as up to 4 spaces of indentation, which can silently change what the line belongs to; indent with spaces.',
    },
    'tab-joined': {
      vi: 'Dấu tab ở đầu dòng làm "{marker}" không thành mục riêng mà bị in nối vào đoạn phía trên; xóa dấu tab.',
      en: 'The tab at the start of the line makes "{marker}" print as part of the paragraph above instead of an item of its own; remove the tab.',
    },
    'tab-code': {
      vi: 'Dấu tab ở đầu dòng làm đoạn này thành khối mã, in nguyên văn bằng phông chữ máy; xóa dấu tab (đoạn văn tự thụt đầu dòng khi in).',
      en: 'The tab at the start of the line makes this text a code block, printed verbatim in a typewriter font; remove the tab (paragraphs get their first-line indent when printed).',
    },
  },
  check(ctx) {
    const { note } = ctx;
    const text = note.text;
    const code = codeRanges(note);
    const legacy = legacyRanges(note);
    const fm = note.frontMatter;
    const scalars = fm ? ctx.scalars() : [];
    for (const h of findOddSpaces(text)) {
      if (overlaps(code, h.start, h.end) || overlaps(legacy, h.start, h.end)) continue;
      const hyphen = HYPHENS.has(h.char);
      const data = { code: hex(h.codePoint), name: h.name };
      const prev = text[h.start - 1];
      const next = text[h.end];
      let fix: string | undefined;
      if (hyphen) fix = '-';
      // next to other white space, or stuck to the "-" or "/" inside a symbol ("16/CT- TTg with U+00A0"), it is padding: drop it
      else if (prev === undefined || next === undefined || WS.test(prev) || WS.test(next) || joins(text, h.start - 1, -1) || joins(text, h.end, 1)) fix = '';
      else fix = ' ';
      if (fm && h.start < fm.bodyStart) {
        // in the front matter only inside a string value, and never where a space is YAML syntax
        const inValue = scalars.some((s) => h.start >= s.start && h.end <= s.start + s.text.length);
        if (!inValue || (!hyphen && (prev === ':' || next === '#'))) fix = undefined;
      } else if (!hyphen && MARKER_BEFORE.test(text.slice(text.lastIndexOf('\n', h.start - 1) + 1, h.start))) fix = undefined;
      ctx.report({ messageId: hyphen ? 'hyphen' : 'space', data, start: h.start, end: h.end, ...(fix !== undefined ? { fix: { range: [h.start, h.end], text: fix } } : {}) });
    }
    checkTabs(ctx);
  },
});
