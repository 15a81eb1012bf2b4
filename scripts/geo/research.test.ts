import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from './districts.ts';
import type { PlaceFeature } from './places.ts';
import { RESEARCH, researchRows } from './research.ts';

const place = (id: string, geonameid: number | null): PlaceFeature => ({
  type: 'Feature',
  properties: { id, name: id, name_ru: null, name_tg: null, country: 'TJ', rank: 4, geonameid, precision: 'gazetteer', source: 's' },
  geometry: { type: 'Point', coordinates: [70, 38] },
});

describe('researchRows()', () => {
  const rows = researchRows([place('kulob', 1221194), place('rustaq', 1128265)], [] as DistrictFeature[]);
  const row = (asked: string, side = 'TJ'): (typeof rows)[number] | undefined => rows.find((r) => r.asked === asked && r.side === side);
  it.each<[string, string, string | null]>([
    ['Kulob', 'TJ', 'place `kulob` (GeoNames 1221194)'],
    ['Rustaq', 'AF', 'place `rustaq` (GeoNames 1128265)'],
    ['Kevron', 'TJ', null],
    ['Panj district', 'TJ', null],
  ])('%s (%s) → %s', (asked, side, found) => {
    expect(row(asked, side)?.found).toBe(found);
  });
  it('has one row per item, asked names unique per side', () => {
    expect(rows).toHaveLength(RESEARCH.length);
    const keys = RESEARCH.map((r) => `${r.side} ${r.asked}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
