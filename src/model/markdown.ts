// Markdown body → mdast (the unified syntax tree) with file offsets, parsed by markdown-it.
// markdown-it is ~13× faster than micromark on our notes (bench: 0.1 vs 1.3 ms a note) but has
// no inline positions: they are found here by walking the source alongside the tokens.
// test/model/markdown.test.ts checks the trees against remark's on the corpus and edge cases.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Root, PhrasingContent, AlignType } from 'mdast';
import type { LineIndex } from '../load/lines.js';

// CommonMark plus GitHub tables; text_join off so escapes and entities keep their source form
const md = new MarkdownIt('commonmark', { html: true }).enable('table');
md.core.ruler.disable('text_join');
// every link stays a link in the tree, as in remark; which ones get an href is the renderers' call (isSafeHref)
md.validateLink = () => true;

type Pos = { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
type AnyNode = { type: string; children?: AnyNode[]; position?: Pos; value?: string; [k: string]: unknown };

class Builder {
  private readonly line0: number;
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    bodyStart: number,
  ) {
    this.line0 = lines.position(bodyStart).line - 1;
  }

  pos(start: number, end: number): Pos {
    return { start: this.lines.point(start), end: this.lines.point(end) };
  }

  /** file offset of a body line's start (0-based body line) */
  lineStart(l: number): number {
    return this.lines.lineStart(this.line0 + l + 1);
  }

  /** file offset just past a body line's last non-blank character */
  lineEnd(l: number): number {
    const line = this.line0 + l + 1;
    const s = this.lines.lineStart(line);
    let e = line < this.lines.lineCount ? this.lines.lineStart(line + 1) : this.text.length;
    while (e > s && /\s/.test(this.text[e - 1])) e--;
    return e;
  }

  /** [start, end) of a block from its token map: first non-blank character to the end of its last non-blank line */
  blockRange(map: [number, number] | null, parent?: AnyNode): [number, number] {
    if (!map) return [0, 0];
    let s = this.lineStart(map[0]);
    // a block on its container's first line starts after the container's marker ("> ", "- ", "1. ")
    const ps = parent?.position?.start.offset;
    if (ps !== undefined && ps >= s && parent!.type === 'list') s = ps;
    else if (ps !== undefined && ps >= s && (parent!.type === 'blockquote' || parent!.type === 'listItem')) {
      s = ps + 1;
      if (parent!.type === 'listItem') while (s < this.text.length && !/\s/.test(this.text[s])) s++;
    }
    while (s < this.text.length && (this.text[s] === ' ' || this.text[s] === '\t')) s++;
    let last = map[1] - 1;
    while (last > map[0] && this.lineEnd(last) === this.lineStart(last)) last--;
    return [s, Math.max(s, this.lineEnd(last))];
  }

  /** a table row's cells as remark has them: each from its leading pipe, the last one through the closing pipe */
  cellRanges(l: number): [number, number][] {
    const [s, e] = this.blockRange([l, l + 1]);
    const pipes: number[] = [];
    for (let i = s; i < e; i++) {
      if (this.text[i] === '\\') i++;
      else if (this.text[i] === '|') pipes.push(i);
    }
    if (pipes[0] !== s) pipes.unshift(s);
    const closed = pipes.length > 1 && pipes[pipes.length - 1] === e - 1;
    const out: [number, number][] = [];
    for (let k = 0; k < pipes.length - 1; k++) out.push([pipes[k], closed && k === pipes.length - 2 ? e : pipes[k + 1]]);
    if (!closed) out.push([pipes[pipes.length - 1], e]);
    return out;
  }

  /** phrasing nodes of an inline token, located in the file between from and to */
  inline(tokens: readonly Token[], from: number, to: number): { nodes: PhrasingContent[]; start: number; end: number } {
    const text = this.text;
    const root: AnyNode = { type: 'root', children: [] };
    const stack: AnyNode[] = [root];
    let cur = from;
    let first = -1;
    const find = (s: string, at = cur) => {
      const i = text.indexOf(s, at);
      return i >= 0 && i + s.length <= to ? i : -1;
    };
    const mark = (i: number) => {
      if (first < 0) first = i;
    };
    const add = (node: AnyNode, start: number, end: number) => {
      mark(start);
      node.position = this.pos(start, end);
      stack[stack.length - 1].children!.push(node);
      cur = Math.max(cur, end);
    };
    const addText = (value: string, start: number, end: number) => {
      const siblings = stack[stack.length - 1].children!;
      const last = siblings[siblings.length - 1];
      // mdast keeps one text node across escapes, entities and soft line breaks
      if (last?.type === 'text') {
        last.value += value;
        last.position = this.pos(last.position!.start.offset, end);
        cur = Math.max(cur, end);
        mark(start);
      } else add({ type: 'text', value }, start, end);
    };
    /** past a link's or image's closing bracket and destination, from the ']' */
    const pastDestination = (close: number) => {
      let i = close + 1;
      if (text[i] === '(') {
        let depth = 0;
        for (; i < to; i++) {
          const c = text[i];
          if (c === '\\') i++;
          else if (c === '(') depth++;
          else if (c === ')' && --depth === 0) return i + 1;
        }
        return close + 1;
      }
      if (text[i] === '[') {
        const j = find(']', i);
        return j >= 0 ? j + 1 : close + 1;
      }
      return close + 1;
    };
    for (const t of tokens) {
      switch (t.type) {
        case 'text':
        case 'text_special': {
          const src = t.type === 'text' ? t.content : t.markup;
          if (!t.content) break;
          const i = find(src);
          if (i < 0) addText(t.content, cur, cur);
          else addText(t.content, i, i + src.length);
          break;
        }
        case 'softbreak': {
          // the line ending as written (CRLF files keep \r\n, as remark does)
          const i = find('\n');
          const crlf = i > 0 && text[i - 1] === '\r';
          addText(crlf ? '\r\n' : '\n', i < 0 ? cur : crlf ? i - 1 : i, i < 0 ? cur : i + 1);
          break;
        }
        case 'hardbreak': {
          const i = find('\n');
          add({ type: 'break' }, cur, i < 0 ? cur : i + 1);
          break;
        }
        case 'code_inline': {
          const i = find(t.markup);
          if (i < 0) {
            add({ type: 'inlineCode', value: t.content }, cur, cur);
            break;
          }
          // the closing run has the same length exactly
          let j = i + t.markup.length;
          for (;;) {
            j = find(t.markup, j);
            if (j < 0 || (text[j + t.markup.length] !== '`' && text[j - 1] !== '`')) break;
            while (text[j] === '`') j++;
          }
          add({ type: 'inlineCode', value: t.content }, i, j < 0 ? i + t.markup.length : j + t.markup.length);
          break;
        }
        case 'html_inline': {
          const i = find(t.content);
          add({ type: 'html', value: t.content }, i < 0 ? cur : i, i < 0 ? cur : i + t.content.length);
          break;
        }
        case 'em_open':
        case 'strong_open':
        case 'link_open': {
          const auto = t.markup === 'autolink';
          const i = find(t.type === 'link_open' ? (auto ? '<' : '[') : t.markup);
          const start = i < 0 ? cur : i;
          mark(start);
          const node: AnyNode =
            t.type === 'link_open'
              ? { type: 'link', title: t.attrGet('title') ?? null, url: t.attrGet('href') ?? '', children: [] }
              : { type: t.type === 'em_open' ? 'emphasis' : 'strong', children: [] };
          node.position = this.pos(start, start);
          stack[stack.length - 1].children!.push(node);
          stack.push(node);
          cur = i < 0 ? cur : i + (t.type === 'link_open' ? 1 : t.markup.length);
          break;
        }
        case 'em_close':
        case 'strong_close':
        case 'link_close': {
          const node = stack.length > 1 ? stack.pop()! : undefined;
          let end = cur;
          if (t.type === 'link_close') {
            const i = find(t.markup === 'autolink' ? '>' : ']');
            if (i >= 0) end = t.markup === 'autolink' ? i + 1 : pastDestination(i);
          } else {
            const i = find(t.markup);
            if (i >= 0) end = i + t.markup.length;
          }
          if (node) node.position = this.pos(node.position!.start.offset, end);
          cur = Math.max(cur, end);
          break;
        }
        case 'image': {
          const i = find('![');
          const start = i < 0 ? cur : i;
          let close = -1;
          if (i >= 0) {
            let depth = 0;
            for (let k = i + 1; k < to; k++) {
              if (text[k] === '\\') k++;
              else if (text[k] === '[') depth++;
              else if (text[k] === ']' && --depth === 0) { close = k; break; }
            }
          }
          const alt = (t.children ?? []).map((c) => (c.type === 'softbreak' ? '\n' : c.content)).join('');
          add({ type: 'image', title: t.attrGet('title') ?? null, url: t.attrGet('src') ?? '', alt }, start, close < 0 ? start : pastDestination(close));
          break;
        }
        default:
          break;
      }
    }
    // unclosed containers cannot happen with markdown-it's balanced tokens; guard anyway
    while (stack.length > 1) stack.pop();
    return { nodes: root.children as PhrasingContent[], start: first < 0 ? from : first, end: cur };
  }
}

