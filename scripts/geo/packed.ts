/**
 * Writes data/geo.packed.json and data/geo.light.json, what the browser downloads: the feature files
 * of data/geo in one file with integer-delta coordinates (`src/geo/packGeo.ts`; exact at 1e-5°, and
 * light for the default view: simplified by `LIGHT_TOLERANCE`, then at 1e-3°). Run by `npm run data:geo` after the GeoJSON files, or alone
 * (`npx tsx scripts/geo/packed.ts`) when only they changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEO_FILES, GEO_LIGHT, GEO_PACKED } from '../../src/schema/manifest.ts';
import type { Geometry, GeometryCollection } from 'geojson';
import { LIGHT_SCALE, LIGHT_TOLERANCE, PACK_SCALE, packGeo, packedGeoText } from '../../src/geo/packGeo.ts';
import { simplifyGeom } from './geometry.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

interface FeatureFile {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; id?: string | number; properties: unknown; geometry: Exclude<Geometry, GeometryCollection> }>;
}

/** The committed feature files by key (sources.json stays its own file). */
function featureFiles(): Record<string, FeatureFile> {
  return Object.fromEntries(
    Object.entries(GEO_FILES)
      .filter(([, file]) => file.endsWith('.geojson'))
      .map(([key, file]) => [key, JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as FeatureFile]),
  );
}

/** Every line and ring of `fc` simplified by `tolerance` degrees; points as they are. */
export function simplified(fc: FeatureFile, tolerance: number): FeatureFile {
  return {
    ...fc,
    features: fc.features.map((f) => (f.geometry.type === 'Point' ? f : { ...f, geometry: simplifyGeom(f.geometry, tolerance) })),
  };
}

/** The exact file's text: the committed feature files at 1e-5°. */
export function packedText(): string {
  return packedGeoText(packGeo(featureFiles(), PACK_SCALE));
}

/** The light file's text: the committed feature files simplified by `LIGHT_TOLERANCE`, at 1e-3°. */
export function lightText(): string {
  const files = Object.fromEntries(Object.entries(featureFiles()).map(([key, fc]) => [key, simplified(fc, LIGHT_TOLERANCE)]));
  return packedGeoText(packGeo(files, LIGHT_SCALE));
}

/** Writes the exact and the light file; returns the exact one's size in bytes. */
export function writePacked(): number {
  const light = lightText();
  fs.writeFileSync(path.join(DATA, GEO_LIGHT), light);
  const text = packedText();
  fs.writeFileSync(path.join(DATA, GEO_PACKED), text);
  return Buffer.byteLength(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(`wrote data/${GEO_PACKED} (${(writePacked() / 1024).toFixed(1)} KB) and data/${GEO_LIGHT}`);
}
