/**
 * Invariants of the committed geodata under data/geo/ (built by `npm run data:geo`, i.e.
 * scripts/geo/main.ts). Read from disk; no network, no .geo-cache needed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { area, booleanPointInPolygon, distance, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseGeoBundle } from '../schema/validateGeo';
import type { BorderProps, CountryProps, DatasetCredit, DistrictProps, PlaceProps, RegionProps, RiverProps } from '../model/types';

const GEO = new URL('../../data/geo/', import.meta.url);
const readText = (file: string): string => readFileSync(new URL(file, GEO), 'utf8');
const readGeo = <T>(file: string): T => JSON.parse(readText(file)) as T;

const border = readGeo<FeatureCollection<LineString | MultiLineString, BorderProps>>('border.geojson');
const countries = readGeo<FeatureCollection<Polygon | MultiPolygon, CountryProps>>('countries.geojson');
const regions = readGeo<FeatureCollection<Polygon | MultiPolygon, RegionProps>>('regions.geojson');
const rivers = readGeo<FeatureCollection<LineString | MultiLineString, RiverProps>>('rivers.geojson');
const places = readGeo<FeatureCollection<Point, PlaceProps>>('places.geojson');
const settlements = readGeo<FeatureCollection<Point, PlaceProps>>('settlements.geojson');
const districts = readGeo<FeatureCollection<Point, DistrictProps>>('districts.geojson');
const credits = readGeo<DatasetCredit[]>('sources.json');

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

describe('countries.geojson', () => {
  it('has Tajikistan and Afghanistan in focus and the neighbours as context', () => {
    const role = (id: string): string | undefined => countries.features.find((f) => f.properties.id === id)?.properties.role;
    expect(role('TJK')).toBe('focus');
    expect(role('AFG')).toBe('focus');
    for (const id of ['UZB', 'KGZ', 'CHN', 'PAK']) expect(role(id), id).toBe('context');
  });
});

describe('regions.geojson', () => {
  const byId = (id: string): Feature<Polygon | MultiPolygon, RegionProps> => {
    const f = regions.features.find((r) => r.properties.id === id);
    if (f === undefined) throw new Error(`region ${id} missing`);
    return f;
  };

  it('has GBAO, Khatlon and the four Afghan provinces on the border', () => {
    expect(regions.features.map((f) => f.properties.id)).toEqual(['AF-BD', 'AF-BK', 'AF-KZ', 'AF-TK', 'TJ-BK', 'TJ-KL']);
    expect(byId('AF-BD').properties.name).toBe('Badakhshan');
    expect(byId('AF-BK').properties.name).toBe('Balkh');
    expect(byId('AF-KZ').properties.name).toBe('Kunduz');
    expect(byId('AF-TK').properties.name).toBe('Takhar');
  });

  it.each([
    ['TJ-BK', 64200],
    ['TJ-KL', 24800],
  ])('%s outline area is within 5%% of the published %i km²', (id, published) => {
    const f = byId(id);
    expect(f.properties.published_area_km2).toBe(published);
    expect(f.properties.source).toMatch(/Statistics Agency of Tajikistan/);
    const km2 = area(f) / 1e6;
    expect(Math.abs(km2 - published) / published).toBeLessThan(0.05);
  });
});

describe('rivers.geojson', () => {
  it('has the Amu Darya, Panj and Pamir on the border and the Vakhsh off it, with Russian names', () => {
    const got = rivers.features.map((f) => [f.properties.id, f.properties.border, f.properties.name_ru]);
    expect(got).toEqual([
      ['amu-darya', true, 'Амударья'],
      ['pamir', true, 'Памир'],
      ['panj', true, 'Пяндж'],
      ['vakhsh', false, 'Вахш'],
    ]);
  });
});

/* ------------------------------------------------------------------ places */

