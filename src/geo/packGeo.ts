/**
 * The geography as the browser downloads it: every feature file of data/geo in one JSON file,
 * with each line and ring stored as integer deltas instead of decimal pairs. Two files:
 * - exact, at 1e-5° (the precision the geography build rounds to): lossless, `unpackGeo(packGeo(files))`
 *   gives back exactly the committed coordinates (an integer divided by 1e5 is the double nearest to
 *   its 5-decimal text), and `packGeo` refuses coordinates with more decimals;
 * - light, for the map below z8 (where it swaps in the exact file): every line and ring simplified
 *   by `LIGHT_TOLERANCE` (Douglas–Peucker, `scripts/geo/packed.ts`), then each kept vertex rounded
 *   to the nearest 1e-3°. Every exact vertex then lies within 45 m + 71 m of the light line: under
 *   half a CSS pixel at z8 (243 m per pixel at 37.5°N, 512-px tiles), a quarter at the default
 *   view's ~z7 (a tilted map's near edge is at a higher zoom than its centre); a z7 vector tile's
 *   grid (1/4096 of 2.8°) is as coarse. Features, properties and points are as in the exact
 *   file. The default view draws it; whatever measures (imports, the border chart, the comparison)
 *   loads the exact one first (`load/exactGeo.ts`).
 * Topology with shared arcs was measured and saved less, because the border, outlines and rivers
 * are simplified separately and share few vertices (bench/README.md).
 */

/** Coordinates of 1e-5° steps: the exact file. */
export const PACK_SCALE = 1e5;
/** Coordinates of 1e-3° steps: the light file (a kept vertex moves 71 m at most at these latitudes). */
export const LIGHT_SCALE = 1e3;
/** From this zoom on, the map draws the exact file: below it, the light one is off by under half a CSS pixel (untilted). */
export const EXACT_GEO_ZOOM = 8;
/** The light file's simplification tolerance in degrees (0.0004°: 45 m at most). */
export const LIGHT_TOLERANCE = 0.0004;
const SCALES: readonly number[] = [PACK_SCALE, LIGHT_SCALE];
export const PACK_FORMAT = 'frontier-packed-geo/1';

/** Nested coordinate arrays: a position, or arrays of them at any depth. */
type Coords = number[] | Coords[];
/** The packed form: each innermost line is one flat array [x0, y0, dx1, dy1, …] of integers. */
type Packed = number[] | Packed[];

interface AnyGeometry {
  type: string;
  coordinates: Coords;
}
interface AnyFeature {
  type: 'Feature';
  id?: string | number;
  properties: unknown;
  geometry: AnyGeometry;
}
interface AnyCollection {
  type: 'FeatureCollection';
  features: AnyFeature[];
}

/** One packed geography file: the feature files by key (points stay as they are). */
export interface PackedGeo {
  format: typeof PACK_FORMAT;
  scale: number;
  files: Record<
    string,
    {
      type: 'FeatureCollection';
      features: Array<Omit<AnyFeature, 'geometry'> & { geometry: { type: string; coordinates?: Coords; packed?: Packed } }>;
    }
  >;
}

const isPosition = (c: Coords): c is number[] => typeof c[0] === 'number';
const isLine = (c: Coords): c is number[][] => Array.isArray(c[0]) && typeof c[0][0] === 'number';

function packLine(line: number[][], scale: number): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of line) {
    // The exact 1e-5 integers first, so the light file rounds the committed value, not a float product.
    const X5 = Math.round(x! * PACK_SCALE);
    const Y5 = Math.round(y! * PACK_SCALE);
    if (X5 / PACK_SCALE !== x || Y5 / PACK_SCALE !== y) throw new Error(`packGeo: ${x},${y} has more than 5 decimals`);
    const step = PACK_SCALE / scale;
    const X = Math.round(X5 / step);
    const Y = Math.round(Y5 / step);
    out.push(X - px, Y - py);
    px = X;
    py = Y;
  }
  return out;
}

function unpackLine(d: readonly number[], scale: number): number[][] {
  const out: number[][] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < d.length; i += 2) {
    x += d[i]!;
    y += d[i + 1]!;
    out.push([x / scale, y / scale]);
  }
  return out;
}

const packCoords = (c: Coords, scale: number): Packed =>
  isLine(c) ? packLine(c, scale) : (c as Coords[]).map((x) => packCoords(x, scale));
const unpackCoords = (p: Packed, scale: number): Coords =>
  typeof p[0] === 'number' || p.length === 0 ? unpackLine(p as number[], scale) : (p as Packed[]).map((x) => unpackCoords(x, scale));

/** Packs the feature files (FeatureCollections keyed by name) at `scale` steps per degree. */
export function packGeo(files: Readonly<Record<string, AnyCollection>>, scale: number = PACK_SCALE): PackedGeo {
  if (!SCALES.includes(scale)) throw new Error(`packGeo: scale ${scale} is not one of ${SCALES.join(', ')}`);
  const out: PackedGeo['files'] = {};
  for (const [key, fc] of Object.entries(files)) {
    out[key] = {
      type: 'FeatureCollection',
      features: fc.features.map((f) => {
        const c = f.geometry.coordinates;
        const geometry = isPosition(c) ? f.geometry : { type: f.geometry.type, packed: packCoords(c, scale) };
        return { ...f, geometry };
      }),
    };
  }
  return { format: PACK_FORMAT, scale, files: out };
}

/** The file text `scripts/geo` writes: one feature per line, like the GeoJSON files. */
export function packedGeoText(p: PackedGeo): string {
  const parts = Object.entries(p.files).map(
    ([key, fc]) =>
      `${JSON.stringify(key)}:{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}`,
  );
  return `{"format":${JSON.stringify(p.format)},"scale":${p.scale},"files":{\n${parts.join(',\n')}\n}}\n`;
}

/** Unpacks to the FeatureCollections as the GeoJSON files hold them; anything unexpected is passed on for validation to name. */
export function unpackGeo(input: unknown): Record<string, unknown> {
  const p = input as Partial<PackedGeo> | null;
  if (!p || p.format !== PACK_FORMAT || typeof p.scale !== 'number' || !SCALES.includes(p.scale)) return {};
  if (typeof p.files !== 'object' || p.files === null) return {};
  const scale = p.scale;
  const out: Record<string, unknown> = {};
  for (const [key, fc] of Object.entries(p.files)) {
    if (!fc || !Array.isArray(fc.features)) {
      out[key] = fc;
      continue;
    }
    out[key] = {
      type: fc.type,
      features: fc.features.map((f) => {
        const g = f?.geometry;
        if (!g || !Array.isArray(g.packed)) return f;
        return { ...f, geometry: { type: g.type, coordinates: unpackCoords(g.packed, scale) } };
      }),
    };
  }
  return out;
}
