// The one place that turns failures into exit codes and messages. No stack trace reaches a user.
import path from 'node:path';
import { BienbanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';

import { EXIT } from './exit-codes.js';
import { ioReason, isFileError } from '../fs/io-reason.js';
import { displayPath } from '../util/display-path.js';

export { EXIT };

/** `cwd`: file paths below it are shown relative to it, others absolute, as every other message shows them */
export function describeError(e: unknown, lang: Lang, cwd?: string): { code: number; text: string } {
  if (e instanceof BienbanError) {
    const label = lang === 'en' ? 'Error' : 'Lỗi';
    return { code: EXIT.FAILURE, text: `${label}: ${e.message}${e.hint ? `\n${e.hint}` : ''}\n` };
  }
  const detail = process.env.BIENBAN_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
  // a file the system refused (a folder in the way, no permission, a full disk) is the user's
  // to fix, not a bug to report: say which file and why, in plain words
  if (isFileError(e)) {
    const label = lang === 'en' ? 'Error' : 'Lỗi';
    const abs = (e as { dest?: string }).dest ?? e.path;
    const file = cwd && path.isAbsolute(abs) ? displayPath(cwd, abs) : abs;
    return { code: EXIT.FAILURE, text: `${label}: ${t(lang, 'cli/file-error', { path: file, reason: ioReason(lang, e) })}${detail}\n` };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: EXIT.FAILURE, text: `${t(lang, 'cli/internal', { message })}${detail}\n` };
}
