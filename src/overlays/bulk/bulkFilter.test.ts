import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../model/types.ts';
import { NO_FILTERS, withFilter } from '../../filters/filterDef.ts';
import { kindFilter } from '../../filters/defs/kind.ts';
import { casualtiesFilter } from '../../filters/defs/casualties.ts';
import { searchFilter } from '../../filters/defs/search.ts';
import { allocRaw, extractRaw } from './raw.ts';
import { buildColumns } from './pack.ts';
import { recordDetail } from './details.ts';
import { bulkKeep, bulkMatchMask, countShown, filteredDayCum } from './bulkFilter.ts';
import { countDays } from './dayCounts.ts';
import { bulkInWindowByTime } from './windowOrder.ts';
import type { BulkSet } from './types.ts';

const rec = (id: string, kind: ImportRecord['kind'], day: number, fatalities: number | null, title: string): ImportRecord => ({
  id,
  kind,
  title,
  lon: 70,
  lat: 37,
  startDay: day,
  endDay: day,
  datePrecision: 'day',
  locationPrecision: 'village',
  fatalities,
  sourceName: 'Asia-Plus',
  sourceText: '',
  row: 2,
});

const RECORDS = [
  rec('a', 'incident', 100, 3, 'Clash at Shadak'),
  rec('b', 'incident', 101, null, 'Clash at Khorog'),
  rec('c', 'meeting', 102, 0, 'Talks in Dushanbe'),
  rec('d', 'incident', 300, 70_000, 'Attack at Shadak'),
];

function bulkSet(): BulkSet {
  const raw = allocRaw(RECORDS.length);
  extractRaw(RECORDS, 0, RECORDS.length, raw);
  const columns = buildColumns(raw);
  return { name: 't', columns, detail: (i) => recordDetail(RECORDS, columns, i) };
}

const W = { start: 90, end: 200 };

describe('bulk filters (CPU twin of the shader)', () => {
  it.each<[string, Parameters<typeof countShown>[2], number]>([
    ['no filter', NO_FILTERS, 3],
    ['kind = incident', withFilter(NO_FILTERS, kindFilter, ['incident']), 2],
    ['no kind ticked', withFilter(NO_FILTERS, kindFilter, []), 0],
    ['at least 1 killed (unknown figures excluded)', withFilter(NO_FILTERS, casualtiesFilter, 1), 1],
    ['search "shadak" (mask)', withFilter(NO_FILTERS, searchFilter, 'shadak'), 1],
  ])('countShown() with %s', (_n, values, expected) => {
    expect(countShown(bulkSet(), W, values)).toBe(expected);
  });

  it('a figure above 65534 saturates and still passes a high minimum', () => {
    expect(countShown(bulkSet(), { start: 0, end: 400 }, withFilter(NO_FILTERS, casualtiesFilter, 65_000))).toBe(1);
  });

  it('bulkMatchMask() is computed once per set and string-filter value (a numeric change reuses it)', () => {
    const set = bulkSet();
    const q = withFilter(NO_FILTERS, searchFilter, 'shadak');
    const m1 = bulkMatchMask(set, q);
    expect([...(m1 ?? [])].filter(Boolean)).toHaveLength(2);
    expect(bulkMatchMask(set, withFilter(q, casualtiesFilter, 2))).toBe(m1);
    expect(bulkMatchMask(set, NO_FILTERS)).toBeNull();
  });

  it('bulkKeep() is null with no filter on, and agrees with countShown() otherwise', () => {
    const set = bulkSet();
    expect(bulkKeep(set, NO_FILTERS)).toBeNull();
    for (const values of [withFilter(NO_FILTERS, kindFilter, ['incident']), withFilter(NO_FILTERS, searchFilter, 'shadak')]) {
      const keep = bulkKeep(set, values)!;
      expect(bulkInWindowByTime(set.columns, W, keep).length).toBe(countShown(set, W, values));
    }
  });

  it.each<[string, Parameters<typeof countShown>[2], number]>([
    ['no filter (the worker’s running counts)', NO_FILTERS, 3],
    ['kind = meeting', withFilter(NO_FILTERS, kindFilter, ['meeting']), 1],
    ['search "shadak"', withFilter(NO_FILTERS, searchFilter, 'shadak'), 1],
    ['no kind ticked', withFilter(NO_FILTERS, kindFilter, []), 0],
  ])('filteredDayCum() with %s counts the histogram’s days 90–200 as the filters do', (_n, values, expected) => {
    const set = bulkSet();
    const cum = filteredDayCum(set, values);
    expect(countDays({ dayCum: cum, minDay: set.columns.minDay }, W.start, W.end)).toBe(expected);
    expect(filteredDayCum(set, values)).toBe(cum);
    if (values === NO_FILTERS) expect(cum).toBe(set.columns.dayCum);
  });
});
