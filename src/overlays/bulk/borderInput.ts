/** What the bulk worker needs to build the border index: the line and the two countries' outlines (structured-cloned, ~140 kB). */
import type { BorderIndexInput } from '../../geo/borderMeasure';
import type { GeoBundle } from '../../model/types';

/** The border index's input from the loaded geography; undefined when a part is missing (measures are then unknown). */
export function borderInputOf(geo: GeoBundle | null): BorderIndexInput | undefined {
  const line = geo?.border.features[0]?.geometry;
  const country = (id: string) => geo?.countries.features.find((f) => f.properties.id === id)?.geometry;
  const tj = country('TJK');
  const af = country('AFG');
  return line && line.type === 'LineString' && tj && af ? { border: line, tj, af } : undefined;
}
