// JUnit XML for CI test dashboards: a testsuite per file, a failing testcase per diagnostic
// (warnings included, as failures of type "warning"), one passing testcase for a clean file.
import path from 'node:path';
import type { Reporter } from './types.js';
import type { Diagnostic, FileResult } from '../diagnostics.js';
import { t } from '../i18n/index.js';

// characters XML 1.0 cannot carry at all
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const escapeXml = (s: string) =>
  s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const attr = (s: string | number) => escapeXml(String(s)).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

function testcase(rel: string, m: Diagnostic, name: string, lang: 'vi' | 'en'): string {
  const sev = m.severity === 2 ? t(lang, 'cli/error-lc') : t(lang, 'cli/warning');
  const detail = `${rel}:${m.line}:${m.column} ${sev} ${m.ruleId}: ${m.message}`;
  // a fatal problem stopped the checks of the file: that is an error, not a failed check
  const tag = m.fatal ? 'error' : 'failure';
  const type = m.fatal ? 'fatal' : m.severity === 2 ? 'error' : 'warning';
  return `    <testcase classname="${attr(rel)}" name="${attr(name)}" time="0">\n      <${tag} type="${type}" message="${attr(m.message)}">${escapeXml(detail)}</${tag}>\n    </testcase>\n`;
}

/**
 * Test-case names, unique within a file (dashboards key cases by name): rule, place and message,
 * so ten schema problems on one line are ten names; a repeat gets " (2)", " (3)"...
 */
function caseNames(messages: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const base = `${m.ruleId} ${m.line}:${m.column} ${m.message}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function suite(r: FileResult, cwd: string, lang: 'vi' | 'en'): { xml: string; tests: number; failures: number; errors: number } {
  const rel = (path.relative(cwd, path.resolve(cwd, r.filePath)) || r.filePath).split(path.sep).join('/');
  const errors = r.messages.filter((m) => m.fatal).length;
  const failures = r.messages.length - errors;
  const tests = Math.max(1, r.messages.length);
  const names = caseNames(r.messages);
  const cases = r.messages.length ? r.messages.map((m, i) => testcase(rel, m, names[i], lang)).join('') : `    <testcase classname="${attr(rel)}" name="bienban" time="0"/>\n`;
  return {
    xml: `  <testsuite name="${attr(rel)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">\n${cases}  </testsuite>\n`,
    tests, failures, errors,
  };
}

const reporter: Reporter = {
  name: 'junit',
  description: 'JUnit XML (a testsuite per file, a testcase per problem)',
  fixDiff: 'stderr',
  format(results, ctx) {
    const suites = results.map((r) => suite(r, ctx.cwd, ctx.lang));
    const sum = (k: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[k], 0);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bienban" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" time="0">\n${suites.map((s) => s.xml).join('')}</testsuites>\n`;
  },
};
export default reporter;
