/**
 * The narrow view of `data/geo` that validation and normalisation need, so those stay pure and
 * never import MapLibre or files. `createGeoLookup` builds it from the GeoJSON collections; it
 * carries no border index (flatbush and turf, `borderMeasure.ts`): whoever measures new locations
 * (node scripts, tests) adds one, and the browser gets the shipped events' measures from the build.
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { BorderProps, CountryProps, DistrictProps, PlaceProps, RegionProps } from '../model/types.ts';
import type { BorderIndex, BorderMeasure } from './borderRules.ts';

export type LngLat = [number, number];

/** Resolves the ids that events and outposts refer to. */
export interface GeoLookup {
  /** `[lon, lat]` of a place in `places.geojson` or `settlements.geojson`, or undefined for an unknown id. */
  placeLngLat(id: string): LngLat | undefined;
  /** HASC ids of the regions in `regions.geojson`. */
  regionIds: ReadonlySet<string>;
  /** The region's build-time label anchor (inside its outline), for list/click targets; undefined for unknown ids. */
  regionLabelPoint(id: string): LngLat | undefined;
  /**
   * Ids of the border districts in `districts.geojson` (e.g. `tj-kl-panj`), and their label
   * anchors. Absent from lookups built without the districts file (the import worker's).
   */
  districtIds?: ReadonlySet<string>;
  districtLabelPoint?(id: string): LngLat | undefined;
  /** Id of the border line feature (`tj-af`). */
  borderId: string;
  /** Optional representative point on the border for `border`-precision events; without it their geometry is null. */
  borderLabelPoint?: LngLat;
  /** Distance/bank/along-border measure of new locations (set by callers that load `borderMeasure.ts`). */
  borderIndex?: BorderIndex;
  /**
   * The shipped events' measures by event id, computed at build from the same files
   * (`virtual:frontier-border-measures`); taken before `borderIndex`, so the browser never builds one at boot.
   */
  shippedMeasures?: ReadonlyMap<string, BorderMeasure>;
}

/** The GeoJSON collections a lookup is built from (types per `src/model/types.ts`). */
export interface GeoLookupInput {
  places: FeatureCollection<Point, PlaceProps>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProps>;
  border?: FeatureCollection<LineString | MultiLineString, BorderProps>;
  settlements?: FeatureCollection<Point, PlaceProps>;
  districts?: FeatureCollection<Point, DistrictProps>;
  /** TJK and AFG outlines (the bank of a measure); read by `borderIndexFor`, not by the lookup. */
  countries?: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
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
  for (const f of [...input.places.features, ...(input.settlements?.features ?? [])]) {
    const [lon, lat] = f.geometry.coordinates;
    if (lon !== undefined && lat !== undefined) places.set(f.properties.id, [lon, lat]);
  }
  const regionPoints = new Map<string, LngLat | undefined>();
  for (const f of input.regions.features) regionPoints.set(f.properties.id, [f.properties.label[0], f.properties.label[1]]);
  const borderFeature = input.border?.features[0];
  const lookup: GeoLookup = {
    placeLngLat: (id) => places.get(id),
    regionIds: new Set(regionPoints.keys()),
    regionLabelPoint: (id) => regionPoints.get(id),
    borderId: borderFeature?.properties.id ?? 'tj-af',
  };
  if (input.districts !== undefined) {
    const districtPoints = new Map<string, LngLat>();
    for (const f of input.districts.features) districtPoints.set(f.properties.id, [f.properties.label[0], f.properties.label[1]]);
    lookup.districtIds = new Set(districtPoints.keys());
    lookup.districtLabelPoint = (id) => districtPoints.get(id);
  }
  const borderPoint = borderFeature === undefined ? undefined : lineLabelPoint(borderFeature.geometry);
  if (borderPoint !== undefined) lookup.borderLabelPoint = borderPoint;
  return lookup;
}
