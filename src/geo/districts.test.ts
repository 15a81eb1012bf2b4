/** Invariants of the committed border districts (data/geo, built by `npm run data:geo`). */
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { countries, districts, places, regions, settlements } from './committedGeo';

describe('districts.geojson', () => {
  const byId = new Map(districts.features.map((f) => [f.properties.id, f]));
  const regionIds = new Set(regions.features.map((f) => f.properties.id));

  it('has districts on both sides, in every border region', () => {
    const inRegion = new Set(districts.features.map((f) => f.properties.region));
    expect([...inRegion].sort()).toEqual([...regionIds].sort());
  });

  it.each([
    'tj-kl-shamsiddin-shohin',
    'tj-bk-darvoz',
    'tj-bk-vanj',
    'tj-kl-farkhor',
    'tj-kl-panj',
    'tj-kl-jaihun',
    'tj-kl-hamadoni',
    'af-kz-imam-sahib',
    'af-tk-dasht-e-qala',
    'af-bd-khwahan',
    'af-bd-ishkashim',
  ])('has %s', (id) => {
    expect(byId.has(id)).toBe(true);
  });

  it('are seat points, never outlines: the label is the point, and the region and country agree', () => {
    for (const { properties: p, geometry } of districts.features) {
      expect(p.outline, p.id).toBe(false);
      expect(geometry.coordinates, p.id).toEqual(p.label);
      expect(regionIds.has(p.region), p.id).toBe(true);
      expect(p.region.slice(0, 2), p.id).toBe(p.country);
      expect(p.id.slice(0, 5), p.id).toBe(p.region.toLowerCase());
    }
  });

  it('puts each seat at its place when the seat is among the places, with the same GeoNames id', () => {
    for (const { properties: p, geometry } of districts.features) {
      if (p.seat === null) continue;
      const seat = [...places.features, ...settlements.features].find((f) => f.properties.id === p.seat);
      if (seat === undefined) throw new Error(`${p.id}: seat ${p.seat} is in neither places nor settlements`);
      expect(seat.properties.geonameid, p.id).toBe(p.geonameid);
      expect(seat.geometry.coordinates, p.id).toEqual(geometry.coordinates);
    }
  });

  it('puts each seat on its own side of the border (inside Tajikistan exactly when Tajik)', () => {
    const tjk = countries.features.find((f) => f.properties.id === 'TJK');
    if (tjk === undefined) throw new Error('no TJK');
    for (const f of districts.features) expect(booleanPointInPolygon(f.geometry, tjk), f.properties.id).toBe(f.properties.country === 'TJ');
  });
});
