import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { GeoBuildError } from './log.ts';
import { labelAnchor } from './anchors.ts';

const square = (x: number, y: number, d: number): number[][] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
/** A "C" open to the east: its centroid (≈ 68.4, 37.5) falls in the notch, outside the outline. */
const cShape: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [68, 37],
      [69, 37],
      [69, 37.2],
      [68.2, 37.2],
      [68.2, 37.8],
      [69, 37.8],
      [69, 38],
      [68, 38],
      [68, 37],
    ],
  ],
};

describe('labelAnchor()', () => {
  it.each<[string, Polygon | MultiPolygon]>([
    ['a square', { type: 'Polygon', coordinates: [square(68, 37, 1)] }],
    ['a concave "C" whose centroid lies outside', cShape],
    ['a square with a hole in the middle', { type: 'Polygon', coordinates: [square(68, 37, 1), square(68.3, 37.3, 0.4)] }],
    ['a multipolygon (small and large part)', { type: 'MultiPolygon', coordinates: [[square(60, 30, 0.1)], [square(68, 37, 1)]] }],
  ])('lies strictly inside %s', (_name, g) => {
    const at = labelAnchor(g, 'test');
    expect(turf.booleanPointInPolygon(at, g, { ignoreBoundary: true })).toBe(true);
  });

  it('is not the centroid for the "C" (which is outside it)', () => {
    const centroid = turf.centroid(cShape).geometry.coordinates;
    expect(turf.booleanPointInPolygon(centroid, cShape)).toBe(false);
    expect(labelAnchor(cShape, 'C')[0]).toBeLessThan(68.2);
  });

  it('picks the part with the most room and rounds to 5 decimals', () => {
    const [lon, lat] = labelAnchor({ type: 'MultiPolygon', coordinates: [[square(60, 30, 0.1)], [square(68, 37, 1)]] }, 'm');
    expect(lon).toBeCloseTo(68.5, 2);
    expect(lat).toBeCloseTo(37.5, 2);
    expect(Math.round(lon * 1e5) / 1e5).toBe(lon);
  });

  it('fails for an empty geometry', () => {
    expect(() => labelAnchor({ type: 'MultiPolygon', coordinates: [] }, 'none')).toThrow(GeoBuildError);
  });
});
