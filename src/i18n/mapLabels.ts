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

/** Longest data text drawn as a map label, in characters; longer text ends in "…" (the panel shows it all). */
export const MAX_LABEL_CHARS = 120;

/**
 * Bidirectional formatting characters: marks (LRM, RLM, ALM), embeddings and overrides
 * (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without bidi formatting characters (MapLibre cannot isolate them, so a label drops them). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Data text as it may reach a map label: bidi controls removed, whitespace runs collapsed to one
 * space, and cut to `max` characters (whole graphemes) ending in "…". MapLibre lays out every
 * character of a label, so very long text (thousands of characters) breaks its symbol layout.
 */
export function mapLabelText(text: string, max = MAX_LABEL_CHARS): string {
  const clean = stripBidiControls(text).replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  // Segment only a head of the text (enough for `max` graphemes unless they are very long).
  const head = clean.length > max * 8 ? clean.slice(0, max * 8) : clean;
  let graphemes = Array.from(graphemeSegmenter.segment(head), (s) => s.segment);
  if (graphemes.length <= max && head !== clean) graphemes = Array.from(graphemeSegmenter.segment(clean), (s) => s.segment);
  if (graphemes.length <= max) return clean;
  return `${graphemes
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