const ALIGN: Record<string, AlignType> = { 'text-align:left': 'left', 'text-align:right': 'right', 'text-align:center': 'center' };

/** the body (text from bodyStart) as an mdast tree whose positions are those of the whole file */
export function parseMarkdown(text: string, bodyStart: number, lines: LineIndex): Root {
  const b = new Builder(text, lines, bodyStart);
  const tokens = md.parse(bodyStart ? text.slice(bodyStart) : text, {});
  const root: AnyNode = { type: 'root', children: [] };
  const stack: AnyNode[] = [root];
  const top = () => stack[stack.length - 1];
  // block nodes whose end is the last line of their map; paragraphs and headings end with their text
  const open = (node: AnyNode, t: Token) => {
    const [s, e] = b.blockRange(t.map, top());
    node.position = b.pos(s, e);
    top().children!.push(node);
    stack.push(node);
  };
  const close = () => {
    const node = stack.pop()!;
    // a container ends where its last child ends (trailing blank lines are not its own)
    const last = node.children?.[node.children.length - 1];
    if (last?.position && node.type !== 'heading' && node.type !== 'paragraph' && node.type !== 'tableCell' && node.type !== 'tableRow') {
      node.position = b.pos(node.position!.start.offset, Math.max(last.position.end.offset, node.position!.start.offset));
    }
  };
  const leaf = (node: AnyNode, t: Token) => {
    const [s, e] = b.blockRange(t.map, top());
    // indented code starts at its line, indentation included (as remark has it)
    node.position = b.pos(t.type === 'code_block' && t.map ? Math.min(s, b.lineStart(t.map[0])) : s, e);
    top().children!.push(node);
  };
  let cells: [number, number][] = [];
  let align: (AlignType | null)[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    switch (t.type) {
      case 'heading_open':
        open({ type: 'heading', depth: Number(t.tag.slice(1)), children: [] }, t);
        break;
      case 'paragraph_open':
        open({ type: 'paragraph', children: [] }, t);
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] }, t);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        // markdown-it hides the paragraphs of a tight list; mdast calls a loose list "spread"
        const tight = tokens[k + 2]?.type === 'paragraph_open' ? tokens[k + 2].hidden : true;
        open({ type: 'list', ordered, start: ordered ? Number(t.attrGet('start') ?? 1) : null, spread: !tight, children: [] }, t);
        break;
      }
      case 'list_item_open':
        open({ type: 'listItem', spread: false, checked: null, children: [] }, t);
        break;
      case 'table_open':
        align = [];
        open({ type: 'table', align, children: [] }, t);
        break;
      case 'tr_open':
        open({ type: 'tableRow', children: [] }, t);
        cells = t.map ? b.cellRanges(t.map[0]) : [];
        break;
      case 'th_open':
      case 'td_open': {
        if (t.type === 'th_open') align.push(ALIGN[t.attrGet('style') ?? ''] ?? null);
        const cell: AnyNode = { type: 'tableCell', children: [] };
        const [cs, ce] = cells.shift() ?? [top().position!.end.offset, top().position!.end.offset];
        cell.position = b.pos(cs, ce);
        top().children!.push(cell);
        stack.push(cell);
        break;
      }
      case 'heading_close':
      case 'paragraph_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
        close();
        break;
      case 'inline': {
        const parent = top();
        const { nodes, start, end } = b.inline(t.children ?? [], parent.position?.start.offset ?? 0, parent.position?.end.offset ?? text.length);
        parent.children!.push(...(nodes as AnyNode[]));
        if (parent.type === 'paragraph' && nodes.length) parent.position = b.pos(start, end);
        break;
      }
      case 'fence':
      case 'code_block': {
        const info = t.info.trim();
        const sp = info.search(/\s/);
        leaf({ type: 'code', lang: info ? (sp < 0 ? info : info.slice(0, sp)) : null, meta: sp < 0 ? null : info.slice(sp).trim() || null, value: t.content.replace(/\n$/, '') }, t);
        break;
      }
      case 'html_block':
        leaf({ type: 'html', value: t.content.replace(/\n$/, '') }, t);
        break;
      case 'hr':
        leaf({ type: 'thematicBreak' }, t);
        break;
      default:
        break;
    }
  }
  root.position = b.pos(bodyStart, text.length);
  return root as unknown as Root;
}
