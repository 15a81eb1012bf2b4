import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { borderLengthKm } from './borderLength.ts';

type Lines = FeatureCollection<LineString | MultiLineString>;

const line = (...coordinates: Position[]): Lines['features'][number] => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates },
});
const multi = (...coordinates: Position[][]): Lines['features'][number] => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiLineString', coordinates },
});
const fc = (...features: Lines['features']): Lines => ({ type: 'FeatureCollection', features });

/** One degree of a great circle on the mean-radius sphere (6371.0088 km). */
const DEGREE_KM = (Math.PI / 180) * 6371.0088;

describe('borderLengthKm', () => {
  it.each<[string, Lines, number]>([
    ['an empty collection', fc(), 0],
    ['one degree of latitude', fc(line([70, 37], [70, 38])), DEGREE_KM],
    ['one degree of latitude, reversed', fc(line([70, 38], [70, 37])), DEGREE_KM],
    ['one degree of latitude in two segments', fc(line([70, 37], [70, 37.5], [70, 38])), DEGREE_KM],
    ['one degree of longitude on the equator', fc(line([10, 0], [11, 0])), DEGREE_KM],
    ['a degenerate line (two equal points)', fc(line([70, 37], [70, 37])), 0],
    [
      'a MultiLineString of two one-degree parts',
      fc(
        multi(
          [
            [70, 37],
            [70, 38],
          ],
          [
            [72, 37],
            [72, 38],
          ],
        ),
      ),
      2 * DEGREE_KM,
    ],
    [
      'a LineString plus a MultiLineString',
      fc(
        line([70, 37], [70, 38]),
        multi(
          [
            [72, 37],
            [72, 38],
          ],
          [
            [74, 37],
            [74, 38],
          ],
        ),
      ),
      3 * DEGREE_KM,
    ],
  ])('borderLengthKm() of %s', (_name, lines, expectedKm) => {
    const km = borderLengthKm(lines);
    if (expectedKm === 0) expect(km).toBe(0);
    else expect(Math.abs(km - expectedKm) / expectedKm).toBeLessThan(0.005);
  });

  it('borderLengthKm() of one degree of latitude is about 111.2 km', () => {
    expect(borderLengthKm(fc(line([70, 37], [70, 38])))).toBeCloseTo(111.2, 0);
  });
});
