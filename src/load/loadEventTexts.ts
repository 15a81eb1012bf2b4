/**
 * The shipped events' summaries and notes, on demand (`model/eventTexts.ts`): what shows or
 * searches them — the source panel, the search, the briefing check, the data export — calls
 * `loadEventTexts` first, or `loadEventTextsWhenSearched` keeps them coming with any search. Fetched
 * once per page. Not validated again: they are the half of the file the build validated whole.
 */
import type { EventTextsById } from '../model/eventTexts';
import { filterValue } from '../filters/filterDef';
import { searchFilter } from '../filters/defs/search';
import { watch, type AppStore } from '../state/appStore';
import { onceUntilFailure } from './onceUntilFailure';

const fetchTexts = onceUntilFailure(() => import('virtual:frontier-event-texts').then((m): EventTextsById => m.default));

/** Puts the texts into the store (once fetched) and gives them, for a dataset kept elsewhere (`withEventTexts`). */
export function loadEventTexts(store: AppStore): Promise<EventTextsById> {
  return fetchTexts().then((texts) => {
    store.getState().setEventTexts(texts);
    return texts;
  });
}

/**
 * Loads the texts as soon as a search is set (typed, in the URL, from a briefing step or the host):
 * until then a search matches titles, quotes and places only. Returns the unsubscribe.
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
