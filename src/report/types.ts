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
  format(results: readonly FileResult[], ctx: ReportContext): string;
}
