// bienban.config.yaml|json: found from the working directory upward (or given by --config).
// Its problems are told as file:line:col, in the user's language, with the allowed values.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { crOnly } from './load/source.js';
import path from 'node:path';
import { z } from 'zod';
import { configError } from './errors.js';
import { findConfigs } from './config-find.js';
import { RULES_BY_ID } from './rules/index.js';
import { nearest, nearestWord } from './util/nearest.js';
import { findJsonError } from './util/json-error.js';
import { nodeAt, parseYaml, yamlReason, type FrontMatterProblem } from './load/frontmatter.js';
import { LineIndex } from './load/lines.js';
import { getIn, pathString } from './schema/issues.js';
import { t, type Lang, type MessageKey } from './i18n/index.js';
import { ioReason } from './fs/io-reason.js';
import { displayPath } from './util/display-path.js';
import { clip } from './util/clip.js';

export { CONFIG_NAMES, findConfig, findConfigs } from './config-find.js';

export const configSchema = z.strictObject({
  lang: z.enum(['vi', 'en']).optional(),
  toneStyle: z.enum(['old', 'new']).optional(),
  rules: z.record(z.string(), z.enum(['off', 'warn', 'error'])).optional(),
  templates: z.string().optional(),
  font: z.enum(['liberation', 'times']).optional(),
  out: z.string().optional(),
  /** globs (relative to the config file) of Markdown files that are not notes */
  ignore: z.array(z.string()).optional(),
});

export type Config = z.infer<typeof configSchema> & {
  file?: string;
  dir: string;
  /** other config files beside the one used, which are not read */
  unused?: string[];
};

const TYPE_NAMES: Record<string, string> = { string: 'string', number: 'number', boolean: 'boolean', array: 'array', object: 'object', record: 'object' };

interface Problem { key: MessageKey; data?: Record<string, string | number>; at?: number }

export interface LoadOptions {
  /** `templates` must name a folder that is there (not for init, which may be about to make it) */
  checkTemplates?: boolean;
}

export function loadConfig(cwd: string, explicit?: string, lang: Lang = 'vi', o: LoadOptions = {}): Config {
  const [file, ...unused] = explicit ? [path.resolve(cwd, explicit)] : findConfigs(cwd);
  if (!file) return { dir: cwd };
  const shown = displayPath(cwd, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? t(lang, 'config/missing') : code === 'EISDIR' ? t(lang, 'config/is-dir') : ioReason(lang, e);
    throw configError(t(lang, 'config/unreadable', { file: shown, reason }));
  }
  // read as YAML, old Mac line ends make one long line and a baffling syntax error
  if (crOnly(text)) throw configError(`${shown}: ${t(lang, 'config/cr-line-ends')}`);
  const lines = new LineIndex(text);
  const fail = (problems: Problem[]) => {
    const where = (at?: number) => {
      if (at === undefined) return shown;
      const p = lines.position(at);
      return `${shown}:${p.line}:${p.column}`;
    };
    return configError(problems.map((p) => `${where(p.at)}: ${t(lang, p.key, p.data)}`).join('\n'));
  };

  const { raw, doc } = file.endsWith('.json') ? readJson(text, lang, fail) : readYaml(text, lang, fail);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw fail([{ key: 'config/not-mapping', at: 0 }]);
  const locate = (p: readonly PropertyKey[], wantKey = false): number | undefined => {
    if (!doc) return undefined;
    const { node, exact, keyNode } = nodeAt(doc, p);
    const target = wantKey && keyNode ? keyNode : exact ? node : (keyNode ?? node);
    return (target as { range?: [number, number, number] } | null)?.range?.[0];
  };

  const problems: Problem[] = [];
  const r = configSchema.safeParse(raw);
  for (const issue of r.success ? [] : r.error.issues) {
    const where = pathString(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(configSchema.shape);
      for (const key of issue.keys) {
        const near = nearestWord(key, known);
        const suggestion = near ? t(lang, 'cli/suggest', { id: near }) : t(lang, 'config/keys', { keys: known.join(', ') });
        problems.push({ key: 'config/unknown-key', data: { key: clip(pathString([...issue.path, key])), suggestion }, at: locate([...issue.path, key], true) });
      }
      continue;
    }
    const value = getIn(raw, issue.path);
    const at = locate(issue.path);
    if (issue.code === 'invalid_value') {
      const values = issue.values.map(String);
      const near = typeof value === 'string' ? nearestWord(value, values) : undefined;
      problems.push({ key: 'config/enum', data: { path: where, value: clip(String(value)), values: values.join(', '), suggestion: near ? t(lang, 'cli/suggest', { id: near }) : '' }, at });
    } else if (issue.code === 'invalid_type' && TYPE_NAMES[issue.expected]) {
      problems.push({ key: 'config/type', data: { path: where, expected: t(lang, `type/${TYPE_NAMES[issue.expected]}` as MessageKey) }, at });
    } else {
      problems.push({ key: 'config/invalid', data: { path: where }, at });
    }
  }
  const rules = (raw as { rules?: unknown }).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const id of Object.keys(rules)) {
      if (RULES_BY_ID.has(id)) continue;
      const near = nearest(id, RULES_BY_ID.keys());
      const suggestion = near ? t(lang, 'cli/suggest', { id: near }) : t(lang, 'config/list-rules');
      problems.push({ key: 'config/unknown-rule', data: { id: clip(id), suggestion }, at: locate(['rules', id], true) });
    }
  }
  // a typo there would quietly bring back the built-in templates
  if (r.success && r.data.templates !== undefined && o.checkTemplates !== false) {
    const dir = path.resolve(path.dirname(file), r.data.templates);
    const st = statOrNone(dir);
    if (!st?.isDirectory()) problems.push({ key: st ? 'config/templates-not-dir' : 'config/templates-missing', data: { path: displayPath(cwd, dir) }, at: locate(['templates']) });
  }
  problems.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  if (problems.length || !r.success) throw fail(problems);
  return { ...r.data, file, dir: path.dirname(file), ...(unused.length ? { unused } : {}) };
}

function statOrNone(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    // missing, or below a file
    return undefined;
  }
}

type Fail = (problems: Problem[]) => Error;
type Doc = ReturnType<typeof parseYaml>['doc'];

function readYaml(text: string, lang: Lang, fail: Fail): { raw: unknown; doc?: Doc } {
  const problems: FrontMatterProblem[] = [];
  const { doc, value } = parseYaml(text, 0, problems);
  const shown = problems.filter((p) => p.id === 'yaml');
  if (shown.length) {
    throw fail(shown.map((p) => {
      const data = { ...p.data };
      if (p.messageId === 'syntax') data.reason = yamlReason(String(p.data?.code), lang, String(p.data?.reason));
      return { key: `yaml/${p.messageId}` as MessageKey, data, at: p.start };
    }));
  }
  // a list or a scalar: parseYaml calls it not a mapping, as the caller does
  return { raw: problems.length ? null : value, doc };
}

function readJson(text: string, lang: Lang, fail: Fail): { raw: unknown; doc?: Doc } {
  if (text.trim() === '') return { raw: {} };
  try {
    const raw: unknown = JSON.parse(text);
    // valid JSON is YAML too: `yaml` gives the offsets of keys and values
    return { raw, doc: parseYaml(text, 0, []).doc };
  } catch {
    const e = findJsonError(text) ?? { code: 'unexpected' as const, offset: 0, char: text[0] };
    const reason = t(lang, `json/${e.code}`, { char: e.char ?? '' });
    throw fail([{ key: 'config/json-syntax', data: { reason }, at: e.offset }]);
  }
}
