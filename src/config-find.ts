// Finding the config file, and its `lang` before the full config loads: help and usage errors
// come before any command, and the full config (zod, the rule registry) would slow `--help`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from './i18n/index.js';

export const CONFIG_NAMES = ['bienban.config.yaml', 'bienban.config.yml', 'bienban.config.json'];

export function findConfig(cwd: string): string | undefined {
  return findConfigs(cwd)[0];
}

/** the config files of the nearest folder holding any, the one used first (more than one is told) */
export function findConfigs(cwd: string): string[] {
  let dir = path.resolve(cwd);
  for (;;) {
    const found = CONFIG_NAMES.map((n) => path.join(dir, n)).filter((p) => existsSync(p));
    if (found.length) return found;
    const up = path.dirname(dir);
    if (up === dir) return [];
    dir = up;
  }
}

/** the config's `lang`, or undefined (no file, no lang, or a file the full load will report on) */
export async function configLang(file: string): Promise<Lang | undefined> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  // most configs leave the language alone: then the YAML parser is not even loaded
  if (!/\blang\b/.test(text)) return undefined;
  let value: unknown;
  try {
    value = file.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch {
    return undefined;
  }
  const lang = (value as { lang?: unknown } | null)?.lang;
  return lang === 'vi' || lang === 'en' ? lang : undefined;
}
