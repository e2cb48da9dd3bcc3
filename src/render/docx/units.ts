// Page geometry and type sizes for the Decree 30 layout, in the units WordprocessingML uses.
/** millimetres to twips, rounded (docx's own helper truncates: 20 mm → 1133) */
export const mm = (v: number): number => Math.round((v * 1440) / 25.4);

export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
} as const;
/** width between the side margins */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** 1 cm first-line indent */
export const INDENT = mm(10);

/** sizes in half-points, as docx expects */
export const SIZE = { body: 28, header: 26, motto: 28, table: 26, code: 24, recipientsTitle: 24, recipients: 22 } as const;
/** 1.15 lines, in 240ths of a line */
export const LINE = 276;
/** 6 pt after each body paragraph */
export const AFTER = 120;

export const MONO_FONT = 'Courier New';
export const DEFAULT_FONT = 'Times New Roman';

/** what the block/inline builders need to know besides the data */
export interface RenderContext {
  /** left indent of the current container (quotes, list items), twips */
  left: number;
  /** force italics (inside quotes) */
  italic: boolean;
}

export const ROOT: RenderContext = { left: 0, italic: false };
