// Decree 30 prints curly quotes “…”; a straight " is a typewriter leftover. Only prose and
// front-matter string values are looked at: quotes in YAML syntax, code and HTML stay as written.
import { defineRule } from './types.js';
import { textSpans } from './util/scope.js';
import { allMatches } from '../util/matches.js';

// after these a quote closes; after white space, an opening bracket, a dash or nothing it opens
const BEFORE_CLOSING = /[\p{L}\p{N}\p{M}.,!?;…)\]}%”’]/u;
const MARKUP = /[*_~]/;
// a one-line double-quoted YAML string; its \" escapes are straight quotes the spans leave out
const DQ_STRING = /"(?:[^"\\\n]|\\.)*"/g;

export default defineRule({
  id: 'straight-quote',
  severity: 'warn',
  category: 'text',
  fixable: true,
  description: { vi: 'Dùng dấu ngoặc kép cong “…”, không dùng dấu " thẳng.', en: 'Use curly quotes “…”, not straight ".' },
  docs: {
    vi: 'Văn bản hành chính dùng dấu ngoặc kép “…” như trong Nghị định 30/2020/NĐ-CP. Dấu " thẳng là dấu của máy đánh chữ và mã nguồn. --fix đổi thành “ khi đứng đầu (sau dấu cách hoặc ngoặc mở) và ” khi đứng sau chữ. Dấu " trong mã, trong cú pháp YAML và trong chú thích HTML được giữ nguyên.',
    en: 'Administrative documents use the curly quotes “…” of Decree 30/2020/NĐ-CP. A straight " belongs to typewriters and code. --fix turns it into “ when it opens (after a space or an opening bracket) and ” after a word. Quotes in code, YAML syntax and HTML comments are left alone.',
  },
  examples: {
    wrong: { body: 'Phong trào thi đua "Dân vận khéo" được nhiều cơ quan hưởng ứng.' },
    right: { body: 'Phong trào thi đua “Dân vận khéo” được nhiều cơ quan hưởng ứng.' },
  },
  messages: { straight: { vi: 'Dấu ngoặc kép thẳng; dùng dấu {quote}', en: 'Straight quote; use {quote}' } },
  check(ctx) {
    const text = ctx.note.text;
    for (const span of textSpans(ctx)) {
      let i = span.text.indexOf('"');
      while (i >= 0) {
        const at = span.start + i;
        let p = at - 1;
        while (p >= 0 && MARKUP.test(text[p])) p--;
        const quote = p >= 0 && BEFORE_CLOSING.test(text[p]) ? '”' : '“';
        ctx.report({ messageId: 'straight', data: { quote }, start: at, end: at + 1, fix: { range: [at, at + 1], text: quote } });
        i = span.text.indexOf('"', i + 1);
      }
    }
    // title: "… \"Dân vận khéo\" …": the escape becomes a curly quote, which needs none
    const fm = ctx.note.frontMatter;
    // most notes have no escape: one search, no copy of the front matter
    const first = fm ? text.indexOf('\\"', fm.start) : -1;
    if (!fm || first < 0 || first >= fm.end) return;
    const src = text.slice(fm.start, fm.end);
    for (const m of allMatches(DQ_STRING, src)) {
      const lineStart = src.lastIndexOf('\n', m.index) + 1;
      if (/(^|\s)#/.test(src.slice(lineStart, m.index))) continue; // in a comment
      for (let k = m[0].indexOf('\\"'); k > 0; k = m[0].indexOf('\\"', k + 2)) {
        // a backslash escaped itself ("\\\"") is not this escape
        let slashes = 0;
        while (m[0][k - 1 - slashes] === '\\') slashes++;
        if (slashes % 2) continue;
        const at = fm.start + m.index + k;
        const quote = BEFORE_CLOSING.test(text[at - 1]) ? '”' : '“';
        ctx.report({ messageId: 'straight', data: { quote }, start: at, end: at + 2, fix: { range: [at, at + 2], text: quote } });
      }
    }
  },
});
