/** Border crossings and outposts: a distinct symbol each, labelled, never invented (see data/outposts.json). */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Outpost } from '../../model/types';
import type { AppStore, Lang } from '../../state/appStore';
import { dataText } from '../../i18n/dataText';
import type { Theme } from '../../style/theme';

export const OUTPOST_LAYER = 'outposts-symbol';

/** Point features for outposts/crossings with the label in the chosen language. */
export function outpostFeatures(outposts: readonly Outpost[], lang: Lang): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: outposts.map((o) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: o.lngLat },
      properties: { id: o.id, kind: o.kind, name: dataText(o, 'name', lang).text, precision: o.precision },
    })),
  };
}

/** Adds the outposts overlay; visibility follows the `outposts` layer toggle. Returns its teardown. */
export function addOutpostsLayer(map: MlMap, store: AppStore, theme: Theme): () => void {
  const s = store.getState();
  map.addSource('outposts', { type: 'geojson', data: outpostFeatures(s.data.dataset?.outposts ?? [], s.view.lang) });
  map.addLayer({
    id: OUTPOST_LAYER,
    type: 'symbol',
    source: 'outposts',
    layout: {
      'icon-image': ['match', ['get', 'kind'], 'crossing', 'icon-crossing', 'icon-outpost'],
      'icon-allow-overlap': true,
      // Crossings sit at settlements: the icon must not push the settlement's own label away.
      'icon-ignore-placement': true,
      'text-field': ['get', 'name'],
      'text-font': theme.font,
      'text-size': 10.5,
      'text-variable-anchor': ['right', 'bottom-right', 'top-right', 'left'],
      'text-radial-offset': 1,
      'text-optional': true,
    },
    paint: { 'text-color': '#4a5568', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
  });
  // Region and settlement labels outrank crossing labels: symbol layers drawn later are placed first.
  for (const id of ['regions-label', 'places-label', 'places-label-key']) if (map.getLayer(id)) map.moveLayer(id);
  const apply = (on: boolean): void => void map.setLayoutProperty(OUTPOST_LAYER, 'visibility', on ? 'visible' : 'none');
  apply(s.view.layers.outposts);
  const unsub = store.subscribe((st) => st.view.layers.outposts, apply);
  const unsubLang = store.subscribe(
    (st) => st.view.lang,
    (lang) => {
      const src = map.getSource('outposts');
      if (src && 'setData' in src)
        (src as { setData(d: unknown): void }).setData(outpostFeatures(store.getState().data.dataset?.outposts ?? [], lang));
    },
  );
  return () => {
    unsub();
    unsubLang();
    if (map.getLayer(OUTPOST_LAYER)) map.removeLayer(OUTPOST_LAYER);
    if (map.getSource('outposts')) map.removeSource('outposts');
  };
}
