// Block → Paragraph / Table, for intro, sections and closing.
import type { Block, Inline } from '../view.js';
import { inlineRuns, plain, textRuns } from './inlines.js';
import { paragraph, table, type BodyChild, type Paragraph, type Table, type TableRow } from './ooxml.js';
import { ruleParagraph } from './rule.js';
import { INDENT, MONO_FONT, SIZE, TEXT_WIDTH } from './units.js';
import type { RenderContext } from './units.js';

/** per-section state: `###` headings are numbered 1., 2., … within a section */
export interface BlockState {
  heading: number;
}

export function newState(): BlockState {
  return { heading: 0 };
}

const NUMBERED = /^\s*\d+[.)]\s/;

export function renderBlocks(blocks: readonly Block[], ctx: RenderContext, state: BlockState = newState()): BodyChild[] {
  return blocks.flatMap((b) => renderBlock(b, ctx, state));
}

function renderBlock(block: Block, ctx: RenderContext, state: BlockState): BodyChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [bodyParagraph(block.inlines, ctx, { indent: block.indent !== false })];
    case 'heading': {
      state.heading += 1;
      const text = plain(block.inlines);
      const prefix = NUMBERED.test(text) ? [] : [{ text: `${state.heading}. ` }];
      return [bodyParagraph([...prefix, ...block.inlines], ctx, { indent: true, bold: true, keepNext: true })];
    }
    case 'list':
      return renderList(block, ctx, state);
    case 'quote':
      return renderBlocks(block.blocks, { left: ctx.left + INDENT, italic: true }, state);
    case 'code':
      return [codeParagraph(block.text, ctx)];
    case 'table':
      return [renderTable(block.header, block.rows, ctx), spacer()];
    case 'rule':
      return [ruleParagraph(Math.round((TEXT_WIDTH - ctx.left) / 3), TEXT_WIDTH - ctx.left, { before: 120, after: 240 })];
  }
}

export function bodyParagraph(
  inlines: readonly Inline[],
  ctx: RenderContext,
  opts: { indent?: boolean; bold?: boolean; keepNext?: boolean; prefix?: string } = {},
): Paragraph {
  const children = inlineRuns(inlines, { bold: opts.bold, italic: ctx.italic });
  if (opts.prefix !== undefined) children.unshift({ text: opts.prefix, bold: opts.bold, italics: ctx.italic || undefined });
  return paragraph({
    align: 'both',
    indent: { left: ctx.left, firstLine: opts.indent === false ? 0 : INDENT },
    keepNext: opts.keepNext,
    children,
  });
}

function renderList(block: Extract<Block, { kind: 'list' }>, ctx: RenderContext, state: BlockState): BodyChild[] {
  const out: BodyChild[] = [];
  block.items.forEach((item, i) => {
    const marker = block.ordered ? `${block.start + i}. ` : '- ';
    const [first, ...rest] = item;
    const inner: RenderContext = { ...ctx, left: ctx.left + INDENT };
    if (first?.kind === 'paragraph') {
      out.push(bodyParagraph(first.inlines, ctx, { prefix: marker }));
    } else {
      out.push(bodyParagraph([], ctx, { prefix: marker.trimEnd() }));
      if (first) out.push(...renderBlock(first, inner, state));
    }
    out.push(...renderBlocks(rest, inner, state));
  });
  return out;
}

function codeParagraph(text: string, ctx: RenderContext): Paragraph {
  return paragraph({
    align: 'left',
    indent: { left: ctx.left + INDENT, firstLine: 0 },
    spacing: { line: 240 },
    children: textRuns(text, { font: MONO_FONT, size: SIZE.code, italics: ctx.italic || undefined }),
  });
}

/** 6 pt of space after a table, which Word does not add by itself */
function spacer(): Paragraph {
  return paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' }, markSize: 2, children: [] });
}

const CELL_BORDER = { size: 4, color: '000000' } as const;

function renderTable(header: readonly Inline[][], rows: readonly Inline[][][], ctx: RenderContext): Table {
  const cols = Math.max(1, header.length, ...rows.map((r) => r.length));
  const width = TEXT_WIDTH - ctx.left;
  const colWidth = Math.floor(width / cols);
  const cell = (inlines: readonly Inline[] | undefined, bold: boolean) => ({
    width: colWidth,
    children: [
      paragraph({
        align: bold ? 'center' : 'left',
        indent: { firstLine: 0 },
        spacing: { before: 40, after: 40, line: 240 },
        children: inlineRuns(inlines ?? [], { bold, italic: ctx.italic, size: SIZE.table }),
      }),
    ],
  });
  const row = (cells: readonly Inline[][], bold: boolean): TableRow => ({
    header: bold,
    cells: Array.from({ length: cols }, (_, i) => cell(cells[i], bold)),
  });
  return table({
    width,
    indent: ctx.left,
    columns: Array.from({ length: cols }, () => colWidth),
    border: CELL_BORDER,
    margins: { left: 80, right: 80 },
    rows: [...(header.length > 0 ? [row(header, true)] : []), ...rows.map((r) => row(r, false))],
  });
}
