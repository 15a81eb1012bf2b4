/** Invariants of the committed places and settlements (data/geo, built by `npm run data:geo`). */
import { distance, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceProps } from '../model/types';
import { border, FRAME, places, settlements } from './committedGeo';

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
