/** UI strings by key, from the locale registry. Every locale has every key of the English one (a compile-time check). */
import type { Lang } from './langs';
import { localeOf } from './registry';
import type { StringKey } from './locales/en';

export type { StringKey };

/** The string for `key` in `lang`. */
export function t(lang: Lang, key: StringKey): string {
  return localeOf(lang).strings[key];
}
