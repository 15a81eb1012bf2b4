/**
 * The UI languages and how data text falls back between them. Data records carry a field in
 * the base language (`title`) and optional translations beside it (`title_ru`, `title_tg`).
 * The languages themselves come from the locale registry.
 */
import { LOCALE_INFO } from './registry';

export type Lang = keyof typeof LOCALE_INFO;
export const LANGS = Object.keys(LOCALE_INFO) as Lang[];

/** The default UI language, whose data fields carry no suffix. */
export const BASE_LANG: Lang = LANGS[0]!;

/** Languages other than the base one, whose data fields carry a `_<lang>` suffix. */
export type TranslatedLang = Exclude<Lang, 'en'>;
export const TRANSLATED_LANGS: readonly TranslatedLang[] = LANGS.filter((l): l is TranslatedLang => l !== BASE_LANG);

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/**
 * Where a language's data text comes from when a record has none in it: the language, its
 * locale's fallbacks (Tajik readers read Russian before English), and last the base language.
 */
export const FALLBACK_CHAIN = Object.fromEntries(
  LANGS.map((l) => [l, [...new Set<Lang>([l, ...LOCALE_INFO[l].fallback, BASE_LANG])]]),
) as unknown as Readonly<Record<Lang, readonly Lang[]>>;

/** The record field that holds `field` in `lang`: `title` in English, `title_ru` in Russian. */
export const fieldIn = <F extends string>(field: F, lang: Lang): string => (lang === BASE_LANG ? field : `${field}_${lang}`);

export interface LocalizedText {
  text: string;
  /** The language the text is actually in. */
  lang: Lang;
  /** True when the text is not in the language asked for (the UI says so). */
  fallback: boolean;
}

/** A record's text for `field` in `lang`, following the fallback chain; null when the record has none at all. */
export function localized(record: object, field: string, lang: Lang): LocalizedText | null {
  const r = record as Record<string, unknown>;
  for (const l of FALLBACK_CHAIN[lang]) {
    const v = r[fieldIn(field, l)];
    if (typeof v === 'string' && v.trim() !== '') return { text: v, lang: l, fallback: l !== lang };
  }
  return null;
}
