import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packedText } from '../../scripts/geo/packed';
import { GEO_FILES, GEO_PACKED } from '../schema/manifest';
import { packGeo, unpackGeo } from './packGeo';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const featureFiles = Object.entries(GEO_FILES).filter(([, f]) => f.endsWith('.geojson'));

describe('packed geography', () => {
  it('is in sync with the committed GeoJSON files (else run `npx tsx scripts/geo/packed.ts`)', () => {
    expect(readFileSync(new URL(`../../data/${GEO_PACKED}`, import.meta.url), 'utf8')).toBe(packedText());
  });

  it('unpacks to exactly the GeoJSON files, every coordinate bit-identical', () => {
    const unpacked = unpackGeo(read(GEO_PACKED));
    expect(Object.keys(unpacked).sort()).toEqual(featureFiles.map(([k]) => k).sort());
    for (const [key, file] of featureFiles) expect(unpacked[key], key).toStrictEqual(read(file));
  });

  it('packs every geometry type and round-trips it', () => {
    const fc = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: {}, geometry: { type: 'Point', coordinates: [68.12345, 37.5] } },
        {
          type: 'Feature' as const,
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [68, 37],
              [68.00001, 36.99999],
            ],
          },
        },
        {
          type: 'Feature' as const,
          properties: {},
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [1, 1],
                  [2, 1],
                  [2, 2],
                  [1, 1],
                ],
              ],
              [
                [
                  [-3.5, 4],
                  [-3.4, 4],
                  [-3.5, 4.1],
                  [-3.5, 4],
                ],
              ],
            ],
          },
        },
      ],
    };
    const packed = packGeo({ a: fc });
    expect(packed.files.a!.features[1]!.geometry).toEqual({ type: 'LineString', packed: [6800000, 3700000, 1, -1] });
    expect(unpackGeo(JSON.parse(JSON.stringify(packed)))).toStrictEqual({ a: fc });
  });

  it('refuses coordinates finer than 1e-5°, and unknown formats unpack to nothing', () => {
    const line = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString', coordinates: [[68.123456, 37]] } }],
    };
    expect(() => packGeo({ line })).toThrow(/more than 5 decimals/);
    expect(unpackGeo({ format: 'other', files: {} })).toEqual({});
    expect(unpackGeo(null)).toEqual({});
  });
});