const FRAME = { west: 67.7, south: 36.6, east: 75, north: 38.8 };
const REQUIRED_PLACES = [
  'dushanbe',
  'kulob',
  'khorugh',
  'ishkoshim',
  'qalaikhumb',
  'vanj',
  'rushon',
  'panj',
  'panji-poyon',
  'shuroobod',
  'farkhor',
  'dusti',
  'jilikul',
  'ishkashim',
  'faizabad',
  'kunduz',
  'imam-sahib',
  'khwahan',
  'shadak',
];
const place = (id: string): Feature<Point, PlaceProps> => {
  const f = places.features.find((p) => p.properties.id === id);
  if (f === undefined) throw new Error(`place ${id} missing`);
  return f;
};
const lonLat = (f: Feature<Point>): [number, number] => [f.geometry.coordinates[0] ?? NaN, f.geometry.coordinates[1] ?? NaN];

describe('places.geojson', () => {
  it('has every required place', () => {
    const ids = new Set(places.features.map((f) => f.properties.id));
    expect(REQUIRED_PLACES.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('puts every place inside the map frame (Dushanbe, just north of it, excepted)', () => {
    for (const f of places.features) {
      const [lon, lat] = lonLat(f);
      if (f.properties.id === 'dushanbe') {
        expect(lat).toBeCloseTo(38.54, 1);
        expect(lon).toBeCloseTo(68.78, 1);
        continue;
      }
      expect(lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north, f.properties.id).toBe(true);
    }
  });

  it('gives every place a GeoNames id or a cited source; approximate points always cite theirs', () => {
    for (const { properties: p } of places.features) {
      if (p.geonameid !== null) {
        expect(p.precision, p.id).toBe('gazetteer');
        expect(p.source, p.id).toMatch(/GeoNames/);
      } else {
        // Not from GeoNames cities500: the source must name where the point comes from instead.
        expect(p.source, p.id).not.toMatch(/^GeoNames cities500/);
        expect(p.source.length, p.id).toBeGreaterThan(10);
      }
      if (p.precision === 'approximate') {
        expect(p.source.trim(), p.id).not.toBe('');
        expect(p.note, p.id).toBeTruthy();
      }
    }
  });

  it('ranks Dushanbe as the capital and the provincial centres as 2', () => {
    expect(place('dushanbe').properties.rank).toBe(1);
    for (const id of ['khorugh', 'kulob', 'faizabad', 'kunduz']) expect(place(id).properties.rank, id).toBe(2);
  });

  it('puts each place in the right country (TJ north of the border, AF south)', () => {
    for (const id of ['khorugh', 'ishkoshim', 'panj', 'farkhor', 'vanj', 'shadak']) expect(place(id).properties.country).toBe('TJ');
    for (const id of ['ishkashim', 'faizabad', 'kunduz', 'imam-sahib', 'khwahan']) expect(place(id).properties.country).toBe('AF');
  });

  it('derives Shadak ~5 km upstream of Vishkharv, on the Tajik bank, as an approximate point', () => {
    const shadak = place('shadak');
    const vishkharv = place('vishkharv');
    expect(shadak.properties).toMatchObject({ precision: 'approximate', geonameid: null, name_ru: 'Шадак', rank: 4 });
    expect(shadak.properties.note).toMatch(/approximate/i);
    expect(shadak.properties.source).toMatch(/Vishkharv/);
    const km = distance(shadak, vishkharv, { units: 'kilometers' });
    expect(km).toBeGreaterThan(3);
    expect(km).toBeLessThan(6);
    // Upstream of Vishkharv on this stretch of the Panj is toward Vanj: south-east.
    const [sLon, sLat] = lonLat(shadak);
    const [vLon, vLat] = lonLat(vishkharv);
    expect(sLon).toBeGreaterThan(vLon);
    expect(sLat).toBeLessThan(vLat);
    // Close to the border river.
    const line = border.features[0];
    if (line === undefined || line.geometry.type !== 'LineString') throw new Error('no border LineString');
    const d = nearestPointOnLine(lineString(line.geometry.coordinates), point(lonLat(shadak)), { units: 'kilometers' }).properties.dist;
    expect(d).toBeLessThan(0.6);
  });
});

describe('settlements.geojson', () => {
  const gazetteer = [...places.features, ...settlements.features];

  it('more than doubles the settlements, on both banks', () => {
    const by = (c: string): number => gazetteer.filter((f) => f.properties.country === c).length;
    expect(gazetteer.length).toBeGreaterThanOrEqual(2 * places.features.length);
    expect(by('TJ')).toBeGreaterThanOrEqual(20);
    expect(by('AF')).toBeGreaterThanOrEqual(20);
  });

  it('keeps ids unique across places and settlements, so one lookup resolves both', () => {
    const ids = gazetteer.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    const gn = gazetteer.map((f) => f.properties.geonameid).filter((g) => g !== null);
    expect(new Set(gn).size).toBe(gn.length);
  });

  it('puts every settlement inside the map frame, from GeoNames, ranked 2–4', () => {
    for (const { properties: p, geometry } of settlements.features) {
      const [lon = NaN, lat = NaN] = geometry.coordinates;
      expect(lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north, p.id).toBe(true);
      expect(p.precision, p.id).toBe('gazetteer');
      expect(p.source, p.id).toMatch(/GeoNames/);
      expect([2, 3, 4], p.id).toContain(p.rank);
    }
  });

  it('gives a Tajik name only where it has Tajik letters, and a Russian one only where it has none', () => {
    for (const { properties: p } of gazetteer) {
      if (p.name_tg !== null) expect(p.name_tg, p.id).toMatch(/[ғӣқӯҳҷ]/i);
      if (p.name_ru !== null) expect(p.name_ru, p.id).not.toMatch(/[ғӣқӯҳҷ]/i);
    }
    expect(place('khorugh').properties).toMatchObject({ name_ru: 'Хорог', name_tg: 'Хоруғ' });
  });
});

/* ------------------------------------------------------------------ districts */

describe('districts.geojson', () => {
  const byId = new Map(districts.features.map((f) => [f.properties.id, f]));
  const regionIds = new Set(regions.features.map((f) => f.properties.id));

  it('has districts on both sides, in every border region', () => {
    const inRegion = new Set(districts.features.map((f) => f.properties.region));
    expect([...inRegion].sort()).toEqual([...regionIds].sort());
  });

  it.each([
    'tj-kl-shamsiddin-shohin',
    'tj-bk-darvoz',
    'tj-bk-vanj',
    'tj-kl-farkhor',
    'tj-kl-panj',
    'tj-kl-jaihun',
    'tj-kl-hamadoni',
    'af-kz-imam-sahib',
    'af-tk-dasht-e-qala',
    'af-bd-khwahan',
    'af-bd-ishkashim',
  ])('has %s', (id) => {
    expect(byId.has(id)).toBe(true);
  });

  it('are seat points, never outlines: the label is the point, and the region and country agree', () => {
    for (const { properties: p, geometry } of districts.features) {
      expect(p.outline, p.id).toBe(false);
      expect(geometry.coordinates, p.id).toEqual(p.label);
      expect(regionIds.has(p.region), p.id).toBe(true);
      expect(p.region.slice(0, 2), p.id).toBe(p.country);
      expect(p.id.slice(0, 5), p.id).toBe(p.region.toLowerCase());
    }
  });

  it('puts each seat at its place when the seat is among the places, with the same GeoNames id', () => {
    for (const { properties: p, geometry } of districts.features) {
      if (p.seat === null) continue;
      const seat = [...places.features, ...settlements.features].find((f) => f.properties.id === p.seat);
      if (seat === undefined) throw new Error(`${p.id}: seat ${p.seat} is in neither places nor settlements`);
      expect(seat.properties.geonameid, p.id).toBe(p.geonameid);
      expect(seat.geometry.coordinates, p.id).toEqual(geometry.coordinates);
    }
  });

  it('puts each seat on its own side of the border (inside Tajikistan exactly when Tajik)', () => {
    const tjk = countries.features.find((f) => f.properties.id === 'TJK');
    if (tjk === undefined) throw new Error('no TJK');
    for (const f of districts.features) expect(booleanPointInPolygon(f.geometry, tjk), f.properties.id).toBe(f.properties.country === 'TJ');
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
