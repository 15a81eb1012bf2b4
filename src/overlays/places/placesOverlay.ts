/** Settlements: a dot by rank and a label; key places (the village the briefings are about) are always labelled. */
import type { Lang } from '../../state/appStore';
import type { Theme } from '../../style/theme';
import { t } from '../../i18n/strings';
import { labelField, nameExpr } from '../../i18n/mapLabels';
import { defineOverlay, followToggle } from '../defineOverlay';
import type { Overlay, OwnToggle } from '../overlay';
import { inSlot } from '../../style/stack';

/** Places whose label must always show (the incident village the briefings are about). */
export const KEY_PLACES = ['shadak'];

export const PLACE_LAYERS = ['places-dot', 'places-label', 'places-label-key', 'settlements-dot', 'settlements-label'];

/** The many smaller settlements near the border appear from this zoom, larger ones first. */
export const SETTLEMENTS_MINZOOM = 7.5;

/** Label text in `lang`; approximate points say so (e.g. Shadak is derived, never surveyed). */
const placeLabel = (lang: Lang): never => {
  const text = nameExpr(labelField(lang));
  return ['case', ['==', ['get', 'precision'], 'approximate'], ['concat', text, ` (${t(lang, 'approx')})`], text] as never;
};

const isKey = ['in', ['get', 'id'], ['literal', KEY_PLACES]];

/** A settlement dot's colour and outline (bound per feature, as every circle layer is: programs.ts). */
const dotPaint = (theme: Theme) => ({
  'circle-color': theme.placeDot,
  'circle-stroke-color': '#fff',
  'circle-stroke-width': 1,
});

export const placesOverlay: Overlay<'places', OwnToggle> = defineOverlay({
  id: 'places',
  toggle: { label: 'layerPlaces', visible: true },
  sources: (ctx) => ({ places: { type: 'geojson', data: ctx.geo.places }, settlements: { type: 'geojson', data: ctx.geo.settlements } }),
  layers: (theme, lang) => [
    inSlot('place', {
      id: 'settlements-dot',
      type: 'circle',
      source: 'settlements',
      minzoom: SETTLEMENTS_MINZOOM,
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 2, 3.5, 3, 3, 2.5],
        ...dotPaint(theme),
      },
    }),
    inSlot('place-label', {
      id: 'settlements-label',
      type: 'symbol',
      source: 'settlements',
      minzoom: SETTLEMENTS_MINZOOM,
      layout: {
        'text-field': placeLabel(lang),
        'text-font': theme.font,
        'text-size': ['match', ['get', 'rank'], 2, 12, 3, 11, 10],
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        // Larger places win collisions; the smallest show only when there is room (zoomed in).
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': theme.placeLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    }),
    inSlot('place', {
      id: 'places-dot',
      type: 'circle',
      source: 'places',
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 5, 2, 4, 3, 3, 2.5],
        ...dotPaint(theme),
      },
    }),
    inSlot('place-label', {
      id: 'places-label',
      type: 'symbol',
      source: 'places',
      layout: {
        'text-field': placeLabel(lang),
        'text-font': theme.font,
        'text-size': ['match', ['get', 'rank'], 1, 15, 2, 13, 3, 12, 11],
        'text-anchor': 'left',
        'text-offset': [0.6, 0],
        'text-optional': false,
        'symbol-sort-key': ['get', 'rank'],
      },
      filter: ['!', isKey] as never,
      paint: { 'text-color': theme.placeLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    }),
    inSlot('place-label', {
      // Key places (Shadak) are what users look for: always labelled, never lost to a collision.
      id: 'places-label-key',
      type: 'symbol',
      source: 'places',
      filter: isKey as never,
      layout: {
        'text-field': placeLabel(lang),
        'text-font': theme.fontBold,
        'text-size': 12,
        'text-anchor': 'bottom-left',
        'text-offset': [0.4, -0.3],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': theme.placeLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 2 },
    }),
  ],
  images: () => [],
  legend: () => [],
  sync: (map, store) => followToggle(map, store, 'places', PLACE_LAYERS),
});
