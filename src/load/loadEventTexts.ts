/**
 * The shipped events' texts (summaries, notes, translated titles, date inferences) and the posts'
 * notes, on demand (`model/eventTexts.ts`):
 * what shows or searches them — the source panel, the search, the briefing check, the data export —
 * calls `loadEventTexts` first, `loadEventTextsWhenSearched` keeps them coming with any search, and
 * the UI switches to a language other than English only through `loadLanguage`, so no title is
 * shown as missing its translation while it loads. Fetched once per page. Not validated again:
 * they are the half of the files the build validated whole.
 */
import type { ShippedTexts } from '../model/eventTexts';
import { BASE_LANG, type Lang } from '../i18n/langs';
import { loadLocale } from '../i18n/registry';
import { filterValue } from '../filters/filterDef';
import { searchFilter } from '../filters/defs/search';
import { watch, type AppStore } from '../state/appStore';
import { onceUntilFailure } from './onceUntilFailure';

const fetchTexts = onceUntilFailure(() => import('virtual:frontier-event-texts').then((m): ShippedTexts => m.default));

/** The events' texts and the posts' notes by id, fetched once; for the boot, which has no store yet (`withShippedTexts` puts them on). */
export const fetchEventTexts = fetchTexts;

/** True when the UI in `lang` shows event texts the default view lacks: every language but English (the titles). */
export const langNeedsEventTexts = (lang: Lang): boolean => lang !== BASE_LANG;

/** What the UI needs before it switches to `lang`: its strings and, in another language than English, the events' texts. */
export function loadLanguage(store: AppStore, lang: Lang): Promise<void> {
  return Promise.all([loadLocale(lang), langNeedsEventTexts(lang) ? loadEventTexts(store) : null]).then(() => undefined);
}

/** Puts the texts into the store (once fetched) and gives them, for a dataset kept elsewhere (`withShippedTexts`). */
export function loadEventTexts(store: AppStore): Promise<ShippedTexts> {
  return fetchTexts().then((texts) => {
    store.getState().setShippedTexts(texts);
    return texts;
  });
}

/**
 * Loads the texts as soon as a search is set (typed, in the URL, from a briefing step or the host):
 * until then a search matches English titles, quotes and places only. Returns the unsubscribe.
 */
export function loadEventTextsWhenSearched(store: AppStore): () => void {
  const check = (): void => {
    if (!searchFilter.isActive(filterValue(searchFilter, store.getState().filters))) return;
    stop();
    loadEventTexts(store).catch((e: unknown) => {
      console.error(e);
      // The next search tries again.
      stop = watch(store, (s) => [s.filters] as const, check);
    });
  };
  let stop = watch(store, (s) => [s.filters] as const, check);
  check();
  return () => stop();
}
