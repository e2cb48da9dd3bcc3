// The terminal format: grouped by file, aligned columns, colour on a TTY, a summary line.
import type { Reporter } from './types.js';
import { t } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';

const paint = (on: boolean, code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

const reporter: Reporter = {
  name: 'stylish',
  description: 'human-readable, grouped by file',
  fixDiff: 'stdout',
  format(results, ctx) {
    const c = (code: string, s: string) => paint(ctx.color, code, s);
    let out = '';
    let errors = 0, warnings = 0, fixable = 0, held = 0;
    for (const r of results) {
      if (r.messages.length === 0) continue;
      errors += r.errorCount;
      warnings += r.warningCount;
      // under --fix, what a note with a YAML problem (unreadable, or a duplicate key) still has was held back, not missed
      if (ctx.fixing && r.messages.some((m) => m.fatal || m.ruleId === 'yaml')) held += r.fixableErrorCount + r.fixableWarningCount;
      else fixable += r.fixableErrorCount + r.fixableWarningCount;
      const rel = displayPath(ctx.cwd, r.filePath);
      out += `\n${c('4', rel)}\n`;
      const rows = r.messages.map((m) => [
        `${m.line}:${m.column}`,
        m.severity === 2 ? t(ctx.lang, 'cli/error-lc') : t(ctx.lang, 'cli/warning'),
        m.message,
        m.ruleId,
        m.severity,
      ] as const);
      const w0 = Math.max(...rows.map((x) => x[0].length));
      const w1 = Math.max(...rows.map((x) => x[1].length));
      for (const [pos, sev, msg, id, s] of rows) {
        out += `  ${c('2', `${rel}:${pos}`.padEnd(rel.length + 1 + w0))}  ${c(s === 2 ? '31' : '33', sev.padEnd(w1))}  ${msg}  ${c('2', id)}\n`;
      }
    }
    const total = errors + warnings;
    if (total === 0) return '';
    out += `\n${c(errors ? '31;1' : '33;1', `✖ ${t(ctx.lang, 'cli/summary-problems', { total, errors, warnings })}`)}\n`;
    if (fixable) out += `  ${t(ctx.lang, 'cli/summary-fixable', { count: fixable })}\n`;
    if (held) out += `  ${t(ctx.lang, 'cli/summary-fix-held', { count: held })}\n`;
    return out;
  },
};
export default reporter;
