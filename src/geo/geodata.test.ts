/**
 * Invariants of the committed geodata under data/geo/ (built by `npm run data:geo`, i.e.
 * scripts/geo/main.ts). Read from disk; no network, no .geo-cache needed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseGeoBundle } from '../schema/geo';
import { border, countries, credits, districts, GEO, places, regions, rivers, settlements } from './committedGeo';

const FILES = {
  'border.geojson': border,
  'countries.geojson': countries,
  'regions.geojson': regions,
  'rivers.geojson': rivers,
  'places.geojson': places,
  'settlements.geojson': settlements,
  'districts.geojson': districts,
} as const;

/* ------------------------------------------------------------------ property shape checks */

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string' && v.length > 0;
const strOrNull: Check = (v) => v === null || str(v);
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const numOrNull: Check = (v) => v === null || num(v);
const bool: Check = (v) => typeof v === 'boolean';
const oneOf =
  (...xs: readonly unknown[]): Check =>
  (v) =>
    xs.includes(v);
const lngLat: Check = (v) => Array.isArray(v) && v.length === 2 && v.every(num);
const tajikOrNull: Check = (v) => v === null || (typeof v === 'string' && /^[\u0400-\u04FF\s\-–]+$/.test(v) && /[ғӣқӯҳҷ]/i.test(v));
const cyrillicOrNull: Check = (v) => v === null || (typeof v === 'string' && /^[\u0400-\u04FF\s\-–()]+$/.test(v));

/** Problems with `props` against the required/optional keys of a types.ts interface. */
function shapeErrors(props: unknown, required: Record<string, Check>, optional: Record<string, Check> = {}): string[] {
  if (typeof props !== 'object' || props === null) return ['properties is not an object'];
  const rec = props as Record<string, unknown>;
  const errors: string[] = [];
  for (const [k, check] of Object.entries(required)) {
    if (!(k in rec)) errors.push(`missing ${k}`);
    else if (!check(rec[k])) errors.push(`bad ${k}: ${JSON.stringify(rec[k])}`);
  }
  for (const k of Object.keys(rec)) {
    if (k in required) continue;
    const check = optional[k];
    if (check === undefined) errors.push(`unexpected key ${k}`);
    else if (!check(rec[k])) errors.push(`bad ${k}: ${JSON.stringify(rec[k])}`);
  }
  return errors;
}

