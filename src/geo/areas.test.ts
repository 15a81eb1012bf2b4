/** Invariants of the committed countries, regions and rivers (data/geo, built by `npm run data:geo`). */
import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { RegionProps } from '../model/types';
import { countries, regions, rivers } from './committedGeo';

describe('countries.geojson', () => {
  it('has Tajikistan and Afghanistan in focus and the neighbours as context', () => {
    const role = (id: string): string | undefined => countries.features.find((f) => f.properties.id === id)?.properties.role;
    expect(role('TJK')).toBe('focus');
    expect(role('AFG')).toBe('focus');
    for (const id of ['UZB', 'KGZ', 'CHN', 'PAK']) expect(role(id), id).toBe('context');
  });
});

describe('regions.geojson', () => {
  const byId = (id: string): Feature<Polygon | MultiPolygon, RegionProps> => {
    const f = regions.features.find((r) => r.properties.id === id);
    if (f === undefined) throw new Error(`region ${id} missing`);
    return f;
  };

  it('has GBAO, Khatlon and the four Afghan provinces on the border', () => {
    expect(regions.features.map((f) => f.properties.id)).toEqual(['AF-BD', 'AF-BK', 'AF-KZ', 'AF-TK', 'TJ-BK', 'TJ-KL']);
    expect(byId('AF-BD').properties.name).toBe('Badakhshan');
    expect(byId('AF-BK').properties.name).toBe('Balkh');
    expect(byId('AF-KZ').properties.name).toBe('Kunduz');
    expect(byId('AF-TK').properties.name).toBe('Takhar');
  });

  it.each([
    ['TJ-BK', 64200],
    ['TJ-KL', 24800],
  ])('%s outline area is within 5%% of the published %i km²', (id, published) => {
    const f = byId(id);
    expect(f.properties.published_area_km2).toBe(published);
    expect(f.properties.source).toMatch(/Statistics Agency of Tajikistan/);
    const km2 = area(f) / 1e6;
    expect(Math.abs(km2 - published) / published).toBeLessThan(0.05);
  });
});

describe('rivers.geojson', () => {
  it('has the Amu Darya, Panj and Pamir on the border and the Vakhsh off it, with Russian names', () => {
    const got = rivers.features.map((f) => [f.properties.id, f.properties.border, f.properties.name_ru]);
    expect(got).toEqual([
      ['amu-darya', true, 'Амударья'],
      ['pamir', true, 'Памир'],
      ['panj', true, 'Пяндж'],
      ['vakhsh', false, 'Вахш'],
    ]);
  });
});
