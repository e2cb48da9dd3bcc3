// bienban check [PATHS...]: lint notes, print a report, exit 0/1/2.
import { readFile } from 'node:fs/promises';
import type { Ctx } from '../context.js';
import { collectNotes } from '../../fs/collect.js';
import { lintBytes } from '../../lint.js';
import { reporterByName, REPORTER_NAMES } from '../../report/index.js';
import { usageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { FileResult } from '../../diagnostics.js';
import { summarize } from '../../diagnostics.js';
import { writeAtomic } from '../../fs/atomic.js';
import { unifiedDiff } from '../../fix/diff.js';
import { VERSION } from '../../version.js';
import { EXIT } from '../exit.js';

export interface CheckOptions {
  format: string;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
}

export async function checkCommand(ctx: Ctx, paths: string[], o: CheckOptions): Promise<number> {
  const reporter = reporterByName(o.format);
  if (!reporter) throw usageError(t(ctx.lang, 'cli/bad-format', { value: o.format, values: REPORTER_NAMES.join(', ') }));
  let maxWarnings = -1;
  if (o.maxWarnings !== undefined) {
    maxWarnings = Number(o.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw usageError(t(ctx.lang, 'cli/bad-option', { value: o.maxWarnings, option: '--max-warnings', reason: '≥ 0' }));
  }
  const { files, missing } = await collectNotes(paths, ctx.io.cwd);
  for (const m of missing) ctx.err(`${t(ctx.lang, 'cli/path-missing', { path: m })}\n`);
  if (files.length === 0) {
    ctx.err(`${t(ctx.lang, 'cli/no-files', { paths: (paths.length ? paths : ['.']).join(', ') })}\n`);
    return EXIT.FAILURE;
  }
  const lintOpts = { lang: ctx.lang, rules: ctx.config.rules, ruleOptions: { toneStyle: ctx.config.toneStyle ?? 'old' }, fix: o.fix || o.fixDryRun };
  const results: FileResult[] = [];
  let diff = '';
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? String(e);
      results.push(summarize(file, [{ ruleId: 'file', messageId: 'unreadable', message: t(ctx.lang, 'file/unreadable', { reason }), severity: 2, fatal: true, line: 1, column: 1 }]));
      continue;
    }
    const { result } = lintBytes(file, bytes, lintOpts);
    if (result.output !== undefined) {
      if (o.fixDryRun) diff += unifiedDiff(file, new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), result.output);
      else await writeAtomic(file, (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '') + result.output);
      delete result.output;
    }
    results.push(result);
  }
  const shown = o.quiet ? results.map((r) => summarize(r.filePath, r.messages.filter((m) => m.severity === 2))) : results;
  if (diff) ctx.out(diff);
  const text = reporter.format(shown, { lang: ctx.lang, color: ctx.color, cwd: ctx.io.cwd, version: VERSION });
  if (text) ctx.out(text.endsWith('\n') ? text : `${text}\n`);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (o.format === 'stylish' && errors + warnings === 0) ctx.err(`${t(ctx.lang, 'cli/summary-clean', { files: files.length })}\n`);
  if (errors > 0) return EXIT.PROBLEMS;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    ctx.err(`${t(ctx.lang, 'cli/too-many-warnings', { count: warnings, max: maxWarnings })}\n`);
    return EXIT.PROBLEMS;
  }
  return missing.length ? EXIT.FAILURE : EXIT.OK;
}
