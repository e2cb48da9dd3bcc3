// Message lookup and the one interpolation function.
import { vi, type MessageKey } from './vi.js';
import { en } from './en.js';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
export type { MessageKey };
/** A message in both languages (rules carry their own). */
export interface Localized { vi: string; en: string }

/**
 * Fills {name} from data; {name|one|other} picks a word by the number data[name] (English
 * plurals: "1 warning", "2 warnings"; Vietnamese nouns do not change).
 */
export function interpolate(template: string, data?: Record<string, unknown>): string {
  if (!data) return template;
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (m, k: string, one?: string, other?: string) => {
    if (!(k in data)) return m;
    if (one === undefined) return String(data[k]);
    return Number(data[k]) === 1 ? one : other!;
  });
}

/** English singular or plural by count, for messages written in code rather than in the catalogue */
export const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export function t(lang: Lang, key: MessageKey, data?: Record<string, unknown>): string {
  return interpolate((lang === 'en' ? en : vi)[key], data);
}

/** a message that may not exist (a key built from data): the fallback when the catalogue lacks it */
export function tOr(lang: Lang, key: string, fallback: string): string {
  return ((lang === 'en' ? en : vi) as Record<string, string>)[key] ?? fallback;
}

export function pick(lang: Lang, m: Localized): string {
  return lang === 'en' ? m.en : m.vi;
}
