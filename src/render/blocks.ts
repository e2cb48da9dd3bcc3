// mdast → view blocks. Raw HTML is never passed through: comments are dropped, other HTML
// becomes literal text; only http(s) and mailto links survive as links.
import type { PhrasingContent, RootContent, ListItem, TableRow } from 'mdast';
import type { Block, Inline } from './view.js';

const SAFE_HREF = /^(https?:|mailto:)/i;
export const isSafeHref = (href: string) => SAFE_HREF.test(href.trim());
const isComment = (html: string) => /^\s*<!--[\s\S]*-->\s*$/.test(html);

function inlines(nodes: readonly PhrasingContent[], style: { bold?: boolean; italic?: boolean } = {}): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        // a soft line break is a space (most text nodes have none: skip the RegExp)
        out.push({ text: n.value.includes('\n') ? n.value.replace(/\s*\n\s*/g, ' ') : n.value, ...style });
        break;
      case 'strong':
        out.push(...inlines(n.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...inlines(n.children, { ...style, italic: true }));
        break;
      case 'delete':
        out.push(...inlines(n.children, style));
        break;
      case 'inlineCode':
        out.push({ text: n.value, code: true, ...style });
        break;
      case 'break':
        out.push({ text: '', br: true });
        break;
      case 'link': {
        const inner = inlines(n.children, style);
        if (isSafeHref(n.url)) for (const i of inner) i.href = n.url;
        out.push(...inner);
        break;
      }
      case 'image':
        if (n.alt) out.push({ text: n.alt, ...style });
        break;
      case 'html':
        if (!isComment(n.value)) out.push({ text: n.value, ...style });
        break;
      default:
        if ('value' in n && typeof n.value === 'string') out.push({ text: n.value, ...style });
        else if ('children' in n) out.push(...inlines(n.children as PhrasingContent[], style));
    }
  }
  // merge neighbours with the same style (smaller PDF/DOCX, cleaner HTML)
  const merged: Inline[] = [];
  for (const i of out) {
    const last = merged[merged.length - 1];
    if (last && !i.br && !last.br && last.bold === i.bold && last.italic === i.italic && last.code === i.code && last.href === i.href) last.text += i.text;
    else merged.push({ ...i });
  }
  return merged.filter((i) => i.br || i.text !== '');
}

export function toBlocks(nodes: readonly RootContent[]): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'paragraph': {
        const ins = inlines(n.children);
        if (ins.length) out.push({ kind: 'paragraph', inlines: ins, indent: true });
        break;
      }
      case 'heading':
        out.push({ kind: 'heading', level: n.depth, inlines: inlines(n.children) });
        break;
      case 'list':
        out.push({ kind: 'list', ordered: !!n.ordered, start: n.start ?? 1, items: n.children.map((li: ListItem) => toBlocks(li.children)) });
        break;
      case 'blockquote':
        out.push({ kind: 'quote', blocks: toBlocks(n.children) });
        break;
      case 'code':
        out.push({ kind: 'code', text: n.value });
        break;
      case 'thematicBreak':
        out.push({ kind: 'rule' });
        break;
      case 'table': {
        const [head, ...rows] = n.children as TableRow[];
        const cells = (r: TableRow) => r.children.map((c) => inlines(c.children));
        out.push({ kind: 'table', header: head ? cells(head) : [], rows: rows.map(cells) });
        break;
      }
      case 'html':
        if (!isComment(n.value)) out.push({ kind: 'paragraph', inlines: [{ text: n.value }] });
        break;
      default:
        break;
    }
  }
  return out;
}

/** plain text of blocks (for metadata and tests) */
export function blocksText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph' || b.kind === 'heading') parts.push(b.inlines.map((i) => i.text).join(''));
    else if (b.kind === 'list') for (const it of b.items) parts.push(blocksText(it));
    else if (b.kind === 'quote') parts.push(blocksText(b.blocks));
    else if (b.kind === 'code') parts.push(b.text);
    else if (b.kind === 'table') for (const r of [b.header, ...b.rows]) parts.push(r.map((c) => c.map((i) => i.text).join('')).join(' '));
  }
  return parts.join('\n');
}
