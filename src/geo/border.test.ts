/** The committed Tajik–Afghan border line (data/geo/border.geojson) and the rivers drawn on it. */
import { readFileSync } from 'node:fs';
import { length, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BorderProps, RiverProps } from '../model/types';

const GEO = new URL('../../data/geo/', import.meta.url);
const readGeo = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, GEO), 'utf8')) as T;

const border = readGeo<FeatureCollection<LineString | MultiLineString, BorderProps>>('border.geojson');
const rivers = readGeo<FeatureCollection<LineString | MultiLineString, RiverProps>>('rivers.geojson');

const only = border.features[0];
if (only === undefined) throw new Error('border.geojson has no feature');
const coords: Position[] = only.geometry.type === 'LineString' ? only.geometry.coordinates : [];
const first = coords[0] ?? [NaN, NaN];
const last = coords[coords.length - 1] ?? [NaN, NaN];

describe('border.geojson', () => {
  it('holds exactly one feature, tj-af, with the official length cited', () => {
    expect(border.features).toHaveLength(1);
    expect(only.properties.id).toBe('tj-af');
    expect(only.properties.official_length_km).toBe(1344.15);
    expect(only.properties.official_length_source).toMatch(/Ministry of Foreign Affairs/);
    expect(only.properties.source).toMatch(/OpenStreetMap/);
  });

  it('is one connected LineString (no MultiLineString pieces)', () => {
    expect(only.geometry.type).toBe('LineString');
    expect(coords.length).toBeGreaterThan(1000);
    for (const p of coords) expect(p).toHaveLength(2);
  });

  it('is 1,300–1,420 km long (official 1,344.15 km)', () => {
    const km = length(only, { units: 'kilometers' });
    expect(km).toBeGreaterThan(1300);
    expect(km).toBeLessThan(1420);
  });

  it('runs west → east from the Uzbek tripoint on the Amu Darya to the Chinese tripoint', () => {
    // Uzbekistan–Tajikistan–Afghanistan tripoint ≈ 37.18 N 67.79 E.
    expect(first[0]).toBeCloseTo(67.79, 1);
    expect(first[1]).toBeCloseTo(37.18, 1);
    // China–Tajikistan–Afghanistan tripoint ≈ 37.23 N 74.89 E.
    expect(last[0]).toBeCloseTo(74.89, 1);
    expect(last[1]).toBeCloseTo(37.23, 1);
  });

  it('has coordinates rounded to 5 decimals and no repeated vertices', () => {
    for (const [x = NaN, y = NaN] of coords) {
      expect(Math.round(x * 1e5) / 1e5).toBe(x);
      expect(Math.round(y * 1e5) / 1e5).toBe(y);
    }
    for (let i = 1; i < coords.length; i++) expect(coords[i]).not.toEqual(coords[i - 1]);
  });
});

describe('rivers on the border', () => {
  const line = lineString(coords);
  it('the border rivers lie on the border line where it is the border', () => {
    for (const id of ['panj', 'pamir']) {
      const river = rivers.features.find((f) => f.properties.id === id);
      expect(river, id).toBeDefined();
      if (river === undefined || river.geometry.type !== 'LineString') continue;
      expect(river.properties.border).toBe(true);
      // Every 25th vertex (turf's nearestPointOnLine is slow on a 3,000-vertex line).
      const sample = river.geometry.coordinates.filter((_, i) => i % 25 === 0);
      const worst = Math.max(...sample.map((p) => nearestPointOnLine(line, point(p), { units: 'kilometers' }).properties.dist));
      expect(worst, id).toBeLessThan(0.1);
    }
  });

  it('the river part of the border (Amu Darya → Panj → Pamir to Zorkul) is ~1,154 km, as officially (1,135.3 river + 19 lake)', () => {
    const pamir = rivers.features.find((r) => r.properties.id === 'pamir');
    if (pamir === undefined || pamir.geometry.type !== 'LineString') throw new Error('no pamir LineString');
    const end = pamir.geometry.coordinates[pamir.geometry.coordinates.length - 1] ?? [NaN, NaN];
    const km = nearestPointOnLine(line, point(end), { units: 'kilometers' }).properties.location;
    expect(km).toBeGreaterThan(1154.3 * 0.97);
    expect(km).toBeLessThan(1154.3 * 1.03);
  });
});
