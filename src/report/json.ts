// ESLint's JSON shape, as the spec promises.
import type { Reporter } from './types.js';

const reporter: Reporter = {
  name: 'json',
  description: 'ESLint-compatible JSON array',
  fixDiff: 'output',
  format: (results) =>
    JSON.stringify(
      results.map((r) => ({
        filePath: r.filePath,
        messages: r.messages.map(({ ruleId, severity, message, line, column, endLine, endColumn, fatal, messageId, fix }) => ({
          ruleId, severity, message, line, column, endLine, endColumn, messageId, ...(fatal ? { fatal } : {}), ...(fix ? { fix } : {}),
        })),
        errorCount: r.errorCount,
        warningCount: r.warningCount,
        fixableErrorCount: r.fixableErrorCount,
        fixableWarningCount: r.fixableWarningCount,
        ...(r.output !== undefined ? { output: r.output } : {}),
      })),
    ),
};
export default reporter;
