import { describe, expect, it } from 'vitest';
import type { GeoNamesRow } from './geonames.ts';
import { bestMatch, extractPlaces, matchRank, PLACES, type PlaceSpec } from './places.ts';

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

describe('matchRank()', () => {
  const wanted = new Set(['panj', 'pyandzh']);
  it.each<[Partial<GeoNamesRow>, number]>([
    [{ name: 'Panj' }, 0],
    [{ name: 'P', asciiname: 'Panj' }, 0],
    [{ name: 'Dŭstí', alternates: ['Pyandzh'] }, 1],
    [{ name: 'Farkhor' }, 2],
  ])('%j → %i', (o, want) => {
    expect(matchRank(wanted, gn(o))).toBe(want);
  });
});

describe('bestMatch()', () => {
  const spec: PlaceSpec = { id: 'panj', names: ['Panj', 'Pyandzh'], country: 'TJ', rank: 3 };
  it.each<[string, GeoNamesRow[], number | undefined]>([
    [
      'main name beats a more populous alternate match',
      [gn({ geonameid: 2, name: 'Dusti', alternates: ['Pyandzh'], population: 9000 }), gn({ geonameid: 3, name: 'Panj', population: 10 })],
      3,
    ],
    ['then the most populous', [gn({ geonameid: 4, name: 'Panj', population: 10 }), gn({ geonameid: 5, name: 'Panj', population: 20 })], 5],
    ['then the lowest id', [gn({ geonameid: 7, name: 'Panj' }), gn({ geonameid: 6, name: 'Panj' })], 6],
    ['only in the spec country', [gn({ geonameid: 8, name: 'Panj', country: 'AF' })], undefined],
    ['only inside the frame', [gn({ geonameid: 9, name: 'Panj', lat: 40.5 })], undefined],
    ['nothing to match', [], undefined],
  ])('%s', (_name, rows, want) => {
    expect(bestMatch(spec, rows).hit?.geonameid).toBe(want);
  });
  it('lets Dushanbe, just north of the frame, match', () => {
    const dushanbe = PLACES.find((p) => p.id === 'dushanbe') as PlaceSpec;
    expect(bestMatch(dushanbe, [gn({ geonameid: 10, name: 'Dushanbe', lat: 38.54, lon: 68.78 })]).hit?.geonameid).toBe(10);
  });
});

describe('extractPlaces()', () => {
  it('uses populated places only, labels by the app spelling and lists what it did not find', () => {
    const rows = [
      gn({ geonameid: 11, name: 'Kŭlob', asciiname: 'Kulob', alternates: ['Куляб'], lat: 37.9, lon: 69.8 }),
      gn({ geonameid: 12, name: 'Vanj', fclass: 'A' }),
    ];
    const { features, notFound } = extractPlaces(rows);
    expect(features.map((f) => f.properties)).toEqual([
      {
        id: 'kulob',
        name: 'Kulob',
        name_ru: 'Куляб',
        name_tg: null,
        country: 'TJ',
        rank: 2,
        geonameid: 11,
        precision: 'gazetteer',
        source: expect.stringMatching(/^GeoNames cities500/),
      },
    ]);
    expect(features[0]?.geometry).toEqual({ type: 'Point', coordinates: [69.8, 37.9] });
    expect(notFound).toContain('vanj');
    expect(notFound).toHaveLength(PLACES.length - 1);
  });
});
