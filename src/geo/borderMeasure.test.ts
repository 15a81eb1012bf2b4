import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, destination, distance, bearing, length, lineSlice, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { border, countries } from './committedGeo.ts';
import { ON_LINE_KM, areaBank, createBorderIndex, measureLocation } from './borderMeasure.ts';
import type { Bank, MeasuredLocation } from './borderMeasure.ts';
import { readDatasetFiles, readGeoLookup } from '../load/readDatasetFiles.ts';
import { parseDataset } from '../load/loadDataset.ts';

const line = border.features[0]?.geometry as LineString;
const country = (id: string) => countries.features.find((f) => f.properties.id === id) as Feature<Polygon | MultiPolygon>;
const tj = country('TJK');
const af = country('AFG');
const index = createBorderIndex({ border: line, tj: tj.geometry, af: af.geometry });
const KM = { units: 'kilometers' } as const;
const west = line.coordinates[0] as [number, number];
const east = line.coordinates[line.coordinates.length - 1] as [number, number];

/** turf as the oracle: the slow, vertex-by-vertex answer. */
function oracleBank(p: [number, number]): Bank {
  if (pointToLineDistance(p, line, KM) <= ON_LINE_KM) return 'line';
  return booleanPointInPolygon(p, tj) ? 'tj' : booleanPointInPolygon(p, af) ? 'af' : 'other';
}

/** A point `km` to the left (Tajik side, travelling west → east) or right of vertex `i`. */
function offset(i: number, km: number, side: 'left' | 'right'): [number, number] {
  const a = line.coordinates[i] as [number, number];
  const b = line.coordinates[i + 1] as [number, number];
  const p = destination(a, km, bearing(a, b) + (side === 'left' ? -90 : 90), KM);
  return p.geometry.coordinates as [number, number];
}

describe('createBorderIndex', () => {
  it('has the length turf gives the line', () => {
    expect(index.lengthKm).toBeCloseTo(length(border.features[0] as Feature<LineString>, KM), 6);
  });

  it.each([
    ['the western tripoint', 0],
    ['a vertex in Khatlon', 400],
    ['a vertex in the Pamirs', 1600],
    ['the eastern tripoint', line.coordinates.length - 1],
  ])('a point on the line (%s) is on the line, at its distance along it', (_name, i) => {
    const p = line.coordinates[i] as [number, number];
    const m = index.measure(p[0], p[1]);
    expect(m.distanceKm).toBeLessThan(0.001);
    expect(m.bank).toBe('line');
    const along = i === 0 ? 0 : length(lineSlice(west, p, line), KM);
    expect(m.alongKm).toBeCloseTo(along, 2);
  });

  // Vertices on straight-ish stretches, where 5 km to either side stays in that country.
  it.each([
    [300, 'left', 'tj'],
    [300, 'right', 'af'],
    [1200, 'left', 'tj'],
    [1200, 'right', 'af'],
    [3000, 'left', 'tj'],
    [3000, 'right', 'af'],
  ] as const)('5 km from vertex %i to the %s is %s, at most 5 km away (as turf measures)', (i, side, bank) => {
    const p = offset(i, 5, side);
    const m = index.measure(p[0], p[1]);
    expect(m.bank).toBe(bank);
    expect(oracleBank(p)).toBe(bank);
    expect(m.distanceKm).toBeLessThanOrEqual(5.001);
    expect(m.distanceKm).toBeCloseTo(pointToLineDistance(p, line, KM), 1);
  });

  it.each([
    ['Termez, west of the Uzbek tripoint', [67.278, 37.224] as [number, number], 0, west],
    // 20 km east-south-east of the Chinese tripoint, in Xinjiang (turf: in CHN, nearest line point the end).
    ['in China, beyond the Chinese tripoint', [75.11383, 37.20159] as [number, number], index.lengthKm, east],
  ])('a point beyond a tripoint (%s) is measured to that end of the line, in a third country', (_n, p, along, end) => {
    const m = index.measure(p[0], p[1]);
    expect(m.alongKm).toBeCloseTo(along, 6);
    expect(m.distanceKm).toBeCloseTo(distance(p, end, KM), 3);
    expect(m.bank).toBe('other');
  });

  it('places along the line in order from west to east: each segment midpoint between its ends', () => {
    let previous = -Infinity;
    for (let i = 0; i < line.coordinates.length - 1; i += 7) {
      const a = line.coordinates[i] as [number, number];
      const b = line.coordinates[i + 1] as [number, number];
      const atA = index.measure(a[0], a[1]).alongKm;
      const mid = index.measure((a[0] + b[0]) / 2, (a[1] + b[1]) / 2).alongKm;
      const atB = index.measure(b[0], b[1]).alongKm;
      expect(atA).toBeGreaterThanOrEqual(previous);
      expect(mid).toBeGreaterThanOrEqual(atA - 1e-6);
      expect(atB).toBeGreaterThanOrEqual(mid - 1e-6);
      previous = atB;
    }
  });

  it('agrees with turf on 120 seeded points across the frontier (distance within 1%, same bank)', { timeout: 60_000 }, () => {
    let seed = 42;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let k = 0; k < 120; k += 1) {
      const p: [number, number] = [67 + random() * 8.5, 36 + random() * 3.2];
      const m = index.measure(p[0], p[1]);
      const expected = pointToLineDistance(p, line, KM);
      expect(Math.abs(m.distanceKm - expected)).toBeLessThanOrEqual(0.01 * expected + 0.01);
      expect(m.bank).toBe(oracleBank(p));
    }
  });
});

