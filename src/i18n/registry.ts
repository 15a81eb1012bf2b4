/**
 * The UI languages, each registered once. The language list, the URL's `lang` values, the
 * language menu and the data-text fallback chains are read from `LOCALE_INFO` (a few bytes, always
 * loaded); a language's strings, plurals and date patterns are in its file under locales/, loaded
 * on demand (English is built in). Adding a language is a file under locales/ plus one entry in
 * each table below (a unit test checks the two agree).
 */
import type { Locale } from './locale';
import { en } from './locales/en';
import { onceUntilFailure } from '../load/onceUntilFailure';

/** What the menu and the fallback chains need before a language's strings load: its own name, fallbacks and Intl tags. */
export interface LocaleInfo {
  name: string;
  fallback: readonly LangId[];
  intl: readonly string[];
}
type LangId = 'en' | 'ru' | 'tg';

/** In menu order; the first is the default and the language of a data record's unsuffixed fields. */
export const LOCALE_INFO = {
  // 'en', not 'en-GB': British ICU data abbreviates September "Sept".
  en: { name: 'English', fallback: [], intl: ['en'] },
  ru: { name: 'Русский', fallback: ['en'], intl: ['ru'] },
  tg: { name: 'Тоҷикӣ', fallback: ['ru', 'en'], intl: ['tg', 'ru'] },
} as const satisfies Record<LangId, LocaleInfo>;

const LOADERS: Record<LangId, () => Promise<Locale>> = {
  en: () => Promise.resolve(en),
  ru: () => import('./locales/ru').then((m) => m.ru),
  tg: () => import('./locales/tg').then((m) => m.tg),
};

const loaded: Partial<Record<LangId, Locale>> = { en };
const loaders: Partial<Record<LangId, () => Promise<Locale>>> = {};

/**
 * Loads a language's strings (once); resolves when `localeOf(lang)` gives them. Everything that
 * sets the UI language awaits this first: the boot (for the URL's `lang`) and the language menu.
 */
export function loadLocale(lang: LangId): Promise<Locale> {
  const have = loaded[lang];
  if (have) return Promise.resolve(have);
  // Shared while it loads; a failed load is dropped, so choosing the language again retries.
  return (loaders[lang] ??= onceUntilFailure(() => LOADERS[lang]().then((loc) => (loaded[lang] = loc))))();
}

/** True once `lang`'s strings are loaded. */
export const localeLoaded = (lang: LangId): boolean => loaded[lang] !== undefined;

/**
 * A loaded language's strings. A language whose file has not loaded yet reads as English (its
 * data-text fallbacks and Intl tags still its own): nothing sets the UI language before loading it.
 */
export function localeOf(lang: LangId): Locale {
  return loaded[lang] ?? en;
}
