// The one place that turns failures into exit codes and messages. No stack trace reaches a user.
import { BienbanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';

import { EXIT } from './exit-codes.js';

export { EXIT };

export function describeError(e: unknown, lang: Lang): { code: number; text: string } {
  if (e instanceof BienbanError) {
    const label = lang === 'en' ? 'Error' : 'Lỗi';
    return { code: EXIT.FAILURE, text: `${label}: ${e.message}${e.hint ? `\n${e.hint}` : ''}\n` };
  }
  const message = e instanceof Error ? e.message : String(e);
  const detail = process.env.BIENBAN_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
  return { code: EXIT.FAILURE, text: `${t(lang, 'cli/internal', { message })}${detail}\n` };
}
