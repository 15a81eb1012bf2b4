/**
 * The border as the along-the-border chart's axis and the comparison's stretches, computed once
 * per loaded geography: its length, the province pairs and districts each stretch borders, and the
 * posts and crossings at their km (all projected with the border index). Loaded only by the views
 * that need it (the chart and the comparison are fetched on demand).
 */
import type { GeoBundle, Outpost } from '../model/types';
import { borderIndexFor, type BorderIndex } from './borderMeasure';
import {
  alongOrder,
  districtStretches,
  provinceStretches,
  type Along,
  type DistrictStretch,
  type ProvinceStretch,
} from './borderStretches';

export interface BorderAxis {
  lengthKm: number;
  /** Province pairs, west to east, tiling [0, lengthKm]. */
  provinces: ProvinceStretch[];
  /** Each bank's districts (approximate: from their seats), west to east per bank. */
  districts: DistrictStretch[];
  /** Posts and crossings, west to east. */
  posts: Array<Along<Outpost>>;
  index: BorderIndex;
}

const cache = new WeakMap<GeoBundle, WeakMap<readonly Outpost[], BorderAxis>>();

/** The axis of `geo`'s border with `outposts` placed on it; null when the geography has no border or countries. */
export function borderAxisFor(geo: GeoBundle, outposts: readonly Outpost[]): BorderAxis | null {
  const known = cache.get(geo)?.get(outposts);
  if (known) return known;
  const index = borderIndexFor(geo);
  const line = geo.border.features[0]?.geometry;
  if (!index || !line || line.type !== 'LineString') return null;
  const coords =
    line.coordinates[0]![0]! <= line.coordinates[line.coordinates.length - 1]![0]! ? line.coordinates : [...line.coordinates].reverse();
  const along = (lng: number, lat: number): number => index.measure(lng, lat).alongKm;
  const provinces = provinceStretches(coords, geo.regions.features);
  const axis: BorderAxis = {
    lengthKm: index.lengthKm,
    provinces,
    districts: districtStretches(geo.districts.features, provinces, along),
    posts: alongOrder(outposts, (o) => o.lngLat, along),
    index,
  };
  const byOutposts = cache.get(geo) ?? new WeakMap<readonly Outpost[], BorderAxis>();
  byOutposts.set(outposts, axis);
  cache.set(geo, byOutposts);
  return axis;
}
