/**
 * The benchmark's naive baseline: the same events as a GeoJSON source with one circle layer and
 * `map.setFilter` per window change. Kept only to measure against; the app never uses it.
 */
import type { Map as MlMap, FilterSpecification, GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { syntheticRaw } from './synthetic';
import type { TimeWindow } from '../../src/calendar/window';

const SOURCE = 'naive-bulk';
const LAYER = 'naive-bulk-points';

export interface NaiveBaseline {
  setWindow(w: TimeWindow): void;
  remove(): void;
}

/** The overlap rule of src/time/window.ts as a MapLibre filter expression. */
export function naiveFilter(w: TimeWindow): FilterSpecification {
  return ['all', ['<', ['get', 's'], w.end], ['>', ['get', 'e'], w.start]] as FilterSpecification;
}

/** Adds `count` seeded synthetic events as GeoJSON; resolves when the source has loaded. */
export function addNaiveBaseline(map: MlMap, count: number, seed: number, w: TimeWindow): Promise<NaiveBaseline> {
  const raw = syntheticRaw(count, seed);
  const data: FeatureCollection<Point, { s: number; e: number; k: number }> = {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [raw.lon[i]!, raw.lat[i]!] },
      properties: { s: raw.startDay[i]!, e: raw.endDay[i]! + 1, k: raw.kind[i]! },
    })),
  };
  map.addSource(SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: LAYER,
    type: 'circle',
    source: SOURCE,
    filter: naiveFilter(w),
    paint: { 'circle-radius': 2.5, 'circle-color': '#d7301f', 'circle-opacity': 0.8 },
  });
  return new Promise((resolve) => {
    const done = (): void => {
      resolve({
        setWindow: (win) => map.setFilter(LAYER, naiveFilter(win)),
        remove: () => {
          if (map.getLayer(LAYER)) map.removeLayer(LAYER);
          if (map.getSource(SOURCE)) map.removeSource(SOURCE);
        },
      });
    };
    const check = (): void => {
      if ((map.getSource(SOURCE) as GeoJSONSource | undefined) && map.isSourceLoaded(SOURCE) && map.areTilesLoaded()) {
        map.off('idle', check);
        done();
      }
    };
    map.on('idle', check);
  });
}
