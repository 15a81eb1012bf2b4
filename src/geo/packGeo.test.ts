import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packedText } from '../../scripts/geo/packed';
import { GEO_FILES, GEO_LIGHT, GEO_PACKED } from '../schema/manifest';
import { parseGeoBundle } from '../schema/geo';
import { LIGHT_SCALE, packGeo, unpackGeo } from './packGeo';

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

  it('the light file is in sync too (same script)', () => {
    expect(readFileSync(new URL(`../../data/${GEO_LIGHT}`, import.meta.url), 'utf8')).toBe(packedText(LIGHT_SCALE));
  });

  it('the light file has the same features, properties and vertices, each within half a 1e-4° step, and validates', () => {
    const light = unpackGeo(read(GEO_LIGHT));
    expect(Object.keys(light).sort()).toEqual(featureFiles.map(([k]) => k).sort());
    let vertices = 0;
    let moved = 0;
    /** Walks two coordinate trees in step; fails on any difference in shape or a vertex moved too far. */
    const compare = (a: unknown, b: unknown, where: string): void => {
      if (typeof a === 'number') {
        expect(typeof b, where).toBe('number');
        const d = Math.abs(a - (b as number));
        expect(d, where).toBeLessThanOrEqual(0.5e-4 + 1e-12);
        if (d > 0) moved++;
        return;
      }
      expect(Array.isArray(b) && (b as unknown[]).length === (a as unknown[]).length, where).toBe(true);
      if (typeof (a as unknown[])[0] === 'number') vertices++;
      (a as unknown[]).forEach((x, i) => compare(x, (b as unknown[])[i], where));
    };
    type Fc = { features: Array<{ properties: unknown; geometry: { type: string; coordinates: unknown } }> };
    for (const [key, file] of featureFiles) {
      const exact = read(file) as Fc;
      const got = light[key] as Fc;
      expect(got.features.length, key).toBe(exact.features.length);
      exact.features.forEach((f, i) => {
        expect(got.features[i]!.properties, `${key}[${i}]`).toStrictEqual(f.properties);
        expect(got.features[i]!.geometry.type, `${key}[${i}]`).toBe(f.geometry.type);
        compare(f.geometry.coordinates, got.features[i]!.geometry.coordinates, `${key}[${i}]`);
      });
    }
    // The rounding did happen (else the file would be the exact one under another name).
    expect(moved).toBeGreaterThan(vertices / 2);
    const bundle = parseGeoBundle({ ...light, credits: read(GEO_FILES.credits) } as Parameters<typeof parseGeoBundle>[0]);
    expect(bundle.ok ? [] : bundle.errors).toEqual([]);
  });

  it('rounds to the nearest 1e-4° from the exact 1e-5° integers, keeping every vertex', () => {
    const fc = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [68.12345, 37.00004],
              [68.12346, 37.00005],
              [-3.00005, 4.99995],
            ],
          },
        },
      ],
    };
    const packed = packGeo({ a: fc }, LIGHT_SCALE);
    expect(packed.scale).toBe(1e4);
    expect(unpackGeo(JSON.parse(JSON.stringify(packed)))).toStrictEqual({
      a: {
        ...fc,
        features: [
          {
            ...fc.features[0]!,
            geometry: {
              type: 'LineString',
              coordinates: [
                [68.1235, 37],
                [68.1235, 37.0001],
                [-3, 5],
              ],
            },
          },
        ],
      },
    });
    expect(() => packGeo({ a: fc }, 1e3)).toThrow(/scale 1000/);
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
    expect(unpackGeo({ format: 'frontier-packed-geo/1', scale: 1e3, files: { line } })).toEqual({});
    expect(unpackGeo(null)).toEqual({});
  });
});
