// The language of a run, known before commander parses: help, usage errors and internal errors
// speak it too. The same order as a command's context: --lang, BIENBAN_LANG, the config's `lang`.
import path from 'node:path';
import type { Lang } from '../i18n/index.js';
import { configLang, findConfig } from '../config-find.js';

/** the value of a global option in raw arguments (`--name value` or `--name=value`), before `--` */
function optionValue(args: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a === name && i + 1 < args.length) found = args[++i];
    else if (a.startsWith(`${name}=`)) found = a.slice(name.length + 1);
  }
  return found;
}

const asLang = (v: string | undefined): Lang | undefined => (v === 'vi' || v === 'en' ? v : undefined);

/** `args` without node and the script: process.argv.slice(2) */
export async function earlyLang(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Lang> {
  const flag = asLang(optionValue(args, '--lang'));
  if (flag) return flag;
  if (env.BIENBAN_LANG === 'en') return 'en';
  const explicit = optionValue(args, '--config');
  const file = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  return (file && (await configLang(file))) || 'vi';
}
