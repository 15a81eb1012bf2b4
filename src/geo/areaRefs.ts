/**
 * The areas a `district`/`province` reference may name, and where such a reference is drawn.
 * Regions (admin-1) always resolve; border districts resolve once the lookup carries them
 * (a lookup built without the districts file has none), and a district is drawn at its anchor.
 */
import type { GeoLookup, LngLat } from './geoLookup.ts';

/** What area references need from a `GeoLookup`; the district members are optional. */
export type AreaLookup = Pick<GeoLookup, 'regionIds' | 'regionLabelPoint'> & {
  districtIds?: ReadonlySet<string>;
  districtLabelPoint?(id: string): LngLat | undefined;
};

/** The ids a reference at `precision` may name: regions for a province; districts and regions for a district. */
export function areaIdsFor(geo: AreaLookup, precision: 'district' | 'province'): ReadonlySet<string> {
  const districts = precision === 'district' ? geo.districtIds : undefined;
  return districts === undefined || districts.size === 0 ? geo.regionIds : new Set([...districts, ...geo.regionIds]);
}

/** Where an area is drawn: a district's anchor, else the region's label point; undefined for an unknown id. */
export function areaAnchor(geo: AreaLookup, id: string): LngLat | undefined {
  return geo.districtLabelPoint?.(id) ?? geo.regionLabelPoint(id);
}
