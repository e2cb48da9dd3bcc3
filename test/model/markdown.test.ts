// The markdown-it adapter must give the tree remark would: same nodes, values and file offsets,
// on every note we ship and on the Markdown corners secretaries hit. remark is the reference.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { parseMarkdown } from '../../src/model/markdown.js';
import { LineIndex } from '../../src/load/lines.js';
import { markdownFilesUnder } from '../helpers/notes.js';
// @ts-expect-error plain JS module without types
import { makeNote, prng } from '../../bench/generate.js';

function gfmTables(this: { data(): Record<string, unknown[] | undefined> }) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
const remark = unified().use(remarkParse).use(gfmTables as never);

type N = { type: string; children?: N[]; value?: string; position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number; line: number; column: number } }; [k: string]: unknown };

/** one line per node: type, key fields, offsets, value */
function dump(n: N, depth = 0, out: string[] = []): string[] {
  // known, intended differences: references resolve to links; code-span line endings become spaces (CommonMark)
  if (n.type === 'definition') return out;
  const type = n.type === 'linkReference' ? 'link' : n.type;
  const p = n.position;
  const pos = p && type !== 'link' ? ` [${p.start.offset},${p.end.offset}] ${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}` : '';
  const extra = type === 'heading' ? ` d${n.depth}` : type === 'list' ? ` ordered=${n.ordered} start=${n.start}` : type === 'code' ? ` ${n.lang} ${n.meta}` : type === 'image' ? ` ${n.alt} ${n.url}` : type === 'table' ? ` ${JSON.stringify(n.align)}` : '';
  const value = typeof n.value === 'string' ? ` ${JSON.stringify(type === 'inlineCode' ? n.value.replace(/\n/g, ' ') : n.value)}` : '';
  out.push(`${'  '.repeat(depth)}${type}${extra}${pos}${value}`);
  for (const c of n.children ?? []) dump(c, depth + 1, out);
  return out;
}

function both(text: string) {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(text);
  const bodyStart = m ? m[0].length : 0;
  const lines = new LineIndex(text);
  const ref = remark.parse(text.slice(bodyStart)) as unknown as N;
  const line0 = lines.position(bodyStart).line - 1;
  const shift = (n: N) => {
    if (n.position) for (const q of [n.position.start, n.position.end]) {
      q.offset = (q.offset ?? 0) + bodyStart;
      if (q.line === 1) q.column += lines.position(bodyStart).column - 1;
      q.line += line0;
    }
    for (const c of n.children ?? []) shift(c);
  };
  shift(ref);
  return { ours: dump(parseMarkdown(text, bodyStart, lines) as unknown as N), remark: dump(ref) };
}

const root = path.resolve(import.meta.dirname, '../..');

describe('markdown-it → mdast adapter', () => {
  const shipped = [...markdownFilesUnder('seeds', 'reports', 'test/fixtures', 'docs'), path.join(root, 'README.md')];
  it.each(shipped.map((f) => [path.relative(root, f), f]))('agrees with remark on %s', (_, f) => {
    const { ours, remark } = both(readFileSync(f, 'utf8'));
    expect(ours).toEqual(remark);
  });

  it('agrees with remark on 60 generated notes', () => {
    const r = prng(7);
    for (let i = 0; i < 60; i++) {
      const { ours, remark } = both(makeNote(r, i).text);
      expect(ours).toEqual(remark);
    }
  });

  const corners: [string, string][] = [
    ['escapes, entities, code spans', 'a\\*b &amp; c `` x ` `` d &#7855;\n'],
    ['links, autolinks, images', '[Bộ Nội vụ](https://moha.gov.vn "t") và <http://a.b> ![ảnh *nghiêng*](p.png) e x[a](b(c)d) y\n'],
    ['hard and soft breaks', 'Một dòng  \nhai dòng\\\nba dòng\nbốn\n'],
    ['setext headings', 'Tiêu đề\n=======\n\nPhụ\n---\n'],
    ['quotes and loose lists', '> trích\n> dẫn **đậm**\n\n- a\n- b\n  tiếp\n\n  đoạn hai\n- c\n'],
    ['ordered and nested lists', '3. ba\n4. bốn\n\n   1. con\n   2. con\n\n1) one\n2) two\n'],
    ['code and HTML blocks, comments', '```js meta x\ncode\n```\n\n    indented\n    code\n\n<div>\nhtml\n</div>\n\n<!-- bienban-disable -->\n\n\ttab code\n'],
    ['tables with alignment and inline content', '| Việc | Hạn | Ghi chú |\n|:--|:-:|--:|\n| *a* `b` | 30/9 | x |\n| c |  | |\n'],
    ['CRLF, nested emphasis, closed ATX heading', 'Đề nghị *Sở _Nội_ vụ* __rõ__ ***x***.\r\nDòng hai.\r\n\r\n## H2 ##\r\n\r\nText\r\n'],
    ['thematic breaks and spread lists', '* x\n\n\n* y\n\n---\n\n***\n'],
    ['inline HTML', 'a <span class="x">b</span> c <!-- c --> d\n'],
    ['indentation and lazy lines', '  lead spaces\nlazy\n\n> quote\nlazy too\n'],
    ['task-like items', '- [ ] task\n- [x] done\n'],
    ['headings without blank lines', '# H1\ntext right after\n## H2\ntext\n# heading\n'],
    ['containers on one line', '> - q1\n>   q2\n\n- > q3\n'],
    ['no final newline', 'Cuối file không có xuống dòng'],
    ['front matter before the body', '---\ntitle: x\n---\n\n## Kết luận\n\nĐoàn *ghi nhận*.\n'],
    ['links of any scheme stay links', 'Xem [liên kết](javascript:alert(1)) và [tệp](file:///etc/passwd) và <data:text/html,x>.\n'],
    ['reference links (resolved)', '[ref] và [t][ref]\n\n[ref]: http://e.vn\n'],
  ];
  it.each(corners)('agrees with remark: %s', (_, text) => {
    const { ours, remark } = both(text);
    expect(ours).toEqual(remark);
  });

  it('fails loudly when the trees differ (the comparison can fail)', () => {
    const { ours, remark } = both('a *b* c\n');
    expect(ours).toEqual(remark);
    expect(both('a *b* c\n').ours).not.toEqual(both('a **b** c\n').remark);
  });
});
