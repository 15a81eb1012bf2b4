/** Border crossings and outposts: a distinct symbol each, labelled, never invented (see data/outposts.json). */
import type { FeatureCollection, Point } from 'geojson';
import type { Outpost } from '../../model/types';
import type { Lang } from '../../state/appStore';
import { dataText } from '../../i18n/dataText';
import { t } from '../../i18n/strings';
import { crossingIcon, outpostIcon } from '../../style/icons';
import { defineOverlay, followToggle, setGeoJson } from '../defineOverlay';
import type { Overlay, OwnToggle } from '../overlay';
import { inSlot } from '../../style/stack';

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

export const outpostsOverlay: Overlay<'outposts', OwnToggle> = defineOverlay({
  id: 'outposts',
  toggle: { label: 'layerOutposts', visible: true },
  sources: (_ctx, s) => ({ outposts: { type: 'geojson', data: outpostFeatures(s.data.dataset?.outposts ?? [], s.view.lang) } }),
  layers: (theme) => [
    inSlot('mark', {
      id: OUTPOST_LAYER,
      type: 'symbol',
      source: 'outposts',
      layout: {
        'icon-image': ['match', ['get', 'kind'], 'crossing', crossingIcon.id, outpostIcon.id],
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
    }),
  ],
  images: () => [crossingIcon, outpostIcon],
  legend: (theme, lang) => [{ id: 'crossing', symbol: { shape: 'diamond', color: theme.outpost }, label: t(lang, 'legendCrossing') }],
  sync: (map, store) => {
    const unToggle = followToggle(map, store, 'outposts', [OUTPOST_LAYER]);
    const unLang = store.subscribe(
      (s) => s.view.lang,
      (lang) => setGeoJson(map, 'outposts', outpostFeatures(store.getState().data.dataset?.outposts ?? [], lang)),
    );
    return () => {
      unToggle();
      unLang();
    };
  },
});
