// GitHub Actions workflow commands: one ::error or ::warning line per diagnostic, shown as annotations.
import path from 'node:path';
import type { Reporter } from './types.js';

/** escaping of the message part (GitHub's toolkit escapeData) */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** escaping of property values (GitHub's toolkit escapeProperty) */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const reporter: Reporter = {
  name: 'github',
  description: 'GitHub Actions annotations (::error / ::warning)',
  fixDiff: 'stderr',
  format(results, ctx) {
    const lines: string[] = [];
    for (const r of results) {
      const rel = path.relative(ctx.cwd, path.resolve(ctx.cwd, r.filePath)) || r.filePath;
      const file = rel.split(path.sep).join('/');
      for (const m of r.messages) {
        const props: [string, string | number | undefined][] = [
          ['file', file], ['line', m.line], ['col', m.column], ['endLine', m.endLine], ['endColumn', m.endColumn], ['title', m.ruleId],
        ];
        const p = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
        lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${p}::${escapeData(m.message)}`);
      }
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
  },
};
export default reporter;
