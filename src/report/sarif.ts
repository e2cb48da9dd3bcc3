// SARIF 2.1.0 for code-scanning tools: one run, every rule described, one result per diagnostic.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Reporter } from './types.js';
import type { Diagnostic } from '../diagnostics.js';
import { RULES, BUILTIN_IDS, BUILTINS } from '../rules/index.js';
import type { Example, Rule } from '../rules/types.js';
import { exampleSource } from '../rules/example-note.js';
import { pick, type Lang } from '../i18n/index.js';

const INFORMATION_URI = 'https://www.npmjs.com/package/bienban';
const SRCROOT = '%SRCROOT%';

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' };
  properties?: Record<string, unknown>;
}

const pascal = (id: string) => id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');

const exampleMarkdown = (e: Example) => '```markdown\n' + exampleSource(e) + '\n```';

function describeRule(r: Rule, lang: Lang): Descriptor {
  const [wrong, right] = lang === 'en' ? ['Wrong', 'Right'] : ['Sai', 'Đúng'];
  const docs = pick(lang, r.docs);
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: pick(lang, r.description) },
    fullDescription: { text: docs },
    help: {
      text: docs,
      markdown: `${docs}\n\n**${wrong}:**\n\n${exampleMarkdown(r.examples.wrong)}\n\n**${right}:**\n\n${exampleMarkdown(r.examples.right)}`,
    },
    defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' },
    properties: { category: r.category, tags: [r.category], ...(r.fixable ? { fixable: true } : {}) },
  };
}

function describeBuiltin(id: string, lang: Lang): Descriptor {
  const text = pick(lang, BUILTINS[id] ?? { vi: id, en: id });
  return { id, name: pascal(id), shortDescription: { text }, fullDescription: { text }, help: { text, markdown: text }, defaultConfiguration: { level: 'error' } };
}

/** the rule list of the run: every rule, then the built-in ids */
export function sarifRules(lang: Lang): Descriptor[] {
  const builtins = [...new Set<string>([...BUILTIN_IDS, ...Object.keys(BUILTINS)])];
  return [...RULES.map((r) => describeRule(r, lang)), ...builtins.map((id) => describeBuiltin(id, lang))];
}

function artifact(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = path.resolve(cwd, filePath);
  const rel = path.relative(cwd, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(m: Diagnostic) {
  const r: Record<string, number> = { startLine: m.line, startColumn: m.column };
  if (m.endLine !== undefined) r.endLine = m.endLine;
  if (m.endColumn !== undefined) r.endColumn = m.endColumn;
  return r;
}

const reporter: Reporter = {
  name: 'sarif',
  description: 'SARIF 2.1.0 (GitHub code scanning and other tools)',
  fixDiff: 'stderr',
  format(results, ctx) {
    const rules = sarifRules(ctx.lang);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const out = results.flatMap((r) =>
      r.messages.map((m) => ({
        ruleId: m.ruleId,
        ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId)! } : {}),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(r.filePath, ctx.cwd), region: region(m) } }],
      })),
    );
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'bienban', version: ctx.version, semanticVersion: ctx.version, informationUri: INFORMATION_URI, language: ctx.lang, rules } },
          originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href } },
          columnKind: 'utf16CodeUnits',
          results: out,
        },
      ],
    };
    return JSON.stringify(log, null, 2);
  },
};
export default reporter;
