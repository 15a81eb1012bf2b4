/**
 * The border as an axis: which provinces and districts each stretch of it borders, and where posts
 * and crossings sit along it (km from the Uzbek tripoint in the west). Pure: the caller passes the
 * line and an `along` function (the border index's), so the chart, the comparison table and the
 * stretch filter all use one projection.
 *
 * - Province stretches: the line is sampled about every kilometre; at each sample the nearest
 *   Tajik and the nearest Afghan region outline (0 inside it) is the pair it borders. Runs of one
 *   pair shorter than `minKm` (where the Natural Earth outlines and the OSM line disagree) join
 *   their neighbour.
 * - District stretches: no district outline is bundled, only seats, so each district's seat is
 *   projected onto the line and, within its province's stretch on its own bank, the districts
 *   split the stretch at the midpoints between their seats. Approximate by construction; the
 *   chart says so.
 */
import { distance } from '@turf/distance';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Km along the border line of a lng/lat (its nearest point's). */
export type AlongFn = (lng: number, lat: number) => number;

export type Side = 'tj' | 'af';

/** A run of the border with one Tajik and one Afghan province on either bank. */
export interface ProvinceStretch {
  /** `<tj region>|<af region>`, e.g. `TJ-KL|AF-KZ`. */
  id: string;
  fromKm: number;
  toKm: number;
  tj: string;
  af: string;
}

/** The part of one bank a border district faces (from its seat; approximate). */
export interface DistrictStretch {
  /** The district's id, e.g. `tj-kl-panj`. */
  id: string;
  side: Side;
  region: string;
  fromKm: number;
  toKm: number;
  /** Where its seat projects onto the line. */
  seatKm: number;
}

/** Something placed along the border (a post, a crossing, an event). */
export type Along<T> = T & { alongKm: number };

interface RegionLike {
  id: string;
  country: 'TJ' | 'AF';
}
interface DistrictLike {
  id: string;
  country: 'TJ' | 'AF';
  region: string;
}

/** Sample spacing along the line, km. */
const STEP_KM = 1;

/** Planar distance (degrees, longitude scaled at the point) from a point to a region's outline; 0 inside (even–odd). */
function distanceToRegion(p: [number, number], f: Feature<Polygon | MultiPolygon>): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  let best = Infinity;
  let crossings = 0;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      // Index access, not destructuring: this loop runs millions of times.
      const a = ring[i - 1] as Position;
      const b = ring[i] as Position;
      const ax = a[0] as number;
      const ay = a[1] as number;
      const bx = b[0] as number;
      const by = b[1] as number;
      if (ay > p[1] !== by > p[1] && p[0] < ax + ((p[1] - ay) * (bx - ax)) / (by - ay)) crossings += 1;
      const dx = (bx - ax) * k;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * k * dx + (p[1] - ay) * dy) / len2));
      const ex = (p[0] - ax) * k - t * dx;
      const ey = p[1] - ay - t * dy;
      const d = ex * ex + ey * ey;
      if (d < best) best = d;
    }
  }
  return crossings % 2 === 1 ? 0 : Math.sqrt(best);
}

function nearest<P extends RegionLike>(p: [number, number], regions: ReadonlyArray<Feature<Polygon | MultiPolygon, P>>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const r of regions) {
    const d = distanceToRegion(p, r);
    if (d < bestD) [best, bestD] = [r.properties.id, d];
  }
  return best;
}

/** Points about every `STEP_KM` along the line, west to east, with their km along it (turf's haversine sum, as the border index). */
function samples(line: readonly Position[]): Array<{ km: number; p: [number, number] }> {
  const out: Array<{ km: number; p: [number, number] }> = [];
  let km = 0;
  for (let i = 1; i < line.length; i += 1) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const [ax, ay, bx, by] = [a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0];
    const seg = distance([ax, ay], [bx, by], { units: 'kilometers' });
    // Points at the whole steps that fall inside this segment (the first at its start).
    for (let d = Math.ceil(km / STEP_KM) * STEP_KM - km; d < seg || (i === line.length - 1 && d <= seg); d += STEP_KM) {
      const t = seg === 0 ? 0 : d / seg;
      out.push({ km: km + d, p: [ax + (bx - ax) * t, ay + (by - ay) * t] });
    }
    km += seg;
  }
  const last = line[line.length - 1];
  if (last && line.length > 1 && (out[out.length - 1]?.km ?? -1) < km) out.push({ km, p: [last[0] ?? 0, last[1] ?? 0] });
  return out;
}

/**
 * The province pairs along the line, west to east, covering [0, length]. `line` runs west to
 * east (the border index's orientation). Runs shorter than `minKm` join the run before them.
 */
