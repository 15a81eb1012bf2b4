/** Rivers (the Amu Darya and Panj are the border): lines and their names. */
import { t as str } from '../../i18n/strings';
import { labelField, nameExpr } from '../../i18n/mapLabels';
import { defineOverlay, followToggle } from '../defineOverlay';
import type { Overlay, OwnToggle } from '../overlay';
import { inSlot } from '../../style/stack';

export const RIVER_LAYERS = ['rivers-line', 'rivers-label-point', 'rivers-label'];

export const riversOverlay: Overlay<'rivers', OwnToggle> = defineOverlay({
  id: 'rivers',
  toggle: { label: 'layerRivers', visible: true },
  sources: (ctx) => ({
    rivers: { type: 'geojson', data: ctx.geo.rivers },
    'river-labels': { type: 'geojson', data: ctx.labels.rivers },
  }),
  layers: (t, lang) => {
    const text = nameExpr(labelField(lang)) as never;
    return [
      inSlot('water', {
        id: 'rivers-line',
        type: 'line',
        source: 'rivers',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': t.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 9, 2.5] },
      }),
      inSlot('basemap-label', {
        // At small scales the border rivers wiggle too much for a label along the line: one
        // horizontal label at each river's midpoint instead.
        id: 'rivers-label-point',
        type: 'symbol',
        source: 'river-labels',
        maxzoom: 8,
        layout: {
          'text-field': text,
          'text-font': t.font,
          'text-size': 12,
          'text-letter-spacing': 0.08,
          'text-anchor': 'top',
          'text-offset': [0, 0.6],
          'symbol-sort-key': ['get', 'rank'],
          // Keeps a river's other candidates from repeating its name right beside it.
          'text-padding': 4,
        },
        paint: { 'text-color': t.riverLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
      }),
      inSlot('basemap-label', {
        id: 'rivers-label',
        type: 'symbol',
        source: 'rivers',
        minzoom: 8,
        layout: {
          'symbol-placement': 'line',
          'text-field': text,
          'text-font': t.font,
          'text-size': 12,
          'text-letter-spacing': 0.08,
          // Border rivers meander: allow sharper bends and repeat often so every river gets a name.
          'text-max-angle': 80,
          'symbol-spacing': 220,
          'text-offset': [0, -0.8],
        },
        paint: { 'text-color': t.riverLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
      }),
    ];
  },
  images: () => [],
  legend: (t, lang) => [
    { id: 'rivers', symbol: { shape: 'line', color: t.river, width: 2, opacity: 1 }, label: str(lang, 'legendRivers') },
  ],
  sync: (map, store) => followToggle(map, store, 'rivers', RIVER_LAYERS),
});
