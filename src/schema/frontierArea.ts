/**
 * Where a record may be placed: the frontier and its surroundings (both banks, all of Tajikistan
 * and northern Afghanistan), the one box every importer and the event schema check coordinates
 * against. It is wider than the frame the map opens on (src/map/createMap.ts) so records from a
 * whole-country export still fit, and narrow enough that swapped coordinates (71.55°N) or a
 * default 0,0 never pass.
 */
import * as v from 'valibot';
import { at, crossCheck, lngLat } from './dialect.ts';
import { show } from './messages.ts';

/** Longitude 60–80 °E, latitude 30–45 °N. */
export const FRONTIER_AREA = { west: 60, east: 80, south: 30, north: 45 } as const;

const A = FRONTIER_AREA;
/** The bounds in words, for messages. */
export const FRONTIER_AREA_TEXT = `longitude ${A.west}..${A.east} and latitude ${A.south}..${A.north} (the frontier area)`;

/** True when the point lies in the frontier area. */
export const inFrontierArea = (lon: number, lat: number): boolean => lon >= A.west && lon <= A.east && lat >= A.south && lat <= A.north;

/** A number for messages: `Infinity` and `NaN` by name (JSON would print them as null). */
export const showNumber = (n: number): string => (Number.isFinite(n) ? String(n) : show(n));

/**
 * What is wrong with a position, and which coordinate to blame (`'lon'`/`'lat'`), or undefined
 * when it lies in the frontier area. Swapped coordinates are named as such.
 */
export function positionProblem(lon: number, lat: number): { which: 'lon' | 'lat'; detail: string } | undefined {
  for (const [which, n] of [
    ['lon', lon],
    ['lat', lat],
  ] as const)
    if (!Number.isFinite(n))
      return { which, detail: `expected a finite number, got ${showNumber(n)} (out of range: too large to represent)` };
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90)
    return { which: 'lat', detail: `expected latitude in -90..90, got ${lat} (latitude and longitude look swapped)` };
  if (lat < -90 || lat > 90) return { which: 'lat', detail: `expected latitude in -90..90, got ${lat}` };
  if (lon < -180 || lon > 180) return { which: 'lon', detail: `expected longitude in -180..180, got ${lon}` };
  if (inFrontierArea(lon, lat)) return undefined;
  if (inFrontierArea(lat, lon))
    return {
      which: 'lat',
      detail: `expected longitude ${lat}, latitude ${lon} — latitude and longitude look swapped (got longitude ${lon}, latitude ${lat})`,
    };
  const lonOut = lon < A.west || lon > A.east;
  return lonOut
    ? { which: 'lon', detail: `expected longitude in ${A.west}..${A.east} (the frontier area), got ${lon}` }
    : { which: 'lat', detail: `expected latitude in ${A.south}..${A.north} (the frontier area), got ${lat}` };
}

/** `[lon, lat]` inside the frontier area (a bad one is named by its index; swapped pairs are named as such). */
export const frontierLngLat = v.pipe(
  lngLat,
  crossCheck([], ([lon, lat]: [number, number]) => {
    const p = positionProblem(lon, lat);
    return p === undefined ? [] : [at([p.which === 'lon' ? 0 : 1], p.detail)];
  }),
);
