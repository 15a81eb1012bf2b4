/**
 * Border crossings and posts: a distinct symbol each, labelled, never invented (see
 * data/outposts.json). A post whose site is not published is drawn at its district's seat inside
 * a dashed ring and labelled "(approx.)"; clicking a post selects it (the post panel).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { MapMouseEvent } from 'maplibre-gl';
import type { Outpost } from '../../model/types';
import type { Lang } from '../../state/appStore';
import { dataText } from '../../i18n/dataText';
import { mapLabelText } from '../../i18n/mapLabels';
import { t } from '../../i18n/strings';
import { crossingIcon, outpostIcon, postApproxIcon } from '../../style/icons';
import { EVENT_LAYERS } from '../events/eventsOverlay';
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
      properties: {
        id: o.id,
        kind: o.kind,
        name: o.approximate
          ? `${mapLabelText(dataText(o, 'name', lang).text)} (${t(lang, 'approx')})`
          : mapLabelText(dataText(o, 'name', lang).text),
        precision: o.precision,
        icon: o.kind === 'crossing' ? crossingIcon.id : o.approximate ? postApproxIcon.id : outpostIcon.id,
      },
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
        'icon-image': ['get', 'icon'],
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
  images: () => [crossingIcon, outpostIcon, postApproxIcon],
  legend: (theme, lang, s) => [
    { id: 'crossing', symbol: { shape: 'diamond', color: theme.outpost }, label: t(lang, 'legendCrossing') },
    ...((s?.data.dataset?.outposts ?? []).some((o) => o.kind === 'post')
      ? [{ id: 'post', symbol: { shape: 'post', color: theme.outpost } as const, label: t(lang, 'legendPost') }]
      : []),
  ],
  sync: (map, store) => {
    const unToggle = followToggle(map, store, 'outposts', [OUTPOST_LAYER]);
    const unLang = store.subscribe(
      (s) => s.view.lang,
      (lang) => setGeoJson(map, 'outposts', outpostFeatures(store.getState().data.dataset?.outposts ?? [], lang)),
    );
    // A post's icon opens its panel; an event pin under the pointer wins (the events overlay selects it).
    // Deferred so that it runs after every click listener, over an event's area or district ring.
    const onClick = (ev: MapMouseEvent): void => {
      if (!map.getLayer(OUTPOST_LAYER)) return;
      const post = map.queryRenderedFeatures(ev.point, { layers: [OUTPOST_LAYER] }).find((f) => f.properties['kind'] === 'post');
      if (!post) return;
      const pins = map.getLayer(EVENT_LAYERS.points) ? map.queryRenderedFeatures(ev.point, { layers: [EVENT_LAYERS.points] }) : [];
      if (pins.length) return;
      queueMicrotask(() => store.getState().select(String(post.properties['id'])));
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      unToggle();
      unLang();
    };
  },
});
