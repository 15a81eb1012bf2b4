/**
 * GeoJSON (RFC 7946) import: a FeatureCollection or a single Feature whose geometry is a Point
 * (or null for an event without a place) and whose properties carry the record's fields — the
 * keys the app's own export writes, or ACLED's column names. Other geometry types are rejected
 * per feature, naming the type found.
 */
import { isObject, recordLabel } from '../../schema/dialect';
import { show, validationError } from '../../schema/messages';
import type { ValidationError } from '../../schema/messages';
import type { ImportRecord } from '../../model/types';
import type { ImportResult, ProgressFn } from '../importTypes';
import { fatalResult } from '../importTypes';
import { readRecord, type RawCoords, type RecordContext } from '../readRecord';

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) {
    const keys = Object.keys(value).slice(0, 5);
    return keys.length ? `an object with keys ${keys.join(', ')}` : 'an empty object';
  }
  return JSON.stringify(value) ?? String(value);
}

/** The features of a GeoJSON document, or why it is not one the app can read. */
function featuresOf(doc: unknown): unknown[] | string {
  if (!isObject(doc)) return `expected a GeoJSON FeatureCollection or Feature, got ${describe(doc)}`;
  const type = doc['type'];
  if (type === 'FeatureCollection') {
    return Array.isArray(doc['features']) ? doc['features'] : `expected "features" to be an array, got ${describe(doc['features'])}`;
  }
  if (type === 'Feature') return [doc];
  if (
    typeof type === 'string' &&
    ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'].includes(type)
  ) {
    return `expected a Feature or FeatureCollection, got a bare ${type} geometry (it has no date or other properties)`;
  }
  return `expected a GeoJSON FeatureCollection or Feature, got ${typeof type === 'string' ? `type "${type}"` : describe(doc)}`;
}

/** Coordinates of a Point geometry, null for a null geometry, or what is wrong with it (field and detail). */
function coordsOf(geometry: unknown): RawCoords | null | [string, string] {
  if (geometry === null) return null;
  if (!isObject(geometry)) return ['geometry', `expected a Point geometry or null, got ${describe(geometry)}`];
  if (geometry['type'] !== 'Point')
    return [
      'geometry.type',
      `expected "Point" (or a null geometry for an event without a place), got ${JSON.stringify(geometry['type']) ?? 'nothing'}`,
    ];
  const c = geometry['coordinates'];
  if (!Array.isArray(c))
    return ['geometry.coordinates', `expected [longitude, latitude], got ${c === undefined ? 'nothing' : describe(c)}`];
  if (c.length < 2 || c.length > 3)
    return ['geometry.coordinates', `expected a position of 2 or 3 numbers ([longitude, latitude] or with altitude), got ${c.length}`];
  if (c.length === 3 && (typeof c[2] !== 'number' || !Number.isFinite(c[2])))
    return ['geometry.coordinates[2]', `expected a finite number (altitude), got ${show(c[2])}`];
  return { lon: c[0], lat: c[1], lonField: 'geometry.coordinates[0]', latField: 'geometry.coordinates[1]', numbersOnly: true };
}

/** Properties by trimmed name, as CSV columns are named (the first of two names that trim alike wins; empty names are dropped). */
function trimmedNames(props: Record<string, unknown>): Record<string, unknown> {
  const named = new Map<string, unknown>();
  for (const [k, value] of Object.entries(props)) {
    const name = k.trim();
    if (name !== '' && !named.has(name)) named.set(name, value);
  }
  return Object.fromEntries(named);
}

/** Validates a parsed GeoJSON document into records; features are 0-based in messages. */
export function parseGeoJson(doc: unknown, file: string, ctx: RecordContext, onProgress?: ProgressFn): ImportResult {
  const features = featuresOf(doc);
  if (typeof features === 'string') return fatalResult(file, 'geojson', features);
  const records: ImportRecord[] = [];
  const errors: ValidationError[] = [];
  const seen = new Map<string, number>();
  let rejected = 0;
  const step = Math.max(1, Math.floor(features.length / 100));
  features.forEach((feature, i) => {
    const props = isObject(feature) && isObject(feature['properties']) ? trimmedNames(feature['properties']) : {};
    const label = recordLabel('feature', isObject(feature) && feature['id'] !== undefined ? { id: String(feature['id']) } : props, i);
    const fail = (field: string, detail: string): void => void errors.push(validationError(file, label, field, detail));
    let rec: ImportRecord | undefined;
    if (!isObject(feature) || feature['type'] !== 'Feature') {
      fail('type', `expected "Feature", got ${isObject(feature) ? (JSON.stringify(feature['type']) ?? 'nothing') : describe(feature)}`);
    } else if (feature['properties'] !== null && feature['properties'] !== undefined && !isObject(feature['properties'])) {
      fail('properties', `expected an object or null, got ${describe(feature['properties'])}`);
    } else {
      const coords = coordsOf(feature['geometry']);
      if (Array.isArray(coords)) fail(...coords);
      else {
        const read = readRecord({ file, record: label, dateKey: 'date' }, props, coords, i, ctx, feature['id']);
        if ('record' in read) rec = read.record;
        else errors.push(...read.errors);
      }
    }
    if (rec !== undefined && seen.has(rec.id)) {
      fail('id', `expected a unique id, got "${rec.id}" (already used by feature #${seen.get(rec.id)})`);
      rec = undefined;
    }
    if (rec === undefined) rejected += 1;
    else {
      seen.set(rec.id, i);
      records.push(rec);
    }
    if (onProgress && i % step === 0) onProgress(i / features.length);
  });
  onProgress?.(1);
  return { file, format: 'geojson', records, errors, total: features.length, rejected, fatal: null };
}
