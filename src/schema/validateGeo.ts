/**
 * Structural validation of the geography files: each is a FeatureCollection of the expected
 * geometry types whose features carry an `id` and `name`. Errors name file, feature and field.
 */
import type { DatasetCredit, GeoBundle } from '../model/types';

type GeoFiles = Record<'border' | 'regions' | 'countries' | 'rivers' | 'places' | 'settlements' | 'districts' | 'credits', unknown>;

const GEOMETRY: Record<Exclude<keyof GeoFiles, 'credits'>, string[]> = {
  border: ['LineString', 'MultiLineString'],
  regions: ['Polygon', 'MultiPolygon'],
  countries: ['Polygon', 'MultiPolygon'],
  rivers: ['LineString', 'MultiLineString'],
  places: ['Point'],
  settlements: ['Point'],
  districts: ['Point'],
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Area files whose features carry a build-time label anchor `label: [lon, lat]`. */
const ANCHORED: ReadonlySet<string> = new Set(['regions', 'countries', 'districts']);
const isLngLat = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x)) && Math.abs(v[1] as number) <= 90;

/** Checks every geo file; returns the typed bundle or every problem found. */
export function parseGeoBundle(files: GeoFiles): { ok: true; geo: GeoBundle } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  for (const key of Object.keys(GEOMETRY) as Array<keyof typeof GEOMETRY>) {
    const file =
      key === 'border' ||
      key === 'regions' ||
      key === 'countries' ||
      key === 'rivers' ||
      key === 'places' ||
      key === 'settlements' ||
      key === 'districts'
        ? `${key}.geojson`
        : key;
    const fc = files[key];
    if (!isObj(fc) || fc['type'] !== 'FeatureCollection' || !Array.isArray(fc['features'])) {
      errors.push(`${file}: expected a GeoJSON FeatureCollection`);
      continue;
    }
    (fc['features'] as unknown[]).forEach((f, i) => {
      const label = `${file} › feature #${i}`;
      if (!isObj(f) || f['type'] !== 'Feature') return void errors.push(`${label}: expected a Feature`);
      const g = f['geometry'];
      if (!isObj(g) || !GEOMETRY[key].includes(String(g['type'])) || !Array.isArray(g['coordinates']))
        errors.push(`${label} › geometry: expected ${GEOMETRY[key].join(' or ')}, got ${isObj(g) ? String(g['type']) : String(g)}`);
      const p = f['properties'];
      if (!isObj(p)) return void errors.push(`${label} › properties: expected an object`);
      if (typeof p['id'] !== 'string' || !p['id']) errors.push(`${label} › properties.id: expected a non-empty string`);
      if (typeof p['name'] !== 'string' || !p['name']) errors.push(`${label} › properties.name: expected a non-empty string`);
      if (ANCHORED.has(key) && !isLngLat(p['label']))
        errors.push(`${label} › properties.label: expected [lon, lat] (the label anchor), got ${JSON.stringify(p['label'])}`);
    });
  }
  if (
    !Array.isArray(files.credits) ||
    !files.credits.every((c) => isObj(c) && typeof c['name'] === 'string' && typeof c['licence'] === 'string')
  )
    errors.push('sources.json: expected an array of dataset credits with name and licence');
  if (errors.length) return { ok: false, errors };
  return { ok: true, geo: { ...(files as unknown as Omit<GeoBundle, 'credits'>), credits: files.credits as DatasetCredit[] } };
}
