/** The frontier's regions: a fill, a dashed outline and a name. The region shapes are a base source (events hatch them). */
import { labelField, nameExpr } from '../../i18n/mapLabels';
import { defineOverlay, followToggle } from '../defineOverlay';
import type { Overlay, OwnToggle } from '../overlay';
import { inSlot } from '../../style/stack';
import { perFeature } from '../../style/programs';

export const REGION_LAYERS = ['regions-fill', 'regions-line', 'regions-label'];

export const regionsOverlay: Overlay<'regions', OwnToggle> = defineOverlay({
  id: 'regions',
  toggle: { label: 'layerRegions', visible: true },
  sources: (ctx) => ({ 'region-labels': { type: 'geojson', data: ctx.labels.regions } }),
  layers: (t, lang) => [
    inSlot('area', {
      id: 'regions-fill',
      type: 'fill',
      source: 'regions',
      // Data-driven like the country fills, so both share one program; no antialiasing pass: the dashed outline covers the edge.
      paint: { 'fill-color': perFeature(t.regionFill), 'fill-opacity': 0.7, 'fill-antialias': false },
    }),
    inSlot('area', {
      id: 'regions-line',
      type: 'line',
      source: 'regions',
      paint: { 'line-color': t.regionLine, 'line-width': 1.2, 'line-dasharray': [3, 2] },
    }),
    inSlot('area-label', {
      id: 'regions-label',
      type: 'symbol',
      source: 'region-labels',
      layout: {
        'text-field': nameExpr(labelField(lang)) as never,
        'text-font': t.font,
        'text-size': 13,
        'text-letter-spacing': 0.1,
        'text-max-width': 8,
      },
      paint: { 'text-color': t.regionLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
    }),
  ],
  images: () => [],
  legend: () => [],
  sync: (map, store) => followToggle(map, store, 'regions', REGION_LAYERS),
});
