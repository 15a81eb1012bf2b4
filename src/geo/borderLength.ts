/** Border length from the drawn line, with turf (geodesic on the WGS84 sphere approximation). */
import { length } from '@turf/length';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';

/** Total length in km of every line in the collection. */
export function borderLengthKm(fc: FeatureCollection<LineString | MultiLineString>): number {
  return fc.features.reduce((sum, f) => sum + length(f, { units: 'kilometers' }), 0);
}
