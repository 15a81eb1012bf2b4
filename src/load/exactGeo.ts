/**
 * The exact geography (1e-5°), on demand: the default view draws the light file (simplified, at
 * 1e-3°: under half a CSS pixel off below z8), and whatever measures against the lines — an import, a bulk set, the
 * along-the-border chart, the comparison, the CSV export's measures — calls `loadExactGeo` first,
 * as does the map once zoomed in past `EXACT_GEO_ZOOM` (images, decks and recordings draw the map
 * as it is on screen). Fetched and validated once per page, then put in the store, so every later
 * reader gets the exact lines.
 */
import type { GeoBundle } from '../model/types';
import type { AppStore } from '../state/appStore';
import { GEO_PACKED } from '../schema/manifest';
import { fetchGeo } from './fetchDefault';
import { onceUntilFailure } from './onceUntilFailure';

export { EXACT_GEO_ZOOM } from '../geo/packGeo';

const fetchExact = onceUntilFailure(() => fetchGeo(GEO_PACKED));

/** The exact geography: fetched once per page and put in the store (the dataset on screen stays). */
export function loadExactGeo(store: AppStore): Promise<GeoBundle> {
  return fetchExact().then((geo) => {
    const shown = store.getState().data.geo;
    // Nothing on screen yet (or a failed load): nothing to replace.
    if (shown !== null && shown !== geo) store.getState().setGeo(geo);
    return geo;
  });
}

/**
 * For views that measure: the exact geography, or, if it cannot be loaded, a logged error and the
 * light one (measures then off by metres, never missing) — the view still opens.
 */
export function withExactGeo(store: AppStore): Promise<void> {
  return loadExactGeo(store).then(
    () => undefined,
    (e: unknown) => console.error('Frontier Map: the exact geography failed to load; measuring on the light one', e),
  );
}
