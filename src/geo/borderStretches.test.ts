import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { DistrictProps, OutpostRecord, PlaceProps, RegionProps } from '../model/types';
import { alongOrder, districtStretches, provinceStretches, sideRuns, stretchAt, type AlongFn } from './borderStretches';

const GEO = new URL('../../data/', import.meta.url);
const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, GEO), 'utf8')) as T;

/** Km along a line by turf (the reference the border index is checked against). */
const alongBy =
  (coords: number[][]): AlongFn =>
  (lng, lat) =>
    nearestPointOnLine(lineString(coords), point([lng, lat]), { units: 'kilometers' }).properties.location;

const box = (
  id: string,
  country: 'TJ' | 'AF',
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): Feature<Polygon, { id: string; country: 'TJ' | 'AF' }> => ({
  type: 'Feature',
  properties: { id, country },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});

describe('provinceStretches on hand-made outlines', () => {
  // A line along the equator from 0° to 2° (≈ 222 km), Tajik boxes north, Afghan south.
  const line = [
    [0, 0],
    [0.5, 0],
    [1, 0],
    [1.5, 0],
    [2, 0],
  ];
  const south = box('C', 'AF', 0, -1, 2, 0);
  it.each<[string, Array<Feature<Polygon, { id: string; country: 'TJ' | 'AF' }>>, Array<[string, number, number]>]>([
    ['one pair along the whole line', [box('A', 'TJ', 0, 0, 2, 1), south], [['A|C', 0, 222.4]]],
    [
      'two Tajik boxes split it at 1°',
      [box('A', 'TJ', 0, 0, 1, 1), box('B', 'TJ', 1, 0, 2, 1), south],
      [
        ['A|C', 0, 111.2],
        ['B|C', 111.2, 222.4],
      ],
    ],
    [
      'a sliver under 5 km joins the stretch before it',
      [box('A', 'TJ', 0, 0, 1, 1), box('S', 'TJ', 1, 0.0001, 1.02, 1), box('B', 'TJ', 1.02, 0, 2, 1), south],
      [
        ['A|C', 0, 113.4],
        ['B|C', 113.4, 222.4],
      ],
    ],
    [
      'a sliver at the west end joins the next stretch',
      [box('S', 'TJ', 0, 0.0001, 0.02, 1), box('A', 'TJ', 0.02, 0, 2, 1), south],
      [['A|C', 0, 222.4]],
    ],
  ])('%s', (_name, regions, want) => {
    // Within the sampling step (1 km) of the hand-computed boundaries (1° of longitude ≈ 111.2 km).
    const got = provinceStretches(line, regions);
    expect(got.map((s) => s.id)).toEqual(want.map(([id]) => id));
    got.forEach((s, i) => {
      expect(Math.abs(s.fromKm - want[i]![1])).toBeLessThanOrEqual(1.5);
      expect(Math.abs(s.toKm - want[i]![2])).toBeLessThanOrEqual(1.5);
    });
  });

  it('an empty line gives no stretches', () => {
    expect(provinceStretches([], [box('A', 'TJ', 0, 0, 1, 1)])).toEqual([]);
  });

  it('stretchAt: a boundary belongs to the stretch east of it, the east end to the last, outside to none', () => {
    const s = [
      { id: 'w', fromKm: 0, toKm: 10 },
      { id: 'e', fromKm: 10, toKm: 20 },
    ];
    expect([0, 9.99, 10, 20, 20.01, -1, null].map((km) => stretchAt(s, km)?.id ?? null)).toEqual(['w', 'w', 'e', 'e', null, null, null]);
    expect(stretchAt([], 3)).toBeNull();
  });
});

