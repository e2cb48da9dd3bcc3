// What every command receives: streams, working directory, language, colour, config.
import { LANGS, type Lang } from '../i18n/index.js';
import type { Config } from '../config.js';
import { loadConfig } from '../config.js';
import { choice } from './choice.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin?: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface GlobalOptions {
  lang?: string;
  config?: string;
  color?: boolean;
}

export interface Ctx {
  io: Io;
  lang: Lang;
  color: boolean;
  config: Config;
  out(s: string): void;
  err(s: string): void;
}

/** `early`: the language found before parsing (cli/lang.ts), for problems met before the config is read */
export function makeCtx(io: Io, g: GlobalOptions, early?: Lang): Ctx {
  if (g.lang !== undefined) choice(early ?? 'vi', '--lang', g.lang, LANGS);
  const preLang = (g.lang as Lang | undefined) ?? (io.env.BIENBAN_LANG === 'en' ? 'en' : undefined);
  const config = loadConfig(io.cwd, g.config, preLang ?? early ?? 'vi');
  const lang: Lang = preLang ?? config.lang ?? 'vi';
  const color = g.color !== false && !io.env.NO_COLOR && !!io.stdout.isTTY && io.env.TERM !== 'dumb';
  return { io, lang, color, config, out: (s) => void io.stdout.write(s), err: (s) => void io.stderr.write(s) };
}
