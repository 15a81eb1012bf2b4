/**
 * Every place measured against the border line itself: how far from it, on which bank, and where
 * along it (km from the Uzbek tripoint in the west). Segments and country edges are indexed with
 * flatbush, because turf's `nearestPointOnLine` and `booleanPointInPolygon` walk every vertex
 * (3,091 border vertices, ~2,800 country vertices) and a million-row import would take minutes;
 * candidate segments are ranked in a plane and only the best few measured with turf's haversine
 * (lengths too), and the tests check the result against turf.
 */
import Flatbush from 'flatbush';
import { distance } from '@turf/distance';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { ON_LINE_KM, type Bank, type BorderIndex, type PointMeasure } from './borderRules.ts';

// The rules and types live in borderRules.ts (light, in the default view); re-exported for the import paths.
export * from './borderRules.ts';

export interface BorderIndexInput {
  /** The border, west to east (the build orders it so; `createBorderIndex` reverses it otherwise). */
  border: LineString;
  tj: Polygon | MultiPolygon;
  af: Polygon | MultiPolygon;
}

const KM = { units: 'kilometers' } as const;
const CANDIDATES = 8;
/** Half-size of the first candidate search, degrees (~4 km); grown ×4 until a segment's box meets it. */
const FIRST_REACH_DEG = 0.04;
/** Candidate segments measured on the sphere (the rest are ranked in the plane only). */
const EXACT_FOR = 3;
/** Within this distance every candidate segment is checked; beyond it the nearest boxes suffice. */
const EXACT_WITHIN_KM = 60;
/** Km per degree of latitude on turf's sphere (6,371.0088 km). */
const KM_PER_DEGREE = (Math.PI * 6371.0088) / 180;

function xy(p: Position): [number, number] {
  return [p[0] ?? 0, p[1] ?? 0];
}

