// What every command receives: streams, working directory, language, colour, config.
import { LANGS, t, type Lang } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import type { Config, LoadOptions } from '../config.js';
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
export function makeCtx(io: Io, g: GlobalOptions, early?: Lang, load: LoadOptions = {}): Ctx {
  if (g.lang !== undefined) choice(early ?? 'vi', '--lang', g.lang, LANGS);
  const preLang = (g.lang as Lang | undefined) ?? (io.env.BIENBAN_LANG === 'en' ? 'en' : undefined);
  const config = loadConfig(io.cwd, g.config, preLang ?? early ?? 'vi', load);
  const lang: Lang = preLang ?? config.lang ?? 'vi';
  // a second config file beside the first is never read: its settings would silently not apply
  if (config.unused) {
    io.stderr.write(`${t(lang, 'config/unused', { file: displayPath(io.cwd, config.file!), others: config.unused.map((f) => displayPath(io.cwd, f)).join(', ') })}\n`);
  }
  const color = g.color !== false && !io.env.NO_COLOR && !!io.stdout.isTTY && io.env.TERM !== 'dumb';
  return { io, lang, color, config, out: (s) => void io.stdout.write(s), err: (s) => void io.stderr.write(s) };
}