describe('measureLocation', () => {
  const at = (over: Partial<MeasuredLocation>): MeasuredLocation => ({
    locationPrecision: 'point',
    geometry: offset(300, 5, 'right'),
    areaId: null,
    atDistrictSeat: false,
    ...over,
  });
  it.each<[string, Partial<MeasuredLocation>, { distance: 'number' | null | 0; bank: Bank | null; along: boolean; basis: string }]>([
    ['a point', {}, { distance: 'number', bank: 'af', along: true, basis: 'point' }],
    ['a village', { locationPrecision: 'village' }, { distance: 'number', bank: 'af', along: true, basis: 'point' }],
    [
      'a border district (drawn at its seat)',
      { locationPrecision: 'district', areaId: 'tj-kl-panj', atDistrictSeat: true },
      { distance: null, bank: 'tj', along: true, basis: 'district-seat' },
    ],
    ['a province area', { locationPrecision: 'province', areaId: 'AF-BD' }, { distance: null, bank: 'af', along: false, basis: 'area' }],
    ['only "on the border"', { locationPrecision: 'border', areaId: null }, { distance: 0, bank: 'line', along: false, basis: 'line' }],
    ['no place', { locationPrecision: 'none', geometry: null }, { distance: null, bank: null, along: false, basis: 'none' }],
  ])('%s', (_name, over, want) => {
    const m = measureLocation(at(over), index);
    if (want.distance === 'number') expect(m.distanceKm).toBeGreaterThan(4);
    else expect(m.distanceKm).toBe(want.distance);
    expect(m.bank).toBe(want.bank);
    expect(m.alongKm !== null).toBe(want.along);
    expect(m.basis).toBe(want.basis);
  });

  it('gives nothing but the bank without a loaded border', () => {
    expect(measureLocation(at({}), undefined).distanceKm).toBeNull();
    expect(areaBank('TJ-KL')).toBe('tj');
    expect(areaBank('af-bd-wakhan')).toBe('af');
    expect(areaBank('UZ-SU')).toBeNull();
  });
});

describe('the shipped data', () => {
  const geo = readGeoLookup(new URL('../../data/', import.meta.url));
  const parsed = geo && parseDataset(readDatasetFiles(new URL('../../data/', import.meta.url)), geo);
  const dataset = parsed?.ok ? parsed.dataset : undefined;

  it('measures every event, and located events by point only where the place is a point or a village', () => {
    expect(dataset?.events.length).toBeGreaterThan(40);
    for (const e of dataset?.events ?? []) {
      const fine = e.location.precision === 'point' || e.location.precision === 'village';
      expect(e.border.basis === 'point', e.id).toBe(fine);
      // The farthest are the Dushanbe meetings, ~125 km north of the river.
      if (fine) expect(e.border.distanceKm, e.id).toBeLessThan(200);
    }
  });

  it('orders the crossings west to east as the map shows them', () => {
    const along = (id: string): number => {
      const o = dataset?.outposts.find((p) => p.id === id);
      if (!o) throw new Error(id);
      return index.measure(o.lngLat[0], o.lngLat[1]).alongKm;
    };
    const order = [
      'crossing-panji-poyon',
      'crossing-kokul',
      'crossing-shohon',
      'crossing-ruzvai',
      'crossing-humrogi',
      'crossing-tem',
      'crossing-ishkoshim',
    ];
    const positions = order.map(along);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
