/** Map label text in the UI language: a MapLibre expression built from the fallback chain, never an `if` per language. */
import { FALLBACK_CHAIN, LANGS, fieldIn, type Lang, type TranslatedLang } from './langs';

/** The feature property that holds a name in one language: `name`, `name_ru`, `name_tg`. */
export type NameField = 'name' | `name_${TranslatedLang}`;

/** The name property of `lang`. */
export const labelField = (lang: Lang): NameField => fieldIn('name', lang) as NameField;

const langOfField = (field: NameField): Lang => LANGS.find((l) => labelField(l) === field) ?? LANGS[0]!;

/**
 * Label text for `field`'s language: the first of its name properties along the fallback chain
 * that the feature has (`name_tg`, then `name_ru`, then `name`), so a missing translation shows
 * the next language rather than nothing.
 */
export function nameExpr(field: NameField): unknown[] {
  const gets = FALLBACK_CHAIN[langOfField(field)].map((l) => ['get', labelField(l)]);
  return gets.length === 1 ? gets[0]! : ['coalesce', ...gets];
}
