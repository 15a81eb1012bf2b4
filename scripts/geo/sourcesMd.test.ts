import { describe, expect, it } from 'vitest';
import { buildCredits, creditsText } from './credits.ts';
import { renderSourcesMd, type SourcesSummary } from './sourcesMd.ts';

const summary: SourcesSummary = {
  sourceDate: '2026-01-02',
  borderKm: 1361.44,
  countryIds: ['AFG', 'TJK'],
  regions: [{ id: 'TJ-KL', name: 'Khatlon' }],
  riverNames: ['Panj'],
  placeCount: 3,
  settlementCount: 4,
  sweptCount: 2,
  placesNotFound: [],
  districtCount: 1,
  districtsWithoutSeat: ['af-bd-shiki'],
  research: [
    { asked: 'Kulob', side: 'TJ', found: 'place `kulob` (GeoNames 1221194)', note: '' },
    { asked: 'Kevron', side: 'TJ', found: null, note: '' },
  ],
  gshhgVersion: '2.3.7-1',
  sizes: [
    ['border.geojson', 2048],
    ['places.geojson', 512],
  ],
};

describe('renderSourcesMd()', () => {
  it.each<[string, Partial<SourcesSummary>, string]>([
    ['the date', {}, 'Extraction date: 2026-01-02'],
    ['the border length to 0.1 km', {}, 'west → east, 1361.4 km'],
    ['the regions by id and name', {}, '| TJ-KL Khatlon |'],
    ['sizes in KB', {}, 'Sizes: border.geojson 2.0 KB, places.geojson 0.5 KB.'],
    ['"none" when every place was found', {}, 'cities.json: none.'],
    ['the places not found', { placesNotFound: ['tem', 'humrogi'] }, 'cities.json: tem, humrogi.'],
    ['the GSHHG version', {}, '`gmt-gshhg-full` 2.3.7-1'],
    ['that districts are seat points', {}, '1 border districts as **seat points** (`outline: false`)'],
    ['the districts without a seat', {}, 'left out: af-bd-shiki.'],
    ['that no road is drawn', {}, '## Roads\n\nNone.'],
    ['a found research item', {}, '| Kulob | TJ | place `kulob` (GeoNames 1221194) |  |'],
    ['a missing research item', {}, '| Kevron | TJ | — not in GeoNames cities500 / cities.json |  |'],
  ])('states %s', (_name, override, want) => {
    expect(renderSourcesMd({ ...summary, ...override })).toContain(want);
  });
});

describe('buildCredits()', () => {
  const credits = buildCredits('2026-01-02', null);
  it('has unique ids, dates every credit and pins every package version', () => {
    expect(new Set(credits.map((c) => c.id)).size).toBe(credits.length);
    for (const c of credits) {
      expect(c.extracted).toBe('2026-01-02');
      if (c.package && c.id !== 'gshhg') expect(c.version, c.id).toMatch(/^\d+\.\d+\.\d+$/);
    }
    expect(credits.find((c) => c.id === 'gshhg')?.version).toBeNull();
  });
  it('writes two-space JSON with a final newline', () => {
    expect(creditsText([credits[0] as (typeof credits)[number]])).toMatch(/^\[\n {2}\{\n {4}"id": "osm",[\s\S]*\n\]\n$/);
  });
});
