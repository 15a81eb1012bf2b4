/** GeoJSON (RFC 7946) export: one Point feature per located record, a null geometry otherwise. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ImportRecord } from '../../model/types';
import { exportFields, type FieldValue } from './exportFields';
import type { BorderMeasure } from '../../geo/borderMeasure';

/** Records → a FeatureCollection whose properties are the export fields (without the coordinates); `borderOf` gives each record's border measures. */
export function recordsToGeoJson(
  records: readonly ImportRecord[],
  borderOf: (r: ImportRecord) => BorderMeasure | null = () => null,
): FeatureCollection<Point | null, Record<string, FieldValue>> {
  const features = records.map((r): Feature<Point | null, Record<string, FieldValue>> => {
    const { latitude, longitude, ...props } = exportFields(r, borderOf(r));
    const located = latitude !== '' && longitude !== '';
    return { type: 'Feature', id: r.id, geometry: located ? { type: 'Point', coordinates: [r.lon, r.lat] } : null, properties: props };
  });
  return { type: 'FeatureCollection', features };
}
