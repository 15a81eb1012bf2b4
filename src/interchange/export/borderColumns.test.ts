import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../model/types';
import type { BorderMeasure } from '../../geo/borderMeasure';
import { importFile } from '../importFile';
import { testOptions } from '../testFixtures';
import { borderFields } from './exportFields';
import { recordsToCsv } from './toCsv';
import { recordsToGeoJson } from './toGeoJson';

const rec = (id: string, locationPrecision: ImportRecord['locationPrecision']): ImportRecord => ({
  id,
  kind: 'incident',
  title: `Event ${id}`,
  lon: 71.55,
  lat: 37.66,
  startDay: 9000,
  endDay: 9000,
  datePrecision: 'day',
  locationPrecision,
  fatalities: 2,
  sourceName: 's',
  sourceText: 't',
  row: 2,
});

const measures: Record<string, BorderMeasure> = {
  p: { distanceKm: 3.21456, bank: 'af', alongKm: 412.345, basis: 'point' },
  d: { distanceKm: null, bank: 'tj', alongKm: 98.76, basis: 'district-seat' },
  v: { distanceKm: null, bank: 'tj', alongKm: null, basis: 'area' },
};

describe('border columns in the exports', () => {
  it.each<[string, BorderMeasure | null, Record<string, string | number>]>([
    ['a point: distance to 10 m, along to 100 m', measures['p']!, { border_distance_km: 3.21, border_bank: 'af', border_along_km: 412.3 }],
    ['a district seat: no distance', measures['d']!, { border_distance_km: '', border_bank: 'tj', border_along_km: 98.8 }],
    ['a province: bank only', measures['v']!, { border_distance_km: '', border_bank: 'tj', border_along_km: '' }],
    ['no measure', null, { border_distance_km: '', border_bank: '', border_along_km: '' }],
  ])('%s', (_name, m, want) => {
    expect(borderFields(m)).toEqual(want);
  });

  it('the CSV has the three columns right after the app’s, filled per record', () => {
    const csv = recordsToCsv([rec('p', 'village'), rec('v', 'province')], (r) => measures[r.id] ?? null);
    const [header, first, second] = csv.split('\r\n');
    const cols = header!.split(',');
    const i = cols.indexOf('location_precision');
    expect(cols.slice(i + 1, i + 4)).toEqual(['border_distance_km', 'border_bank', 'border_along_km']);
    expect(first!.split(',').slice(i + 1, i + 4)).toEqual(['3.21', 'af', '412.3']);
    expect(second!.split(',').slice(i + 1, i + 4)).toEqual(['', 'tj', '']);
  });

  it('GeoJSON carries them as properties', () => {
    const fc = recordsToGeoJson([rec('d', 'district')], (r) => measures[r.id] ?? null);
    expect(fc.features[0]!.properties).toMatchObject({ border_distance_km: '', border_bank: 'tj', border_along_km: 98.8 });
  });

  it.each(['csv', 'geojson'])('importing the %s back does not keep them as extra fields (they are derived)', async (kind) => {
    const records = [rec('p', 'village')];
    const text =
      kind === 'csv' ? recordsToCsv(records, () => measures['p']!) : JSON.stringify(recordsToGeoJson(records, () => measures['p']!));
    const back = await importFile(text, `again.${kind}`, testOptions());
    expect(back.errors).toEqual([]);
    expect(Object.keys(back.records[0]!.extra ?? {}).filter((k) => k.startsWith('border_'))).toEqual([]);
  });
});
