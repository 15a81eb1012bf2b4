/** Label anchor points for the basemap's symbol layers: areas read their build-time anchor, rivers get candidates along the line. */
import { along } from '@turf/along';
import { length } from '@turf/length';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeoBundle, LabelAnchor } from '../model/types';

/** A point at each area's stored `label` anchor carrying its properties, for symbol layers that label areas. */
export function polygonLabelPoints<P extends { label: LabelAnchor }>(
  fc: FeatureCollection<Polygon | MultiPolygon, P>,
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f): Feature<Point, P> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [f.properties.label[0], f.properties.label[1]] },
      properties: f.properties,
    })),
  };
}

/** Where along a line label candidates go, best first: the middle, then outwards. */
const CANDIDATES = [0.5, 0.3, 0.7, 0.15, 0.85];

/**
 * Label candidates along each line (its longest part) for labelling meandering rivers at small
 * scales, where a label along the line cannot be placed. Several candidates per river let the
 * label survive collisions; `rank` (0 = middle) lets the style prefer the middle.
 */
export function lineLabelCandidates<P extends object>(
  fc: FeatureCollection<LineString | MultiLineString, P>,
): FeatureCollection<Point, P & { rank: number }> {
  const features: Array<Feature<Point, P & { rank: number }>> = [];
  for (const f of fc.features) {
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), parts[0] ?? []);
    if (longest.length < 2) continue;
    const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: longest } };
    const km = length(line);
    CANDIDATES.forEach((at, rank) =>
      features.push({ type: 'Feature', geometry: along(line, km * at).geometry, properties: { ...f.properties, rank } }),
    );
  }
  return { type: 'FeatureCollection', features };
}

export interface LabelPoints {
  regions: FeatureCollection<Point>;
  countries: FeatureCollection<Point>;
  rivers: FeatureCollection<Point>;
}

/** Region, country and river label points for the basemap style. */
export function labelPoints(geo: GeoBundle): LabelPoints {
  return {
    regions: polygonLabelPoints(geo.regions),
    countries: polygonLabelPoints(geo.countries),
    rivers: lineLabelCandidates(geo.rivers),
  };
}
