import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { GeoBuildError } from './log.ts';
import { extractBorder, mainRing, nearRuns } from './border.ts';

const ring = (pts: Position[]): Position[] => [...pts, pts[0] as Position];

describe('nearRuns()', () => {
  const r = ring([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 0],
    [5, 0],
  ]);
  it.each<[string, number[], number[][]]>([
    ['one run in the middle', [2, 3], [[2, 3]]],
    ['a run across the seam stays whole', [5, 0, 1], [[5, 0, 1]]],
    ['two runs', [1, 4], [[1], [4]]],
    ['no run', [], []],
  ])('%s', (_name, nearX, want) => {
    const runs = nearRuns(r, (p) => nearX.includes(p[0] ?? -1));
    expect(runs.map((run) => run.map((p) => p[0]))).toEqual(want);
  });
  it('fails when the whole ring is near', () => {
    expect(() => nearRuns(r, () => true)).toThrow(GeoBuildError);
  });
});

describe('mainRing()', () => {
  it('picks the outer ring with the most vertices', () => {
    const small = [
      ring([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ];
    const big = [
      ring([
        [5, 5],
        [6, 5],
        [6, 6],
        [5, 6],
      ]),
    ];
    expect(mainRing({ type: 'MultiPolygon', coordinates: [small, big] })).toBe(big[0]);
  });
});

describe('extractBorder()', () => {
  // Two squares sharing the edge x = 69 between 37 and 37.1 (north side "TJ", south side "AF").
  const tj: Polygon = {
    type: 'Polygon',
    coordinates: [
      ring([
        [68.9, 37.1],
        [68.9, 37.0],
        [69.0, 37.0],
        [69.1, 37.0],
        [69.1, 37.1],
      ]),
    ],
  };
  const af: Polygon = {
    type: 'Polygon',
    coordinates: [
      ring([
        [68.9, 37.0],
        [68.9, 36.9],
        [69.1, 36.9],
        [69.1, 37.0],
        [69.0, 37.0],
      ]),
    ],
  };
  it('keeps the shared edge, oriented west → east', () => {
    expect(extractBorder(tj, af)).toEqual([
      [68.9, 37.0],
      [69.0, 37.0],
      [69.1, 37.0],
    ]);
  });
  it('fails when the countries do not touch', () => {
    const away: Polygon = {
      type: 'Polygon',
      coordinates: [
        ring([
          [60, 30],
          [60.1, 30],
          [60.1, 30.1],
        ]),
      ],
    };
    expect(() => extractBorder(tj, away)).toThrow(GeoBuildError);
  });
});
