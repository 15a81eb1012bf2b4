import { describe, expect, it } from 'vitest';
import { buildDistricts, DISTRICTS, findSeat, type DistrictSpec } from './districts.ts';
import type { GeoNamesRow } from './geonames.ts';

const gn = (o: Partial<GeoNamesRow>): GeoNamesRow => ({
  geonameid: 1,
  name: 'x',
  asciiname: 'x',
  alternates: [],
  lat: 37.5,
  lon: 69,
  fclass: 'P',
  fcode: 'PPL',
  country: 'AF',
  admin1: '26',
  admin2: '',
  population: 0,
  ...o,
});
const spec = (seat: string[]): DistrictSpec => ({ id: 'af-tk-test', name: 'Test', region: 'AF-TK', adm2: 'AF.26.1209', seat });

describe('findSeat()', () => {
  it.each<[string, string[], GeoNamesRow[], number | undefined]>([
    ['the coded seat (PPLA2 with the admin2 code)', [], [gn({ geonameid: 2, fcode: 'PPLA2', admin2: '1209' })], 2],
    [
      'no coded seat when two claim it',
      [],
      [gn({ geonameid: 2, fcode: 'PPLA2', admin2: '1209' }), gn({ geonameid: 3, fcode: 'PPLA2', admin2: '1209' })],
      undefined,
    ],
    [
      'a named centre beats the coded seat',
      ['Bahor'],
      [gn({ geonameid: 2, fcode: 'PPLA2', admin2: '1209' }), gn({ geonameid: 4, name: 'Bahor', fcode: 'PPL' })],
      4,
    ],
    [
      'a named seat (PPLA*) beats a more populous namesake',
      ['Bahor'],
      [gn({ geonameid: 5, name: 'Bahor', population: 900 }), gn({ geonameid: 6, name: 'Bahor', fcode: 'PPLA2' })],
      6,
    ],
    ['names match alternates, accent-folded', ['Chah Ab'], [gn({ geonameid: 7, name: 'Chāh Āb' })], 7],
    ['only in the same province', ['Bahor'], [gn({ geonameid: 8, name: 'Bahor', admin1: '01' })], undefined],
    ['only populated places', ['Bahor'], [gn({ geonameid: 9, name: 'Bahor', fclass: 'A' })], undefined],
    ['nothing', [], [], undefined],
  ])('%s', (_name, seat, rows, want) => {
    expect(findSeat(spec(seat), rows)?.geonameid).toBe(want);
  });
});

describe('DISTRICTS', () => {
  it('has unique ids that start with the lower-cased region', () => {
    const ids = DISTRICTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DISTRICTS) expect(d.id.startsWith(`${d.region.toLowerCase()}-`), d.id).toBe(true);
  });
});

describe('buildDistricts()', () => {
  const admin2 = new Map(DISTRICTS.map((d) => [d.adm2, `GN ${d.name}`]));
  it('makes a seat point per district with a seat, links the seat place, and lists the others', () => {
    const rows = [
      gn({ geonameid: 1145897, name: 'Chāh Āb', asciiname: 'Chah Ab', fcode: 'PPLA2', admin2: '1209', lat: 37.39773, lon: 69.81464 }),
    ];
    const places = [
      {
        type: 'Feature' as const,
        properties: {
          id: 'chah-ab',
          name: 'Chah Ab',
          name_ru: null,
          name_tg: null,
          country: 'AF' as const,
          rank: 3 as const,
          geonameid: 1145897,
          precision: 'gazetteer' as const,
          source: 's',
        },
        geometry: { type: 'Point' as const, coordinates: [69.81464, 37.39773] },
      },
    ];
    const { features, noSeat } = buildDistricts(rows, admin2, places);
    expect(features.map((f) => f.properties.id)).toEqual(['af-tk-chah-ab']);
    expect(features[0]?.properties).toMatchObject({
      seat: 'chah-ab',
      geonameid: 1145897,
      outline: false,
      label: [69.81464, 37.39773],
      region: 'AF-TK',
      country: 'AF',
      geonames_name: 'GN Chah Ab',
    });
    expect(noSeat).toHaveLength(DISTRICTS.length - 1);
  });
  it('fails when GeoNames has no admin2 record for a listed district', () => {
    expect(() => buildDistricts([], new Map(), [])).toThrow(/admin2/);
  });
});