/** Rings of a (multi)polygon as closed coordinate arrays. */
function ringsOf(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

interface EdgeSet {
  index: Flatbush;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  maxX: number;
}

function edgeSet(g: Polygon | MultiPolygon): EdgeSet {
  const edges: Array<[number, number, number, number]> = [];
  for (const ring of ringsOf(g)) {
    for (let i = 1; i < ring.length; i += 1) {
      const [x0, y0] = xy(ring[i - 1] ?? []);
      const [x1, y1] = xy(ring[i] ?? []);
      if (y0 !== y1) edges.push([x0, y0, x1, y1]);
    }
  }
  const index = new Flatbush(Math.max(1, edges.length));
  const set: EdgeSet = {
    index,
    ax: new Float64Array(edges.length),
    ay: new Float64Array(edges.length),
    bx: new Float64Array(edges.length),
    by: new Float64Array(edges.length),
    maxX: -Infinity,
  };
  edges.forEach(([x0, y0, x1, y1], i) => {
    index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    set.ax[i] = x0;
    set.ay[i] = y0;
    set.bx[i] = x1;
    set.by[i] = y1;
    set.maxX = Math.max(set.maxX, x0, x1);
  });
  if (edges.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return set;
}

/** Even–odd ray cast to the east, over only the edges the ray's box meets (holes count as outside). */
function inside(set: EdgeSet, x: number, y: number): boolean {
  if (x > set.maxX) return false;
  let crossings = 0;
  for (const i of set.index.search(x, y, set.maxX, y)) {
    const y0 = set.ay[i] ?? 0;
    const y1 = set.by[i] ?? 0;
    if (y0 > y === y1 > y) continue;
    const x0 = set.ax[i] ?? 0;
    const x1 = set.bx[i] ?? 0;
    if (x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0)) crossings += 1;
  }
  return crossings % 2 === 1;
}

/** Build the index once per border; `measure` is then a few dozen operations per point. */
export function createBorderIndex(input: BorderIndexInput): BorderIndex {
  const raw = input.border.coordinates.map(xy);
  const first = raw[0];
  const last = raw[raw.length - 1];
  if (first === undefined || last === undefined || raw.length < 2) throw new Error('border line needs two or more points');
  const line = first[0] <= last[0] ? raw : [...raw].reverse();
  const west: [number, number] = line[0] ?? first;
  const east: [number, number] = line[line.length - 1] ?? last;
  const n = line.length - 1;
  const cumulative = new Float64Array(n + 1);
  const segKm = new Float64Array(n);
  const segCos = new Float64Array(n);
  const k0 = Math.cos((((first[1] + last[1]) / 2) * Math.PI) / 180);
  const segments = new Flatbush(n);
  for (let i = 0; i < n; i += 1) {
    const a = line[i] ?? west;
    const b = line[i + 1] ?? east;
    segKm[i] = distance(a, b, KM);
    segCos[i] = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
    cumulative[i + 1] = (cumulative[i] ?? 0) + (segKm[i] ?? 0);
    segments.add(Math.min(a[0], b[0]) * k0, Math.min(a[1], b[1]), Math.max(a[0], b[0]) * k0, Math.max(a[1], b[1]));
  }
  segments.finish();
  const tj = edgeSet(input.tj);
  const af = edgeSet(input.af);
  const lengthKm = cumulative[n] ?? 0;

  // The few segments nearest in the plane, kept per call (reused buffers: no allocation per point).
  const topI = new Int32Array(EXACT_FOR);
  const topT = new Float64Array(EXACT_FOR);
  const topD2 = new Float64Array(EXACT_FOR);

  function measure(lng: number, lat: number): PointMeasure {
    // Rank candidate segments by a planar (equirectangular, at the point's and the segment's mean latitude) distance to
    // the foot of the perpendicular, then take turf's great-circle distance for the best few only:
    // the plane is exact enough to order segments a few km away, and the foot is monotone along the line.
    const k = Math.cos((lat * Math.PI) / 180);
    let n = 0;
    const consider = (i: number): void => {
      for (let j = 0; j < n; j += 1) if (topI[j] === i) return;
      const a = line[i] ?? west;
      const b = line[i + 1] ?? east;
      // The plane's scale at the mean latitude of the point and the segment (far points too rank right).
      const km = (k + (segCos[i] ?? k)) / 2;
      const dx = (b[0] - a[0]) * km;
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      const px = (lng - a[0]) * km;
      const py = lat - a[1];
      const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, (px * dx + py * dy) / len2));
      const ex = px - t * dx;
      const ey = py - t * dy;
      const d2 = ex * ex + ey * ey;
      if (n === EXACT_FOR && d2 >= (topD2[n - 1] ?? Infinity)) return;
      // Insertion into the sorted top list.
      let j = n < EXACT_FOR ? n++ : n - 1;
      while (j > 0 && (topD2[j - 1] ?? 0) > d2) {
        topI[j] = topI[j - 1] ?? 0;
        topT[j] = topT[j - 1] ?? 0;
        topD2[j] = topD2[j - 1] ?? 0;
        j -= 1;
      }
      topI[j] = i;
      topT[j] = t;
      topD2[j] = d2;
    };
    // Candidates: the segments whose boxes meet a small square round the point, grown until one
    // does (a box search is far cheaper than a nearest-neighbour walk); far from the line, the
    // nearest boxes. The nearest boxes are not always the nearest segments, so near the line, where
    // the figure is read and filtered on, every segment whose box is within the best distance is taken.
    const x = lng * k0;
    let searched = 0;
    for (let r = FIRST_REACH_DEG; r <= EXACT_WITHIN_KM / KM_PER_DEGREE; r *= 4) {
      const ids = segments.search(x - r, lat - r, x + r, lat + r);
      if (ids.length === 0) continue;
      for (const i of ids) consider(i);
      searched = r;
      break;
    }
    if (n === 0) for (const i of segments.neighbors(x, lat, CANDIDATES)) consider(i);
    const planarKm = Math.sqrt(topD2[0] ?? Infinity) * KM_PER_DEGREE;
    if (planarKm < EXACT_WITHIN_KM) {
      // In the index's units (x scaled at the frontier's latitude, not the point's), with a margin for the plane.
      const reach = (planarKm / KM_PER_DEGREE) * Math.max(1, k0 / k) * 1.05 + 1e-9;
      if (reach > searched) for (const i of segments.search(x - reach, lat - reach, x + reach, lat + reach)) consider(i);
    }
    let distanceKm = Infinity;
    let alongKm = 0;
    for (let j = 0; j < n; j += 1) {
      const i = topI[j] ?? 0;
      const t = topT[j] ?? 0;
      const a = line[i] ?? west;
      const b = line[i + 1] ?? east;
      const d = distance([lng, lat], [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], KM);
      if (d < distanceKm) [distanceKm, alongKm] = [d, (cumulative[i] ?? 0) + t * (segKm[i] ?? 0)];
    }
    const bank: Bank = distanceKm <= ON_LINE_KM ? 'line' : inside(tj, lng, lat) ? 'tj' : inside(af, lng, lat) ? 'af' : 'other';
    return { distanceKm, alongKm, bank };
  }

  return { lengthKm, measure };
}

const cache = new WeakMap<object, BorderIndex | undefined>();

/** One index per loaded geography (imports build events many times over the same bundle). */
export function borderIndexFor(geo: {
  border: { features: ReadonlyArray<{ geometry: LineString | { type: string } }> };
  countries: { features: ReadonlyArray<{ properties: { id: string }; geometry: Polygon | MultiPolygon }> };
}): BorderIndex | undefined {
  if (cache.has(geo.border)) return cache.get(geo.border);
  const line = geo.border.features[0]?.geometry;
  const country = (id: string) => geo.countries.features.find((f) => f.properties.id === id)?.geometry;
  const [tj, af] = [country('TJK'), country('AFG')];
  const index = line !== undefined && 'coordinates' in line && tj && af ? createBorderIndex({ border: line, tj, af }) : undefined;
  cache.set(geo.border, index);
  return index;
}