describe('the real border', () => {
  const border = read<FeatureCollection<LineString>>('geo/border.geojson');
  const regions = read<FeatureCollection<Polygon, RegionProps>>('geo/regions.geojson');
  const districts = read<FeatureCollection<Point, DistrictProps>>('geo/districts.geojson');
  const places = [
    ...read<FeatureCollection<Point, PlaceProps>>('geo/places.geojson').features,
    ...read<FeatureCollection<Point, PlaceProps>>('geo/settlements.geojson').features,
  ];
  const coords = border.features[0]!.geometry.coordinates;
  const along = alongBy(coords);
  const stretches = provinceStretches(coords, regions.features);
  const lengthKm = stretches[stretches.length - 1]!.toKm;

  it('province pairs run Balkh, Kunduz, Takhar, Badakhshan facing Khatlon, then GBAO, west to east, without gaps', () => {
    expect(stretches.map((s) => s.id)).toEqual(['TJ-KL|AF-BK', 'TJ-KL|AF-KZ', 'TJ-KL|AF-TK', 'TJ-KL|AF-BD', 'TJ-BK|AF-BD']);
    expect(stretches[0]!.fromKm).toBe(0);
    for (let i = 1; i < stretches.length; i++) expect(stretches[i]!.fromKm).toBe(stretches[i - 1]!.toKm);
    expect(lengthKm).toBeGreaterThan(1300);
    expect(lengthKm).toBeLessThan(1420);
    expect(sideRuns(stretches, 'tj').map((r) => r.region)).toEqual(['TJ-KL', 'TJ-BK']);
  });

  it('district stretches tile each bank, each holding its own seat, in west-to-east order', () => {
    const ds = districtStretches(districts.features, stretches, along);
    for (const side of ['tj', 'af'] as const) {
      const mine = ds.filter((d) => d.side === side);
      expect(mine[0]!.fromKm).toBe(0);
      expect(mine[mine.length - 1]!.toKm).toBeCloseTo(lengthKm, 6);
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.fromKm).toBeCloseTo(mine[i - 1]!.toKm, 6);
      for (const d of mine) {
        expect(d.seatKm).toBeGreaterThanOrEqual(d.fromKm);
        expect(d.seatKm).toBeLessThanOrEqual(d.toKm);
      }
    }
    const tj = ds.filter((d) => d.side === 'tj').map((d) => d.id);
    expect(tj.indexOf('tj-kl-panj')).toBeLessThan(tj.indexOf('tj-kl-farkhor'));
    expect(tj.indexOf('tj-kl-shamsiddin-shohin')).toBeLessThan(tj.indexOf('tj-bk-darvoz'));
    expect(tj[tj.length - 1]).toBe('tj-bk-murghob');
    const af = ds.filter((d) => d.side === 'af').map((d) => d.id);
    expect(af[0]).toBe('af-bk-kaldar');
    expect(af[af.length - 1]).toBe('af-bd-wakhan');
  });

  it('posts and crossings project west to east in the order of the border’s course', () => {
    const outposts = read<OutpostRecord[]>('outposts.json').filter((o) => o.kind === 'crossing');
    const at = (o: OutpostRecord): [number, number] =>
      places.find((p) => p.properties.id === o.placeId)!.geometry.coordinates as [number, number];
    const ordered = alongOrder(outposts, at, along);
    expect(ordered.map((o) => o.id)).toEqual([
      'crossing-panji-poyon',
      'crossing-kokul',
      'crossing-shohon',
      'crossing-ruzvai',
      'crossing-humrogi',
      'crossing-tem',
      'crossing-ishkoshim',
    ]);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.alongKm).toBeGreaterThanOrEqual(ordered[i - 1]!.alongKm);
  });

  it('alongOrder keeps ties in input order and handles no items', () => {
    const flat: AlongFn = () => 5;
    expect(alongOrder([{ id: 'b' }, { id: 'a' }], () => [0, 0], flat)).toEqual([
      { id: 'b', alongKm: 5 },
      { id: 'a', alongKm: 5 },
    ]);
    expect(alongOrder([], () => [0, 0], flat)).toEqual([]);
  });
});
