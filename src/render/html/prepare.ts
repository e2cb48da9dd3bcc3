// Turns the render view into the template context: drops unsafe hrefs, numbers `###`
// headings ("1. ") as the DOCX renderer does, and tags lists with their nesting depth
// so markers follow Decree 30 PL I §II.6b (1. → a) ; - → +).
import type { Block, Inline, MinutesView } from '../view.js';
import { safeHref } from './links.js';

export type HtmlBlock = Block | (Extract<Block, { kind: 'list' }> & { depth: number });

const NUMBERED = /^\s*\d+[.)]\s/;

function cleanInline(inline: Inline): Inline {
  const href = safeHref(inline.href);
  const { href: _dropped, ...rest } = inline;
  return href === undefined ? rest : { ...rest, href };
}

const cleanInlines = (inlines: Inline[]): Inline[] => inlines.map(cleanInline);

/** Walks one top-level block list; `counter` numbers its headings in reading order. */
function prepareBlocks(blocks: Block[], depth: number, counter: { n: number }): HtmlBlock[] {
  return blocks.map((block): HtmlBlock => {
    switch (block.kind) {
      case 'paragraph':
        return { ...block, inlines: cleanInlines(block.inlines) };
      case 'heading': {
        counter.n += 1;
        const inlines = cleanInlines(block.inlines);
        const text = inlines.map((i) => i.text).join('');
        return { ...block, inlines: NUMBERED.test(text) ? inlines : [{ text: `${counter.n}. ` }, ...inlines] };
      }
      case 'list':
        return { ...block, depth, items: block.items.map((item) => prepareBlocks(item, depth + 1, counter)) } as HtmlBlock;
      case 'quote':
        return { ...block, blocks: prepareBlocks(block.blocks, depth, counter) } as HtmlBlock;
      case 'table':
        return { ...block, header: block.header.map(cleanInlines), rows: block.rows.map((r) => r.map(cleanInlines)) };
      default:
        return block;
    }
  });
}

const top = (blocks: Block[]): Block[] => prepareBlocks(blocks, 0, { n: 0 }) as Block[];

/** The template context: a copy of the view, safe to hand to any (user) template. */
export function prepareView(view: MinutesView): MinutesView {
  return {
    ...view,
    intro: top(view.intro),
    sections: view.sections.map((s) => ({ ...s, blocks: top(s.blocks) })),
    closing: top(view.closing),
  };
}
