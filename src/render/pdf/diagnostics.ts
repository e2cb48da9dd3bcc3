// Typst's diagnostics in our terms, apart from the engine: a caller that only reports them
// need not load the native compiler.
import { relative, sep } from 'node:path';

export interface TypstDiagnostic {
  message: string;
  severity: 'error' | 'warning';
  path?: string;
  /** where it is: the template file it came from, 1-based line and column (UTF-16, as editors count) */
  file?: string;
  line?: number;
  column?: number;
  hints?: string[];
}

/** "file:line:col" for a located diagnostic (the file alone without a line), "" otherwise */
export const diagnosticPlace = (d: TypstDiagnostic, cwd?: string): string => {
  if (!d.file) return '';
  const file = cwd ? relative(cwd, d.file).split(sep).join('/') : d.file;
  return d.line ? `${file}:${d.line}:${d.column ?? 1}` : file;
};
