// Options that take one of a list of words: one check and one message for every command
// (the allowed words, and the nearest one as a hint), so none is silently accepted.
import { usageError, type BienbanError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { nearestWord } from '../util/nearest.js';

/** the usage error for `value`, not one of `allowed`; `--format` has its own wording */
export function badChoice(lang: Lang, option: string, value: string, allowed: readonly string[]): BienbanError {
  const near = nearestWord(value, allowed);
  const message = option === '--format'
    ? t(lang, 'cli/bad-format', { value, values: allowed.join(', ') })
    : t(lang, 'cli/bad-option', { value, option, reason: allowed.join('|') });
  return usageError(message, near ? t(lang, 'cli/suggest', { id: near }).trim() : undefined);
}

/** `value` if it is one of `allowed`, else a usage error */
export function choice<T extends string>(lang: Lang, option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw badChoice(lang, option, value, allowed);
  return value as T;
}
