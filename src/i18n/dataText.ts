/**
 * Data text (titles, names, summaries) in the UI language, and the visible marker when a record
 * has none in it and another language is shown instead: "Столкновение (бо забони русӣ)".
 */
import { LANGS, fieldIn, localized, type Lang, type LocalizedText } from './langs';
import { localeOf } from './registry';
import { bdi, h } from '../ui/dom';

/** The record's text for `field` in `lang` (following the fallback chain); empty text when it has none. */
export function dataText(record: object, field: string, lang: Lang): LocalizedText {
  return localized(record, field, lang) ?? { text: '', lang, fallback: false };
}

/** The marker for text shown in another language than the UI's, in the UI language; '' when none is needed. */
export function fallbackMark(shown: LocalizedText, ui: Lang): string {
  return shown.fallback ? localeOf(ui).inLanguage[shown.lang] : '';
}

/** Text and marker as one string, for tooltips, canvas text and text-only elements. */
export function markedText(record: object, field: string, lang: Lang): string {
  const x = dataText(record, field, lang);
  return x.fallback ? `${x.text} ${fallbackMark(x, lang)}` : x.text;
}

/** Every language's version of the field that the record has, e.g. to tell whether a title came from it. */
export function allTexts(record: object, field: string): string[] {
  const r = record as Record<string, unknown>;
  return LANGS.map((l) => r[fieldIn(field, l)]).filter((v): v is string => typeof v === 'string' && v !== '');
}

/**
 * Fills `el` with the record's text, isolated (`<bdi>`) so bidi controls in it cannot reorder the
 * marker or anything else beside it; when that is in another language it gets its own `lang`
 * attribute (so it is read out in that language) and a muted marker in the UI language.
 */
export function fillDataText<E extends HTMLElement>(el: E, record: object, field: string, lang: Lang): E {
  const x = dataText(record, field, lang);
  el.append(bdi(x.text));
  if (x.fallback) {
    el.lang = x.lang;
    el.append(' ', h('span', { class: 'fallback-mark', lang, 'data-testid': 'fallback-mark', text: fallbackMark(x, lang) }));
  }
  return el;
}
