import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { cleanPolygons, distKm, polygonsOf, r5, roundLine, roundRing, segDistM, segmentIndex, simplifyGeom } from './geometry.ts';

const square = (x: number, y: number, d: number): Position[] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

describe('r5()', () => {
  it.each([
    [1.234564, 1.23456],
    [1.234566, 1.23457],
    [-0.000001, 0],
    [0, 0],
    [70.987865, 70.98787],
  ])('r5(%d) = %d', (x, want) => {
    const got = r5(x);
    expect(got).toBe(want);
    expect(Object.is(got, -0)).toBe(false);
  });
});

describe('roundLine()', () => {
  it.each<[string, Position[], Position[]]>([
    ['empty', [], []],
    [
      'keeps distinct points',
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'drops consecutive duplicates after rounding',
      [
        [1, 2],
        [1.000001, 2.000001],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'keeps non-consecutive repeats',
      [
        [1, 2],
        [3, 4],
        [1, 2],
      ],
      [
        [1, 2],
        [3, 4],
        [1, 2],
      ],
    ],
  ])('%s', (_name, input, want) => {
    expect(roundLine(input)).toEqual(want);
  });
});

describe('roundRing()', () => {
  it('closes an open ring', () => {
    const open = square(68, 37, 0.1).slice(0, 4);
    expect(roundRing(open)).toEqual(square(68, 37, 0.1));
  });
  it.each<[string, Position[] | undefined]>([
    ['undefined', undefined],
    ['empty', []],
    [
      'too few points',
      [
        [1, 1],
        [2, 2],
        [1, 1],
      ],
    ],
    [
      'a zero-area sliver',
      [
        [68, 37],
        [68.1, 37],
        [68.2, 37],
        [68, 37],
      ],
    ],
    ['a ring that collapses when rounded', square(68, 37, 0.000001)],
  ])('returns null for %s', (_name, ring) => {
    expect(roundRing(ring)).toBeNull();
  });
});

describe('cleanPolygons()', () => {
  const a = [square(68, 37, 0.5)];
  const b = [square(69, 37, 0.5), square(69.125, 37.125, 0.25)];
  it.each([
    ['nothing', [], null],
    ['one polygon → Polygon', [a], { type: 'Polygon', coordinates: a }],
    ['two polygons → MultiPolygon, holes kept', [a, b], { type: 'MultiPolygon', coordinates: [a, b] }],
    ['degenerate polygons dropped', [a, [square(70, 37, 0.000001)]], { type: 'Polygon', coordinates: a }],
    ['degenerate holes dropped', [[a[0], square(68.125, 37.125, 0.000001)]], { type: 'Polygon', coordinates: a }],
  ])('%s', (_name, polys, want) => {
    expect(cleanPolygons(polys as Position[][][])).toEqual(want);
  });
});

describe('polygonsOf()', () => {
  it.each([
    [{ type: 'Polygon', coordinates: [square(0, 0, 1)] }, 1],
    [{ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(2, 0, 1)]] }, 2],
    [
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      0,
    ],
  ] as const)('%j has %i polygons', (g, n) => {
    expect(polygonsOf(g as never)).toHaveLength(n);
  });
});

describe('simplifyGeom()', () => {
  it('drops a vertex that deviates less than the tolerance, keeps the ends', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [1, 0.00001],
        [2, 0],
      ],
    };
    expect(simplifyGeom(line, 0.001).coordinates).toEqual([
      [0, 0],
      [2, 0],
    ]);
    expect(simplifyGeom(line, 0.000001).coordinates).toHaveLength(3);
  });
});

describe('distances', () => {
  it('segDistM() is the distance to the nearest point of the segment, clamped to its ends', () => {
    // 0.001° of latitude ≈ 111.32 m
    expect(segDistM([0, 0.001], [-1, 0], [1, 0])).toBeCloseTo(111.32, 2);
    expect(segDistM([2, 0], [-1, 0], [1, 0])).toBeCloseTo(111320, 0);
    expect(segDistM([0, 0], [0, 0], [0, 0])).toBe(0);
  });
  it('distKm() scales longitude by cos(latitude)', () => {
    expect(distKm([0, 60], [1, 60])).toBeCloseTo(55.66, 2);
    expect(distKm([0, 0], [0, 1])).toBeCloseTo(111.32, 2);
  });
  it('segmentIndex() finds the ring within a cell and gives Infinity beyond', () => {
    const near = segmentIndex(square(68, 37, 0.1));
    expect(near([68.05, 37.0005])).toBeCloseTo(55.66, 1);
    expect(near([68.05, 37.05])).toBe(Infinity);
  });
});
