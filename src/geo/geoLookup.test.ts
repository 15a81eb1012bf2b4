import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { DistrictProps, PlaceProps, RegionProps } from '../model/types';
import { createGeoLookup } from './geoLookup';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [68, 37],
      [70, 37],
      [70, 38],
      [68, 38],
      [68, 37],
    ],
  ],
};
const places = { type: 'FeatureCollection', features: [] } as FeatureCollection<Point, PlaceProps>;
// A label anchor deliberately away from the centroid: the lookup must use the stored anchor.
const regions = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: square, properties: { id: 'TJ-KL', label: [68.3, 37.2] } }],
} as FeatureCollection<Polygon, RegionProps>;
const districts = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [69.09911, 37.23634] },
      properties: { id: 'tj-kl-panj', label: [69.09911, 37.23634] },
    },
  ],
} as FeatureCollection<Point, DistrictProps>;

describe('createGeoLookup()', () => {
  it('resolves a region to its stored label anchor', () => {
    const geo = createGeoLookup({ places, regions });
    expect(geo.regionLabelPoint('TJ-KL')).toEqual([68.3, 37.2]);
    expect(geo.regionLabelPoint('TJ-XX')).toBeUndefined();
  });

  it.each<[string, [number, number] | undefined]>([
    ['tj-kl-panj', [69.09911, 37.23634]],
    ['tj-kl-atlantis', undefined],
    ['TJ-KL', undefined],
  ])('resolves district %s to %j', (id, want) => {
    const geo = createGeoLookup({ places, regions, districts });
    expect(geo.districtLabelPoint?.(id)).toEqual(want);
    expect(geo.districtIds?.has(id)).toBe(want !== undefined);
  });

  it('resolves places from both places and settlements', () => {
    const pt = (id: string, coordinates: [number, number]): FeatureCollection<Point, PlaceProps> => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { id } as PlaceProps }],
    });
    const geo = createGeoLookup({ places: pt('shadak', [71.03, 38.46]), settlements: pt('chubek', [69.7, 37.61]), regions });
    expect(geo.placeLngLat('shadak')).toEqual([71.03, 38.46]);
    expect(geo.placeLngLat('chubek')).toEqual([69.7, 37.61]);
    expect(geo.placeLngLat('atlantis')).toBeUndefined();
  });

  it('has no district resolution without the districts file', () => {
    const geo = createGeoLookup({ places, regions });
    expect(geo.districtIds).toBeUndefined();
    expect(geo.districtLabelPoint).toBeUndefined();
  });
});
