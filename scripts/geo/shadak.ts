/**
 * Vishkharv and Shadak, which no gazetteer package has. Vishkharv's point comes from a Tajik
 * village directory; Shadak's is derived from it along the border line and is approximate.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { pkgRef } from './config.ts';
import type { Pt } from './geometry.ts';
import { fail, log } from './log.ts';
import { OSM_PKG } from './osm.ts';
import { point5, type PlaceFeature } from './places.ts';

export const DIRECTORY = 'Tajik village directory tojkiston.ucoz.ru/index/dekha_vishkharv/0-3724';
/** The village directory's coordinates. */
export const VISHKHARV: Pt = [70.987865, 38.492468];

export function vishkharvFeature(): PlaceFeature {
  return {
    type: 'Feature',
    properties: {
      id: 'vishkharv',
      name: 'Vishkharv',
      name_ru: null,
      name_tg: null,
      country: 'TJ',
      rank: 4,
      geonameid: null,
      precision: 'approximate',
      source: DIRECTORY,
      note: 'Not in GeoNames cities500; coordinates from the village directory (Vishkharv jamoat, Darvoz district, GBAO).',
    },
    geometry: point5(VISHKHARV[0], VISHKHARV[1]),
  };
}

/** Distance (km) upstream of Vishkharv that public reporting gives for Shadak. */
const STEP_KM = 5.1;
/** How far the point is moved off the line onto the Tajik bank (km). */
const BANK_KM = 0.25;

/**
 * Shadak: reported on the right (Tajik) bank of the Panj ~5.1 km upstream of Vishkharv.
 *
 * Upstream: the border line is oriented west → east, starting at the Uzbek tripoint on the Amu
 * Darya (which flows west, away from the line) and following the Amu Darya → Panj → Pamir chain
 * without a break up to Zorkul; so along the river part of the line, "upstream" is always the
 * direction of increasing distance from the western end. Near Vishkharv the Panj flows north-west
 * toward Qalaikhumb, and the step +5.1 km indeed heads south-east, toward Vanj/Rushon (asserted).
 * The point is then moved 250 m perpendicular to the line onto the side inside Tajikistan.
 */
export function deriveShadak(borderFull: Position[], tjk: Feature<Polygon | MultiPolygon>): Position {
  const line = turf.lineString(borderFull);
  const snapped = turf.nearestPointOnLine(line, turf.point(VISHKHARV), { units: 'kilometers' });
  const at = snapped.properties.location;
  const p = turf.along(line, at + STEP_KM, { units: 'kilometers' }).geometry.coordinates;
  const s = snapped.geometry.coordinates;
  const [px = NaN, py = NaN] = p;
  const [sx = NaN, sy = NaN] = s;
  if (!(px > sx && py < sy + 0.01)) fail(`Shadak: the upstream step went ${p.join(',')} from ${s.join(',')}; expected south-east`);
  const a = turf.along(line, at + STEP_KM - 0.1, { units: 'kilometers' });
  const b = turf.along(line, at + STEP_KM + 0.1, { units: 'kilometers' });
  const bearing = turf.bearing(a, b);
  const sides = [bearing - 90, bearing + 90].map(
    (br) => turf.destination(turf.point(p), BANK_KM, br, { units: 'kilometers' }).geometry.coordinates,
  );
  const tj = sides.filter((q) => turf.booleanPointInPolygon(turf.point(q), tjk));
  const [onBank] = tj;
  if (tj.length !== 1 || !onBank) fail(`Shadak: expected exactly one side of the line inside Tajikistan, got ${tj.length}`);
  log(
    `places: shadak derived: Vishkharv snapped ${snapped.properties.dist.toFixed(2)} km to the line at km ${at.toFixed(1)}, +${STEP_KM} km upstream → ${onBank.map((x) => x.toFixed(5))}`,
  );
  return onBank;
}

export function shadakFeature(at: Position): PlaceFeature {
  return {
    type: 'Feature',
    properties: {
      id: 'shadak',
      name: 'Shadak',
      name_ru: 'Шадак',
      name_tg: null,
      country: 'TJ',
      rank: 4,
      geonameid: null,
      precision: 'approximate',
      source: `Derived: ~5.1 km upstream of Vishkharv (${DIRECTORY}) along the border line (npm ${pkgRef(OSM_PKG)}), 250 m onto the Tajik bank`,
      note: 'Approximate: placed from public reporting (Vishkharv jamoat, Darvoz district; right bank of the Panj ~5.1 km upstream of Vishkharv); never surveyed.',
    },
    geometry: point5(at[0] ?? NaN, at[1] ?? NaN),
  };
}
