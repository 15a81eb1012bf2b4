/**
 * The narrow view of `data/geo` that validation and normalisation need, so those stay pure and
 * never import turf, MapLibre or files. `createGeoLookup` builds it from the GeoJSON collections.
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { BorderProps, PlaceProps, RegionProps } from '../model/types.ts';

export type LngLat = [number, number];

/** Resolves the ids that events and outposts refer to. */
export interface GeoLookup {
  /** `[lon, lat]` of a place in `places.geojson`, or undefined for an unknown id. */
  placeLngLat(id: string): LngLat | undefined;
  /** HASC ids of the regions in `regions.geojson`. */
  regionIds: ReadonlySet<string>;
  /** A representative point inside-ish a region, for list/click targets; undefined for unknown ids. */
  regionLabelPoint(id: string): LngLat | undefined;
  /** Id of the border line feature (`tj-af`). */
  borderId: string;
  /** Optional representative point on the border for `border`-precision events; without it their geometry is null. */
  borderLabelPoint?: LngLat;
}

/** The GeoJSON collections a lookup is built from (types per `src/data/types.ts`). */
export interface GeoLookupInput {
  places: FeatureCollection<Point, PlaceProps>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProps>;
  border?: FeatureCollection<LineString | MultiLineString, BorderProps>;
}

/** Signed planar area and centroid of a ring (shoelace), in degrees — adequate for a label point. */
function ringCentroid(ring: Position[]): { area: number; point: LngLat } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  if (area === 0) {
    const first = ring[0] ?? [0, 0];
    return { area: 0, point: [first[0] ?? 0, first[1] ?? 0] };
  }
  return { area: Math.abs(area), point: [cx / (6 * area), cy / (6 * area)] };
}

/**
 * Label point of a (multi)polygon: the centroid of its largest outer ring. Not guaranteed to lie
 * inside a strongly concave outline; swap in turf's `pointOnFeature` at build time if that matters.
 */
export function polygonLabelPoint(geometry: Polygon | MultiPolygon): LngLat | undefined {
  const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((poly) => poly[0]);
  let best: { area: number; point: LngLat } | undefined;
  for (const ring of outers) {
    if (ring === undefined || ring.length < 3) continue;
    const c = ringCentroid(ring);
    if (best === undefined || c.area > best.area) best = c;
  }
  return best?.point;
}

/** Planar length of a segment in degrees, with longitude scaled by cos(latitude). */
function segmentLength(a: Position, b: Position): number {
  const [x0 = 0, y0 = 0] = a;
  const [x1 = 0, y1 = 0] = b;
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  return Math.hypot((x1 - x0) * k, y1 - y0);
}

/** The point halfway along the longest part of a (multi)line — a stable point on the border line. */
export function lineLabelPoint(geometry: LineString | MultiLineString): LngLat | undefined {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const lengthOf = (line: Position[]): number => line.slice(1).reduce((sum, p, i) => sum + segmentLength(line[i] ?? p, p), 0);
  const longest = parts.reduce<Position[]>((a, b) => (lengthOf(b) > lengthOf(a) ? b : a), []);
  let remaining = lengthOf(longest) / 2;
  for (let i = 1; i < longest.length; i += 1) {
    const a = longest[i - 1] ?? [];
    const b = longest[i] ?? [];
    const d = segmentLength(a, b);
    if (d >= remaining && d > 0) {
      const t = remaining / d;
      return [(a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * t, (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * t];
    }
    remaining -= d;
  }
  const only = longest[0];
  return only === undefined ? undefined : [only[0] ?? 0, only[1] ?? 0];
}

/** Build a `GeoLookup` from the geo collections, so callers do not hand-roll id resolution. */
export function createGeoLookup(input: GeoLookupInput): GeoLookup {
  const places = new Map<string, LngLat>();
  for (const f of input.places.features) {
    const [lon, lat] = f.geometry.coordinates;
    if (lon !== undefined && lat !== undefined) places.set(f.properties.id, [lon, lat]);
  }
  const regionPoints = new Map<string, LngLat | undefined>();
  for (const f of input.regions.features) regionPoints.set(f.properties.id, polygonLabelPoint(f.geometry));
  const borderFeature = input.border?.features[0];
  const lookup: GeoLookup = {
    placeLngLat: (id) => places.get(id),
    regionIds: new Set(regionPoints.keys()),
    regionLabelPoint: (id) => regionPoints.get(id),
    borderId: borderFeature?.properties.id ?? 'tj-af',
  };
  const borderPoint = borderFeature === undefined ? undefined : lineLabelPoint(borderFeature.geometry);
  if (borderPoint !== undefined) lookup.borderLabelPoint = borderPoint;
  return lookup;
}
