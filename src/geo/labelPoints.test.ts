import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Polygon } from 'geojson';
import { lineLabelCandidates, polygonLabelPoints } from './labelPoints';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [68, 37],
      [69, 37],
      [69, 38],
      [68, 38],
      [68, 37],
    ],
  ],
};

describe('polygonLabelPoints()', () => {
  it('puts each area at its stored label anchor, keeping its properties', () => {
    const fc: FeatureCollection<Polygon, { id: string; label: [number, number] }> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: square, properties: { id: 'TJ-KL', label: [68.2, 37.7] } }],
    };
    expect(polygonLabelPoints(fc).features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [68.2, 37.7] }, properties: { id: 'TJ-KL', label: [68.2, 37.7] } },
    ]);
  });
  it('gives nothing for an empty collection', () => {
    expect(polygonLabelPoints({ type: 'FeatureCollection', features: [] }).features).toEqual([]);
  });
});

describe('lineLabelCandidates()', () => {
  const line = (coordinates: number[][]): FeatureCollection<LineString, { id: string }> => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: { id: 'panj' } }],
  });
  it('gives five candidates, the middle first (rank 0)', () => {
    const out = lineLabelCandidates(
      line([
        [68, 37],
        [70, 37],
      ]),
    ).features;
    expect(out.map((f) => f.properties.rank)).toEqual([0, 1, 2, 3, 4]);
    expect(out[0]?.geometry.coordinates[0]).toBeCloseTo(69, 1);
  });
  it('skips a line with fewer than two points', () => {
    expect(lineLabelCandidates(line([[68, 37]])).features).toEqual([]);
  });
});