export function provinceStretches<P extends RegionLike>(
  line: readonly Position[],
  regions: ReadonlyArray<Feature<Polygon | MultiPolygon, P>>,
  minKm = 5,
): ProvinceStretch[] {
  const tjRegions = regions.filter((r) => r.properties.country === 'TJ');
  const afRegions = regions.filter((r) => r.properties.country === 'AF');
  const pts = samples(line);
  const length = pts[pts.length - 1]?.km ?? 0;
  const runs: ProvinceStretch[] = [];
  for (let i = 0; i < pts.length; i += 1) {
    const s = pts[i];
    if (!s) continue;
    const tj = nearest(s.p, tjRegions) ?? '';
    const af = nearest(s.p, afRegions) ?? '';
    const id = `${tj}|${af}`;
    const last = runs[runs.length - 1];
    // A run reaches to the midpoint between its last sample and the next run's first.
    const from = i === 0 ? 0 : ((pts[i - 1]?.km ?? 0) + s.km) / 2;
    if (last && last.id === id) continue;
    if (last) last.toKm = from;
    runs.push({ id, fromKm: from, toKm: length, tj, af });
  }
  // Short runs join the run before them (a short first run joins the next); then equal neighbours merge.
  const kept: ProvinceStretch[] = [];
  for (const r of runs) {
    const prev = kept[kept.length - 1];
    if (prev && r.toKm - r.fromKm < minKm) prev.toKm = r.toKm;
    else kept.push({ ...r });
  }
  const [first, second] = kept;
  if (first && second && first.toKm - first.fromKm < minKm) {
    second.fromKm = first.fromKm;
    kept.shift();
  }
  const merged: ProvinceStretch[] = [];
  for (const r of kept) {
    const prev = merged[merged.length - 1];
    if (prev && prev.id === r.id) prev.toKm = r.toKm;
    else merged.push(r);
  }
  return merged;
}

/** The runs of one bank's provinces (neighbouring stretches with the same province on that side joined). */
export function sideRuns(stretches: readonly ProvinceStretch[], side: Side): Array<{ region: string; fromKm: number; toKm: number }> {
  const out: Array<{ region: string; fromKm: number; toKm: number }> = [];
  for (const s of stretches) {
    const region = s[side];
    const prev = out[out.length - 1];
    if (prev && prev.region === region) prev.toKm = s.toKm;
    else out.push({ region, fromKm: s.fromKm, toKm: s.toKm });
  }
  return out;
}

/**
 * Each district's part of its bank: seats projected with `along`, each district assigned to the
 * run of its province on its bank nearest its seat, runs split at the midpoints between seats.
 * Districts whose province does not touch the line are left out. West to east per bank.
 */
export function districtStretches<P extends DistrictLike>(
  districts: ReadonlyArray<Feature<Point, P>>,
  stretches: readonly ProvinceStretch[],
  along: AlongFn,
): DistrictStretch[] {
  const out: DistrictStretch[] = [];
  for (const side of ['tj', 'af'] as const) {
    const runs = sideRuns(stretches, side).map((r) => ({ ...r, seats: [] as Array<{ id: string; km: number }> }));
    for (const d of districts) {
      if (d.properties.country.toLowerCase() !== side) continue;
      const [lng = 0, lat = 0] = d.geometry.coordinates;
      const km = along(lng, lat);
      const own = runs.filter((r) => r.region === d.properties.region);
      const gap = (r: { fromKm: number; toKm: number }): number => (km < r.fromKm ? r.fromKm - km : km > r.toKm ? km - r.toKm : 0);
      const run = own.sort((a, b) => gap(a) - gap(b))[0];
      if (run) run.seats.push({ id: d.properties.id, km: Math.max(run.fromKm, Math.min(run.toKm, km)) });
    }
    for (const run of runs) {
      const seats = run.seats.sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1));
      seats.forEach((s, i) => {
        const prev = seats[i - 1];
        const next = seats[i + 1];
        out.push({
          id: s.id,
          side,
          region: run.region,
          fromKm: prev ? (prev.km + s.km) / 2 : run.fromKm,
          toKm: next ? (s.km + next.km) / 2 : run.toKm,
          seatKm: s.km,
        });
      });
    }
  }
  return out;
}

/** Items with their km along the line, west to east (ties by input order). */
export function alongOrder<T>(items: readonly T[], lngLatOf: (t: T) => readonly [number, number], along: AlongFn): Array<Along<T>> {
  return items
    .map((t, i) => ({ t, i, km: along(lngLatOf(t)[0], lngLatOf(t)[1]) }))
    .sort((a, b) => a.km - b.km || a.i - b.i)
    .map(({ t, km }) => ({ ...t, alongKm: km }));
}

/** The stretch holding `km` (a boundary belongs to the stretch east of it, the east end to the last); null outside. */
export function stretchAt<S extends { fromKm: number; toKm: number }>(stretches: readonly S[], km: number | null): S | null {
  if (km === null) return null;
  for (const s of stretches) if (km >= s.fromKm && km < s.toKm) return s;
  const last = stretches[stretches.length - 1];
  return last && km === last.toKm ? last : null;
}
