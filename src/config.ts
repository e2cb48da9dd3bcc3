// bienban.config.yaml|json: found from the working directory upward (or given by --config).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configError } from './errors.js';
import { RULES_BY_ID } from './rules/index.js';
import { nearest } from './util/nearest.js';
import type { Lang } from './i18n/index.js';

export const CONFIG_NAMES = ['bienban.config.yaml', 'bienban.config.yml', 'bienban.config.json'];

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

export type Config = z.infer<typeof configSchema> & { file?: string; dir: string };

export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const n of CONFIG_NAMES) {
      const p = path.join(dir, n);
      if (existsSync(p)) return p;
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const msg = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

export function loadConfig(cwd: string, explicit?: string, lang: Lang = 'vi'): Config {
  const file = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return { dir: cwd };
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { uniqueKeys: true });
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? msg(lang, 'không tồn tại', 'does not exist') : (e as Error).message.split('\n')[0];
    throw configError(msg(lang, `Không đọc được tệp cấu hình ${file}: ${reason}`, `Cannot read the config file ${file}: ${reason}`));
  }
  const r = configSchema.safeParse(raw ?? {});
  if (!r.success) {
    const i = r.error.issues[0];
    const where = i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : '');
    throw configError(msg(lang, `Tệp cấu hình ${file}: giá trị "${where}" không hợp lệ.`, `Config file ${file}: invalid value at "${where}".`));
  }
  for (const id of Object.keys(r.data.rules ?? {})) {
    if (!RULES_BY_ID.has(id)) {
      const near = nearest(id, RULES_BY_ID.keys());
      throw configError(
        msg(lang, `Tệp cấu hình ${file}: không có quy tắc "${id}".`, `Config file ${file}: there is no rule "${id}".`),
        near ? msg(lang, `Có phải ý bạn là "${near}"?`, `Did you mean "${near}"?`) : msg(lang, 'Xem danh sách bằng "bienban rules".', 'List them with "bienban rules".'),
      );
    }
  }
  return { ...r.data, file, dir: path.dirname(file) };
}
