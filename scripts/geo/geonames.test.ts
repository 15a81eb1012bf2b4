import { describe, expect, it } from 'vitest';
import { fold, parseGeoNames, russianName, tajikName } from './geonames.ts';

const row = (cols: Record<number, string>): string => Array.from({ length: 19 }, (_, i) => cols[i] ?? '').join('\t');

describe('parseGeoNames()', () => {
  it('reads the columns the build uses', () => {
    const text = row({
      0: '1220826',
      1: 'Farkhor',
      2: 'Farkhor',
      3: 'Parkhar,Фархор',
      4: '37.49219',
      5: '69.40356',
      6: 'P',
      7: 'PPLA2',
      8: 'TJ',
      10: '02',
      11: '8221284',
      14: '21736',
    });
    expect(parseGeoNames(text)).toEqual([
      {
        geonameid: 1220826,
        name: 'Farkhor',
        asciiname: 'Farkhor',
        alternates: ['Parkhar', 'Фархор'],
        lat: 37.49219,
        lon: 69.40356,
        fclass: 'P',
        fcode: 'PPLA2',
        country: 'TJ',
        admin1: '02',
        admin2: '8221284',
        population: 21736,
      },
    ]);
  });
  it.each([
    ['a short row', 'a\tb\tc'],
    ['bad coordinates', row({ 0: '1', 1: 'x', 4: 'north', 5: '69' })],
    ['an empty text', ''],
  ])('skips %s', (_name, text) => {
    expect(parseGeoNames(text)).toEqual([]);
  });
  it('reads a missing population as 0 and no alternates as []', () => {
    const [r] = parseGeoNames(row({ 0: '5', 1: 'x', 4: '37', 5: '69' }));
    expect(r?.population).toBe(0);
    expect(r?.alternates).toEqual([]);
  });
});

describe('fold()', () => {
  it.each([
    ['Kŭlob', 'kulob'],
    ['Dŭstí', 'dusti'],
    ['Imām Şāḩib', 'imam sahib'],
    ['Qal‘ah-ye Kūf', 'qalah-ye kuf'],
    ['Kokul’', 'kokul'],
    ['  Panj ', 'panj'],
  ])('%s → %s', (s, want) => {
    expect(fold(s)).toBe(want);
  });
});

describe('russianName()', () => {
  it.each<[string[], string | null]>([
    [[], null],
    [['Farkhor', 'Parkhar'], null],
    [['Фархор', 'Parkhar'], 'Фархор'],
    [['Панҷ', 'Пяндж'], 'Пяндж'],
    [['Куляб', 'Кулоб', 'Kulyab'], 'Кулоб'],
    [['Нижний Пяндж', 'Пяндж'], 'Пяндж'],
    [['Хорог', 'Хоруғ'], 'Хорог'],
    [['Душанбе2'], null],
  ])('%j → %s', (alternates, want) => {
    expect(russianName(alternates)).toBe(want);
  });
});

describe('tajikName()', () => {
  it.each<[string[], string | null]>([
    [[], null],
    [['Фархор', 'Farkhor'], null],
    [['Хорог', 'Хоруғ'], 'Хоруғ'],
    [['Кӯлоб', 'Куляб'], 'Кӯлоб'],
    [['Ҷиликӯл', 'Ҷ'], 'Ҷ'],
    [['Навбаҳор', 'Баҳор'], 'Баҳор'],
    [['Panj2ҷ'], null],
  ])('%j → %s', (alternates, want) => {
    expect(tajikName(alternates)).toBe(want);
  });
});
