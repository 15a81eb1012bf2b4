/**
 * One label anchor per area, computed once at build time and stored in the data as
 * `label: [lon, lat]`: the pole of inaccessibility (the interior point farthest from the outline,
 * via polylabel), so it lies inside even a strongly concave or multi-part outline. Map labels and
 * province-event points both read this one anchor.
 */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { polygonsOf, r5, type Pt } from './geometry.ts';
import { fail } from './log.ts';

/** Search precision in (longitude-scaled) degrees: ≈ 100 m. */
const PRECISION = 0.001;

/** Pole of inaccessibility of one polygon, in a local equirectangular frame; and its clearance. */
function poleOf(rings: Position[][]): { at: Pt; clearance: number } {
  const lat0 = rings[0]?.reduce((s, p) => s + (p[1] ?? 0), 0) ?? 0;
  const k = Math.cos(((lat0 / Math.max(1, rings[0]?.length ?? 1)) * Math.PI) / 180);
  const projected = rings.map((ring) => ring.map((p) => [(p[0] ?? 0) * k, p[1] ?? 0]));
  const pole = polylabel(projected, PRECISION);
  return { at: [pole[0] / k, pole[1]], clearance: pole.distance };
}

/**
 * The label anchor of a (multi)polygon: the pole of the part with the most room, rounded to
 * 5 decimals. Fails if the rounded point is not strictly inside the outline.
 */
export function labelAnchor(geometry: Polygon | MultiPolygon, what: string): Pt {
  let best: { at: Pt; clearance: number } | undefined;
  for (const rings of polygonsOf(geometry)) {
    const pole = poleOf(rings);
    if (!best || pole.clearance > best.clearance) best = pole;
  }
  if (!best) fail(`${what}: no polygon to anchor a label in`);
  const at: Pt = [r5(best.at[0]), r5(best.at[1])];
  if (!turf.booleanPointInPolygon(at, geometry, { ignoreBoundary: true })) fail(`${what}: label anchor ${at.join(',')} is not inside`);
  return at;
}
