/**
 * Writes data/geo.packed.json and data/geo.light.json, what the browser downloads: the feature files
 * of data/geo in one file with integer-delta coordinates (`src/geo/packGeo.ts`; exact at 1e-5°, and
 * light at 1e-4° for the default view). Run by `npm run data:geo` after the GeoJSON files, or alone
 * (`npx tsx scripts/geo/packed.ts`) when only they changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEO_FILES, GEO_LIGHT, GEO_PACKED } from '../../src/schema/manifest.ts';
import { LIGHT_SCALE, PACK_SCALE, packGeo, packedGeoText } from '../../src/geo/packGeo.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

/** The packed text of the committed feature files at `scale` (sources.json stays its own file). */
export function packedText(scale: number = PACK_SCALE): string {
  const files = Object.fromEntries(
    Object.entries(GEO_FILES)
      .filter(([, file]) => file.endsWith('.geojson'))
      .map(([key, file]) => [key, JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'))]),
  );
  return packedGeoText(packGeo(files, scale));
}

/** Writes the exact and the light file; returns the exact one's size in bytes. */
export function writePacked(): number {
  const light = packedText(LIGHT_SCALE);
  fs.writeFileSync(path.join(DATA, GEO_LIGHT), light);
  const text = packedText();
  fs.writeFileSync(path.join(DATA, GEO_PACKED), text);
  return Buffer.byteLength(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(`wrote data/${GEO_PACKED} (${(writePacked() / 1024).toFixed(1)} KB) and data/${GEO_LIGHT}`);
}
