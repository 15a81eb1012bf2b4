/**
 * Small geometry helpers of the geography build: rounding to 5 decimals (≈1 m), cleaning the
 * rings that clipping and simplification leave behind, and planar distances that are exact enough
 * at the frontier's scale.
 */
import * as turf from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type Pt = [number, number];
/** Rings of one polygon: outer first, then holes. */
export type PolygonRings = Position[][];

/** Round to 5 decimals, never writing -0. */
export const r5 = (x: number): number => {
  const v = Math.round(x * 1e5) / 1e5;
  return Object.is(v, -0) ? 0 : v;
};
export const roundPt = (p: Position): Pt => [r5(p[0] ?? NaN), r5(p[1] ?? NaN)];

/** Round a line to 5 decimals and drop consecutive duplicates. */
export function roundLine(coords: readonly Position[]): Pt[] {
  const out: Pt[] = [];
  for (const p of coords) {
    const q = roundPt(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Round a ring and close it; null if it degenerates (under 4 points, or a zero-area clip sliver). */
export function roundRing(ring: readonly Position[] | undefined): Pt[] | null {
  if (!Array.isArray(ring) || ring.length === 0) return null;
  const out = roundLine(ring);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
  if (out.length < 4) return null;
  if (Math.abs(turf.area(turf.polygon([out]))) < 1) return null;
  return out;
}

/** Polygon | MultiPolygon → list of polygons (ring arrays); other geometries → []. */
export const polygonsOf = (g: Geometry): PolygonRings[] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

/** Round + clean polygons; a Polygon, a MultiPolygon, or null when nothing is left. */
export function cleanPolygons(polys: readonly PolygonRings[]): Polygon | MultiPolygon | null {
  const out: Pt[][][] = [];
  for (const poly of polys) {
    if (!Array.isArray(poly) || poly.length === 0) continue;
    const outer = roundRing(poly[0]);
    if (!outer) continue;
    const holes = poly
      .slice(1)
      .map(roundRing)
      .filter((r): r is Pt[] => r !== null);
    out.push([outer, ...holes]);
  }
  const [only] = out;
  if (!only) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: out };
}

/** Douglas–Peucker (turf, high quality) with `tolerance` in degrees. */
export function simplifyGeom<G extends Geometry>(geometry: G, tolerance: number): G {
  return turf.simplify(turf.feature(geometry), { tolerance, highQuality: true, mutate: false }).geometry;
}

const M_PER_DEG = 111320;

/** Distance in metres from p to segment ab (local equirectangular; fine at these scales). */
export function segDistM(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const c = Math.cos((py * Math.PI) / 180);
  const ax = ((a[0] ?? 0) - px) * c * M_PER_DEG;
  const ay = ((a[1] ?? 0) - py) * M_PER_DEG;
  const bx = ((b[0] ?? 0) - px) * c * M_PER_DEG;
  const by = ((b[1] ?? 0) - py) * M_PER_DEG;
  const dx = bx - ax;
  const dy = by - ay;
  const L = dx * dx + dy * dy;
  const t = L ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / L)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Planar distance in km between two lon/lat points (longitude scaled at p's latitude). */
export const distKm = (p: Position, q: Position): number =>
  Math.hypot(((p[0] ?? 0) - (q[0] ?? 0)) * Math.cos(((p[1] ?? 0) * Math.PI) / 180), (p[1] ?? 0) - (q[1] ?? 0)) * (M_PER_DEG / 1000);

/**
 * Grid index over the segments of a ring, for "distance to boundary" queries. The returned
 * function gives the distance (m) from p to the ring, or Infinity if farther than ~1 cell.
 */
export function segmentIndex(ring: readonly Position[], cell = 0.01): (p: Position) => number {
  const grid = new Map<string, number[]>();
  for (let s = 0; s < ring.length - 1; s++) {
    const [x1 = 0, y1 = 0] = ring[s] ?? [];
    const [x2 = 0, y2 = 0] = ring[s + 1] ?? [];
    for (let i = Math.floor(Math.min(x1, x2) / cell); i <= Math.floor(Math.max(x1, x2) / cell); i++) {
      for (let k = Math.floor(Math.min(y1, y2) / cell); k <= Math.floor(Math.max(y1, y2) / cell); k++) {
        const key = `${i},${k}`;
        const list = grid.get(key);
        if (list) list.push(s);
        else grid.set(key, [s]);
      }
    }
  }
  return (p) => {
    let best = Infinity;
    const ci = Math.floor((p[0] ?? 0) / cell);
    const ck = Math.floor((p[1] ?? 0) / cell);
    for (let i = ci - 1; i <= ci + 1; i++) {
      for (let k = ck - 1; k <= ck + 1; k++) {
        for (const s of grid.get(`${i},${k}`) ?? []) best = Math.min(best, segDistM(p, ring[s] ?? [], ring[s + 1] ?? []));
      }
    }
    return best;
  };
}

/** Geodesic length of a line in km (turf). */
export const kmLength = (coords: Position[]): number => turf.length(turf.lineString(coords), { units: 'kilometers' });
