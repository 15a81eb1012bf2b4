import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ImportRecord } from '../../model/types';
import { borderIndexFor, measureLocation } from '../../geo/borderMeasure';
import { buildColumns } from './pack';
import { allocRaw, extractRaw } from './raw';
import { numericDetail } from './details';
import { borderMeasureAt, NO_BANK } from './borderColumns';

const read = (f: string): never => JSON.parse(readFileSync(new URL(`../../../data/geo/${f}`, import.meta.url), 'utf8')) as never;
const index = borderIndexFor({ border: read('border.geojson'), countries: read('countries.geojson') })!;

const rec = (
  id: string,
  lon: number,
  lat: number,
  locationPrecision: ImportRecord['locationPrecision'],
  startDay: number,
): ImportRecord => ({
  id,
  kind: 'incident',
  title: id,
  lon,
  lat,
  startDay,
  endDay: startDay,
  datePrecision: 'day',
  locationPrecision,
  fatalities: null,
  sourceName: 's',
  sourceText: 't',
  row: 2,
});

describe('bulk border columns', () => {
  // Shadak (Tajik bank), Imam Sahib (Afghan bank), a district-level record, a province-level one, one without a place.
  const records = [
    rec('shadak', 71.55, 37.66, 'village', 9000),
    rec('imam-sahib', 68.93644, 37.18897, 'point', 8000),
    rec('district', 69.09911, 37.23634, 'district', 8500),
    rec('province', 69.5, 37.8, 'province', 8600),
    rec('none', NaN, NaN, 'none', 8700),
  ];
  const raw = allocRaw(records.length);
  extractRaw(records, 0, records.length, raw);
  const c = buildColumns(raw, () => {}, index);
  const at = (id: string): number => [...c.origin].indexOf(records.findIndex((r) => r.id === id));

  it('each sorted slot holds its own record’s measures, as measureLocation gives them for a point', () => {
    for (const id of ['shadak', 'imam-sahib']) {
      const r = records.find((x) => x.id === id)!;
      const want = measureLocation(
        { locationPrecision: r.locationPrecision, geometry: [r.lon, r.lat], areaId: null, atDistrictSeat: false },
        index,
      );
      const got = borderMeasureAt(c, at(id), r.locationPrecision);
      expect(got.basis).toBe('point');
      expect(got.bank).toBe(want.bank);
      expect(got.distanceKm).toBeCloseTo(want.distanceKm!, 2);
      expect(got.alongKm).toBeCloseTo(want.alongKm!, 1);
    }
    expect(borderMeasureAt(c, at('shadak'), 'village').bank).toBe('tj');
    expect(borderMeasureAt(c, at('imam-sahib'), 'point').bank).toBe('af');
  });

  it.each([
    ['district', 'district', 'district-seat', false, true],
    ['province', 'province', 'area', false, false],
    ['none', 'none', 'none', false, false],
  ] as const)('a %s record: basis %s, distance %s, along %s', (id, precision, basis, hasDistance, hasAlong) => {
    const m = borderMeasureAt(c, at(id), precision);
    expect(m.basis).toBe(basis);
    expect(m.distanceKm !== null).toBe(hasDistance);
    expect(m.alongKm !== null).toBe(hasAlong);
  });

  it('without an index every measure is unknown (NaN, NaN, NO_BANK)', () => {
    const plain = buildColumns(raw);
    expect([...plain.borderDistance].every(Number.isNaN)).toBe(true);
    expect([...plain.borderAlong].every(Number.isNaN)).toBe(true);
    expect([...plain.borderBank].every((b) => b === NO_BANK)).toBe(true);
  });

  it('the details panel reads them back', () => {
    expect(numericDetail(c, at('shadak')).border.bank).toBe('tj');
  });
});
