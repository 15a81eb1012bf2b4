/** Label anchor points for area features, computed once from the geometry with turf. */
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeoBundle } from '../data/types';

/** A point inside each polygon carrying its properties, for symbol layers that label areas. */
export function polygonLabelPoints<P extends object>(fc: FeatureCollection<Polygon | MultiPolygon, P>): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f): Feature<Point, P> => ({ type: 'Feature', geometry: pointOnFeature(f).geometry, properties: f.properties })),
  };
}

/** Region and country label points for the basemap style. */
export function labelPoints(geo: GeoBundle): { regions: FeatureCollection<Point>; countries: FeatureCollection<Point> } {
  return { regions: polygonLabelPoints(geo.regions), countries: polygonLabelPoints(geo.countries) };
}