const BORDER_SHAPE = { id: oneOf('tj-af'), name: str, official_length_km: num, official_length_source: str, source: str };
const COUNTRY_SHAPE = {
  id: (v: unknown) => typeof v === 'string' && /^[A-Z]{3}$/.test(v),
  name: str,
  name_ru: cyrillicOrNull,
  role: oneOf('focus', 'context'),
  source: str,
  label: lngLat,
};
const REGION_SHAPE = {
  id: (v: unknown) => typeof v === 'string' && /^(TJ|AF)-[A-Z]{2}$/.test(v),
  name: str,
  name_ru: cyrillicOrNull,
  country: oneOf('TJ', 'AF'),
  published_area_km2: numOrNull,
  source: str,
  label: lngLat,
};
const RIVER_SHAPE = { id: str, name: str, name_ru: cyrillicOrNull, border: bool, source: str };
const PLACE_SHAPE = {
  id: (v: unknown) => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
  name: str,
  name_ru: cyrillicOrNull,
  name_tg: tajikOrNull,
  country: oneOf('TJ', 'AF', 'UZ', 'KG', 'CN', 'PK'),
  rank: oneOf(1, 2, 3, 4),
  geonameid: (v: unknown) => v === null || (Number.isInteger(v) && (v as number) > 0),
  precision: oneOf('gazetteer', 'approximate'),
  source: str,
};
const PLACE_OPTIONAL = { note: str };
const DISTRICT_SHAPE = {
  id: (v: unknown) => typeof v === 'string' && /^(tj|af)-[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
  name: str,
  name_ru: cyrillicOrNull,
  name_tg: tajikOrNull,
  formerly: strOrNull,
  country: oneOf('TJ', 'AF'),
  region: str,
  geonames_adm2: (v: unknown) => typeof v === 'string' && /^(TJ|AF)\.\d{2}\.\d+$/.test(v),
  geonames_name: str,
  seat: strOrNull,
  geonameid: (v: unknown) => Number.isInteger(v) && (v as number) > 0,
  outline: oneOf(false),
  label: lngLat,
  source: str,
};

const GEOMETRY_TYPES: Record<keyof typeof FILES, readonly Geometry['type'][]> = {
  'border.geojson': ['LineString', 'MultiLineString'],
  'countries.geojson': ['Polygon', 'MultiPolygon'],
  'regions.geojson': ['Polygon', 'MultiPolygon'],
  'rivers.geojson': ['LineString', 'MultiLineString'],
  'places.geojson': ['Point'],
  'settlements.geojson': ['Point'],
  'districts.geojson': ['Point'],
};
const SHAPES: Record<keyof typeof FILES, [Record<string, Check>, Record<string, Check>]> = {
  'border.geojson': [BORDER_SHAPE, {}],
  'countries.geojson': [COUNTRY_SHAPE, {}],
  'regions.geojson': [REGION_SHAPE, {}],
  'rivers.geojson': [RIVER_SHAPE, {}],
  'places.geojson': [PLACE_SHAPE, PLACE_OPTIONAL],
  'settlements.geojson': [PLACE_SHAPE, {}],
  'districts.geojson': [DISTRICT_SHAPE, {}],
};

const fileNames = Object.keys(FILES) as Array<keyof typeof FILES>;
const idOf = (f: Feature<Geometry, { id: string }>): string => f.properties.id;

describe('data/geo files', () => {
  it.each(fileNames)('%s: every feature has the properties of types.ts, and a valid geometry', (file) => {
    const fc = FILES[file] as FeatureCollection<Geometry, { id: string }>;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    const [required, optional] = SHAPES[file];
    for (const f of fc.features) {
      expect(shapeErrors(f.properties, required, optional), `${file} ${idOf(f)}`).toEqual([]);
      expect(GEOMETRY_TYPES[file]).toContain(f.geometry.type);
    }
  });

  it.each(fileNames)('%s: ids are unique and sorted (stable output)', (file) => {
    const ids = (FILES[file] as FeatureCollection<Geometry, { id: string }>).features.map(idOf);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('stays within the 400 KB budget', () => {
    const total = readdirSync(GEO).reduce((sum, f) => sum + statSync(new URL(f, GEO)).size, 0);
    expect(total).toBeLessThanOrEqual(400 * 1024);
  });

  // The default view loads these files: keep the new ones small once compressed.
  it.each([
    ['districts.geojson', 15 * 1024],
    ['places.geojson', 5 * 1024],
    ['settlements.geojson', 10 * 1024],
  ])('%s stays under %i bytes gzipped', (file, budget) => {
    expect(gzipSync(readFileSync(new URL(file, GEO)), { level: 9 }).length).toBeLessThanOrEqual(budget);
  });
});

describe('label anchors', () => {
  it.each([
    ...countries.features.map((f) => ['countries.geojson', f.properties.id, f.properties.label, f.geometry] as const),
    ...regions.features.map((f) => ['regions.geojson', f.properties.id, f.properties.label, f.geometry] as const),
  ])('%s %s: the label anchor lies strictly inside the outline', (_file, _id, label, geometry) => {
    expect(booleanPointInPolygon(label, geometry, { ignoreBoundary: true })).toBe(true);
  });
});

describe('parseGeoBundle() on the committed files', () => {
  const files = { border, regions, countries, rivers, places, settlements, districts, credits };
  it('accepts them', () => {
    expect(parseGeoBundle(files).ok).toBe(true);
  });
  it('refuses an area without its label anchor, naming file, feature and field', () => {
    const [first, ...rest] = regions.features;
    if (first === undefined) throw new Error('no regions');
    const { label: _drop, ...props } = first.properties;
    const broken = { ...regions, features: [{ ...first, properties: props }, ...rest] };
    const result = parseGeoBundle({ ...files, regions: broken });
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^regions\.geojson › feature #0 › properties\.label: expected \[lon, lat\]/),
    ]);
  });
});

/* ------------------------------------------------------------------ credits */

describe('sources.json', () => {
  it('is a list of DatasetCredit', () => {
    const shape = {
      id: str,
      name: str,
      package: strOrNull,
      version: strOrNull,
      licence: str,
      attribution: str,
      used_for: (v: unknown) => Array.isArray(v) && v.length > 0 && v.every(str),
      extracted: (v: unknown) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
    };
    expect(credits.length).toBeGreaterThan(0);
    for (const c of credits) expect(shapeErrors(c, shape), c.id).toEqual([]);
    expect(new Set(credits.map((c) => c.id)).size).toBe(credits.length);
  });

  it.each(fileNames)('credits the data of %s', (file) => {
    expect(credits.some((c) => c.used_for.some((u) => u.startsWith(file)))).toBe(true);
  });

  it('credits every dataset a feature names in its source', () => {
    const all = fileNames.flatMap((file) =>
      (FILES[file] as FeatureCollection<Geometry, { id: string; source: string }>).features.map((f) => ({
        file,
        id: f.properties.id,
        source: f.properties.source,
      })),
    );
    for (const { file, id, source } of all) {
      const credited = credits.filter((c) => source.includes(c.package ?? c.name) || source.includes(c.name));
      expect(credited.length, `${file} ${id}: ${source}`).toBeGreaterThan(0);
      // Every "npm <package>@<version>" reference matches a credit with that exact version.
      for (const m of source.matchAll(/npm (@?[\w.-]+(?:\/[\w.-]+)?)@(\d[\w.-]*)/g)) {
        expect(credits.find((c) => c.package === m[1])?.version, `${file} ${id}: ${m[0]}`).toBe(m[2]);
      }
    }
  });
});
