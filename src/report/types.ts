// A reporter turns lint results into text for a terminal or a machine.
import type { FileResult } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';

export interface ReportContext {
  lang: Lang;
  color: boolean;
  /** working directory, for relative paths */
  cwd: string;
  /** tool version, for machine formats */
  version: string;
  /** --fix or --fix-dry-run ran: what is still fixable was held back (a note that cannot be read is never fixed) */
  fixing?: boolean;
}

export interface Reporter {
  name: string;
  description: string;
  /**
   * --fix-dry-run: where the diff goes. 'stdout': before the report (a terminal); 'stderr': stdout
   * holds the document alone; 'output': nowhere, each result carries its fixed text in `output` (ESLint's JSON)
   */
  fixDiff: 'stdout' | 'stderr' | 'output';
  format(results: readonly FileResult[], ctx: ReportContext): string;
}
