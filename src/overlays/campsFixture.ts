/**
 * A throwaway overlay for the tests (never registered, never shipped): refugee camps, written the
 * way a new overlay is — one module. `addOverlay.test.ts` registers it with one line and checks
 * that the URL, the host API, the legend, the toggles and the map all pick it up.
 */
import type { FeatureCollection, Point } from 'geojson';
import { defineOverlay, followToggle } from './defineOverlay';
import type { Overlay, OwnToggle } from './overlay';
import type { LayerId } from './registry';
import { inSlot } from '../style/stack';

const CAMPS: FeatureCollection<Point, { id: string; name: string }> = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [69.1, 37.3] }, properties: { id: 'camp-1', name: 'Camp 1' } }],
};

export const campsOverlay: Overlay<'camps', OwnToggle> = defineOverlay({
  id: 'camps',
  // A real overlay adds its own string key to each locale; the fixture borrows one.
  toggle: { label: 'layerPlaces', visible: true },
  sources: () => ({ camps: { type: 'geojson', data: CAMPS } }),
  layers: (theme) => [
    inSlot('mark', {
      id: 'camps-symbol',
      type: 'circle',
      source: 'camps',
      paint: { 'circle-radius': 6, 'circle-color': theme.outpost, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 },
    }),
  ],
  images: () => [],
  legend: (theme) => [{ id: 'camp', symbol: { shape: 'dot', color: theme.outpost }, label: 'Refugee camp' }],
  // Registered, 'camps' is a LayerId; unregistered (here) the type does not know it yet.
  sync: (map, store) => followToggle(map, store, 'camps' as LayerId, ['camps-symbol']),
});
