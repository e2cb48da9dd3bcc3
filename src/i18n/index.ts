// Message lookup and the one interpolation function.
import { vi, type MessageKey } from './vi.js';
import { en } from './en.js';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
export type { MessageKey };
/** A message in both languages (rules carry their own). */
export interface Localized { vi: string; en: string }

export function interpolate(template: string, data?: Record<string, unknown>): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export function t(lang: Lang, key: MessageKey, data?: Record<string, unknown>): string {
  return interpolate((lang === 'en' ? en : vi)[key], data);
}

export function pick(lang: Lang, m: Localized): string {
  return lang === 'en' ? m.en : m.vi;
}
