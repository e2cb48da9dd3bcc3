// The diagnostic shape shared by the loader, the schema, the rules and every reporter.
// Plain JSON only, so it crosses worker threads and feeds JSON/SARIF as is.

export type Severity = 1 | 2; // ESLint: 1 warning, 2 error
export type SeverityName = 'off' | 'warn' | 'error';

export interface Fix {
  /** offsets into the file text (BOM excluded) */
  range: [number, number];
  text: string;
}

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  data?: Record<string, string | number>;
  message: string;
  severity: Severity;
  /** a problem that stops further checks of the file (unreadable, YAML syntax) */
  fatal?: boolean;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
}

export interface FileResult {
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** the fixed text, when fixes were requested and applied */
  output?: string;
}

export function summarize(filePath: string, messages: Diagnostic[]): FileResult {
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  let errorCount = 0, warningCount = 0, fixableErrorCount = 0, fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) { errorCount++; if (m.fix) fixableErrorCount++; }
    else { warningCount++; if (m.fix) fixableWarningCount++; }
  }
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}
