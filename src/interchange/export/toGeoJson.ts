/** GeoJSON (RFC 7946) export: one Point feature per located record, a null geometry otherwise. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ImportRecord } from '../../model/types';
import { exportFields, type FieldValue } from './exportFields';

/** Records → a FeatureCollection whose properties are the export fields (without the coordinates). */
export function recordsToGeoJson(records: readonly ImportRecord[]): FeatureCollection<Point | null, Record<string, FieldValue>> {
  const features = records.map((r): Feature<Point | null, Record<string, FieldValue>> => {
    const { latitude, longitude, ...props } = exportFields(r);
    const located = latitude !== '' && longitude !== '';
    return { type: 'Feature', id: r.id, geometry: located ? { type: 'Point', coordinates: [r.lon, r.lat] } : null, properties: props };
  });
  return { type: 'FeatureCollection', features };
}
