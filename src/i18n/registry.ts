/**
 * The UI languages, each registered once. The language list, the URL's `lang` values, the
 * language menu and the data-text fallback chains are all read from here; adding a language is a
 * file under locales/ plus one line below.
 */
import type { Locale } from './locale';
import { en } from './locales/en';
import { ru } from './locales/ru';
import { tg } from './locales/tg';

/** In menu order; the first is the default and the language of a data record's unsuffixed fields. */
export const LOCALES = { en, ru, tg } as const satisfies Record<string, Locale>;
