import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lightText, packedText } from '../../scripts/geo/packed';
import { GEO_FILES, GEO_LIGHT, GEO_PACKED } from '../schema/manifest';
import { parseGeoBundle } from '../schema/geo';
import { LIGHT_SCALE, LIGHT_TOLERANCE, packGeo, unpackGeo } from './packGeo';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const featureFiles = Object.entries(GEO_FILES).filter(([, f]) => f.endsWith('.geojson'));

type Line = number[][];
/** Every innermost line (or ring) of a coordinate tree, in order. */
const linesOf = (c: unknown): Line[] =>
  Array.isArray(c) && Array.isArray(c[0]) && typeof c[0][0] === 'number' ? [c as Line] : (c as unknown[]).flatMap(linesOf);
/** Planar distance (degrees) from p to the nearest point of a polyline. */
function distanceToLine(p: number[], line: Line): number {
  let best = Infinity;
  for (let i = 0; i < line.length; i++) {
    const a = line[i]!;
    const b = line[Math.min(i + 1, line.length - 1)]!;
    const dx = b[0]! - a[0]!;
    const dy = b[1]! - a[1]!;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len2));
    best = Math.min(best, Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy)));
  }
  return best;
}

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
    expect(readFileSync(new URL(`../../data/${GEO_LIGHT}`, import.meta.url), 'utf8')).toBe(lightText());
  });

  it('the light file has the same features and properties, every line within its tolerance of the exact one, and validates', () => {
    const light = unpackGeo(read(GEO_LIGHT));
    expect(Object.keys(light).sort()).toEqual(featureFiles.map(([k]) => k).sort());
    // Each exact vertex within the simplification tolerance plus a rounding step's half-diagonal of the light line.
    const bound = LIGHT_TOLERANCE + (0.5 / LIGHT_SCALE) * Math.SQRT2 + 1e-12;
    let exactVertices = 0;
    let lightVertices = 0;
    type Fc = { features: Array<{ properties: unknown; geometry: { type: string; coordinates: unknown } }> };
    for (const [key, file] of featureFiles) {
      const exact = read(file) as Fc;
      const got = light[key] as Fc;
      expect(got.features.length, key).toBe(exact.features.length);
      exact.features.forEach((f, i) => {
        const where = `${key}[${i}]`;
        const g = got.features[i]!;
        expect(g.properties, where).toStrictEqual(f.properties);
        expect(g.geometry.type, where).toBe(f.geometry.type);
        if (f.geometry.type === 'Point') return expect(g.geometry.coordinates, where).toStrictEqual(f.geometry.coordinates);
        const a = linesOf(f.geometry.coordinates);
        const b = linesOf(g.geometry.coordinates);
        expect(b.length, `${where}: every line and ring kept`).toBe(a.length);
        a.forEach((line, j) => {
          const l = b[j]!;
          expect(
            l.flat().every((c) => Math.abs(c * LIGHT_SCALE - Math.round(c * LIGHT_SCALE)) < 1e-6),
            `${where}.${j} on the grid`,
          ).toBe(true);
          expect(l[0], `${where}.${j} starts where it did`).toEqual(line[0]!.map((c) => Math.round(c * LIGHT_SCALE) / LIGHT_SCALE));
          expect(l.at(-1), `${where}.${j} ends where it did`).toEqual(line.at(-1)!.map((c) => Math.round(c * LIGHT_SCALE) / LIGHT_SCALE));
          const worst = Math.max(...line.map((p) => distanceToLine(p, l)));
          expect(worst, `${where}.${j}`).toBeLessThanOrEqual(bound);
          exactVertices += line.length;
          lightVertices += l.length;
        });
      });
    }
    // The simplification did happen (else the file would be the exact one rounded).
    expect(lightVertices).toBeLessThan(exactVertices);
    const bundle = parseGeoBundle({ ...light, credits: read(GEO_FILES.credits) } as Parameters<typeof parseGeoBundle>[0]);
    expect(bundle.ok ? [] : bundle.errors).toEqual([]);
  });

  it.each([
    {
      p: [0, 0],
      line: [
        [-1, 0],
        [1, 0],
      ],
      d: 0,
    },
    {
      p: [0, 1],
      line: [
        [-1, 0],
        [1, 0],
      ],
      d: 1,
    },
    {
      p: [3, 4],
      line: [
        [0, 0],
        [0, 0],
      ],
      d: 5,
    },
    {
      p: [2, 1],
      line: [
        [-1, 0],
        [1, 0],
        [1, 5],
      ],
      d: 1,
    },
    {
      p: [-4, 3],
      line: [
        [-1, -1],
        [-1, 0],
        [5, 0],
      ],
      d: 3 * Math.SQRT2,
    },
  ])('distanceToLine($p) is $d', ({ p, line, d }) => {
    expect(distanceToLine(p, line)).toBeCloseTo(d, 9);
  });

  it('rounds to the nearest 1e-3° from the exact 1e-5° integers (halves up), keeping every vertex it is given', () => {
    const fc = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [68.1235, 37.00049],
              [68.12346, 37.0005],
              [-3.0005, 4.9995],
            ],
          },
        },
      ],
    };
    const packed = packGeo({ a: fc }, LIGHT_SCALE);
    expect(packed.scale).toBe(1e3);
    expect(unpackGeo(JSON.parse(JSON.stringify(packed)))).toStrictEqual({
      a: {
        ...fc,
        features: [
          {
            ...fc.features[0]!,
            geometry: {
              type: 'LineString',
              coordinates: [
                [68.124, 37],
                [68.123, 37.001],
                [-3, 5],
              ],
            },
          },
        ],
      },
    });
    expect(() => packGeo({ a: fc }, 1e2)).toThrow(/scale 100 /);
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
    expect(unpackGeo({ format: 'frontier-packed-geo/1', scale: 1e2, files: { line } })).toEqual({});
    expect(unpackGeo(null)).toEqual({});
  });
});
