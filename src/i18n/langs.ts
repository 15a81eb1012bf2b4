/**
 * The UI languages and how data text falls back between them. Data records carry a field in
 * English (`title`) and optional translations beside it (`title_ru`, `title_tg`).
 */
export const LANGS = ['en', 'ru', 'tg'] as const;
export type Lang = (typeof LANGS)[number];

/** Languages other than English, whose data fields carry a `_<lang>` suffix. */
export type TranslatedLang = Exclude<Lang, 'en'>;
export const TRANSLATED_LANGS: readonly TranslatedLang[] = LANGS.filter((l): l is TranslatedLang => l !== 'en');

/** Where a language's data text comes from when a record has none in it: Tajik readers read Russian before English. */
export const FALLBACK_CHAIN: Readonly<Record<Lang, readonly Lang[]>> = {
  en: ['en'],
  ru: ['ru', 'en'],
  tg: ['tg', 'ru', 'en'],
};

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** The record field that holds `field` in `lang`: `title` in English, `title_ru` in Russian. */
export const fieldIn = <F extends string>(field: F, lang: Lang): string => (lang === 'en' ? field : `${field}_${lang}`);

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
