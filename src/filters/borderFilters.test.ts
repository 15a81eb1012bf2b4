/**
 * The border filters (within N km, bank, border stretch) as one table: curated events through the
 * predicates, bulk records through the GPU uniforms' CPU twin, the URL form, and the readout.
 * Includes empty and contradictory filter sets, and a bulk set before its border columns arrive.
 */
import { describe, expect, it } from 'vitest';
import type { FrontierEvent } from '../model/types.ts';
import { NO_MEASURE, type BorderMeasure } from '../geo/borderMeasure.ts';
import { NO_FILTERS, withFilter, type FilterValues } from './filterDef.ts';
import {
  bulkUniforms,
  contradictions,
  filterEvents,
  filterSummaries,
  filtersFromParams,
  onBorderColumns,
  parseFilterParams,
  serialiseFilters,
  unsupportedOnBulk,
} from './apply.ts';
import { bankFilter, distanceFilter } from './defs/border.ts';
import { kindFilter } from './defs/kind.ts';
import { inStretch, stretchFilter, stretchRange } from './defs/stretch.ts';
import { allocRaw } from '../overlays/bulk/raw.ts';
import { buildColumns } from '../overlays/bulk/pack.ts';
import { BANK_CODES, NO_BANK } from '../overlays/bulk/borderColumns.ts';
import { bulkKeep, countShown, filteredDayCum } from '../overlays/bulk/bulkFilter.ts';
import type { BulkSet } from '../overlays/bulk/types.ts';
import { eventCountInWindow, eventTotalInWindow, shownEvents, visibleEventIds } from '../state/selectors.ts';
import { initialState } from '../state/appStore.ts';

const at = (alongKm: number | null, distanceKm: number | null, bank: BorderMeasure['bank']): BorderMeasure => ({
  distanceKm,
  bank,
  alongKm,
  basis: distanceKm === null ? 'district-seat' : 'point',
});
const event = (id: string, day: number, border: BorderMeasure): FrontierEvent => ({
  id,
  kind: 'incident',
  title: id,
  summary: '',
  date: { start: '2025-01-01', precision: 'day' },
  location: { precision: border === NO_MEASURE ? 'province' : 'village', asReported: '' },
  sources: [],
  startDay: day,
  endDay: day,
  geometry: border === NO_MEASURE ? null : [70, 37],
  areaRef: null,
  border,
});

/** West on the Tajik bank 2 km out, east on the Afghan bank 8 km out, a district seat, a province, a later west. */
const EVENTS = [
  event('west', 10, at(50, 2, 'tj')),
  event('east', 10, at(900, 8, 'af')),
  event('seat', 10, at(400, null, 'af')),
  event('province', 10, NO_MEASURE),
  event('late-west', 99, at(60, 0.05, 'line')),
];
const W = { start: 0, end: 50 };
const ctx = { dataset: { sources: [], reportIndex: [], outposts: [], events: EVENTS }, geo: null };

const f = (...pairs: Array<[{ id: string }, unknown]>): FilterValues =>
  pairs.reduce<FilterValues>((acc, [def, v]) => withFilter(acc, def as typeof stretchFilter, v as never), NO_FILTERS);

/** The same events as a bulk set: sorted by day, so index order is west, east, seat, province, late-west. */
function bulkTwin(measured: boolean): BulkSet {
  const raw = allocRaw(EVENTS.length);
  EVENTS.forEach((e, i) => {
    raw.startDay[i] = e.startDay;
    raw.endDay[i] = e.endDay;
    raw.lon[i] = 70;
    raw.lat[i] = 37;
  });
  const columns = buildColumns(raw);
  if (measured) {
    EVENTS.forEach((e, i) => {
      const j = columns.origin.indexOf(i);
      columns.borderAlong[j] = e.border.alongKm ?? NaN;
      columns.borderDistance[j] = e.border.distanceKm ?? NaN;
      columns.borderBank[j] = e.border.bank === null ? NO_BANK : BANK_CODES.indexOf(e.border.bank);
    });
    columns.borderMeasured = true;
  }
  return {
    name: 'twin',
    columns,
    detail: () => {
      throw new Error('unused');
    },
  };
}
const idsOf = (set: BulkSet, keep: ((i: number) => boolean) | null): string[] =>
  Array.from({ length: set.columns.count }, (_x, j) => j)
    .filter((j) => !keep || keep(j))
    .map((j) => EVENTS[set.columns.origin[j]!]!.id);

describe('border filters: curated predicate and bulk uniforms agree', () => {
  const cases: Array<[string, FilterValues, string[]]> = [
    ['no filter', NO_FILTERS, ['west', 'east', 'seat', 'province', 'late-west']],
    ['within 5 km (a seat and a province have no distance)', f([distanceFilter, 5]), ['west', 'late-west']],
    ['within 10 km', f([distanceFilter, 10]), ['west', 'east', 'late-west']],
    ['Afghan bank only', f([bankFilter, ['af']]), ['east', 'seat']],
    ['Tajik bank or the line', f([bankFilter, ['tj', 'line']]), ['west', 'late-west']],
    ['a western stretch', f([stretchFilter, stretchRange(0, 100)]), ['west', 'late-west']],
    ['a stretch ending exactly at an event (inclusive)', f([stretchFilter, stretchRange(400, 900)]), ['east', 'seat']],
    ['a stretch with nothing on it', f([stretchFilter, stretchRange(1000, 1200)]), []],
    ['stretch and bank together', f([stretchFilter, stretchRange(0, 1000)], [bankFilter, ['af']]), ['east', 'seat']],
    ['contradictory: a western stretch on the Afghan bank', f([stretchFilter, stretchRange(0, 100)], [bankFilter, ['af']]), []],
    ['contradictory: no bank ticked', f([bankFilter, []]), []],
    ['contradictory: within 1 km on the Afghan bank', f([distanceFilter, 1], [bankFilter, ['af']]), []],
    ['border filters beside a kind filter', f([kindFilter, ['meeting']], [stretchFilter, stretchRange(0, 2000)]), []],
  ];

  it.each(cases)('%s', (_name, values, want) => {
    expect(filterEvents(EVENTS, values, ctx).map((e) => e.id)).toEqual(want);
    const set = bulkTwin(true);
    expect(idsOf(set, bulkKeep(set, values)).sort()).toEqual([...want].sort());
  });

  it.each(cases.filter(([, v]) => onBorderColumns(v).length > 0))(
    '%s: before the border columns are measured, no bulk record passes',
    (_n, values) => {
      const set = bulkTwin(false);
      expect(idsOf(set, bulkKeep(set, values))).toEqual([]);
    },
  );

  it('names the filters that wait for the border columns, and none is unsupported on bulk sets any more', () => {
    const values = f([kindFilter, ['incident']], [distanceFilter, 5], [bankFilter, ['tj']], [stretchFilter, stretchRange(0, 10)]);
    expect(onBorderColumns(values).map((d) => d.id)).toEqual(['maxDistanceKm', 'bank', 'stretch']);
    expect(unsupportedOnBulk(values)).toEqual([]);
  });

  it('only the no-bank filter is reported as contradictory on its own', () => {
    expect(contradictions(f([bankFilter, []]), 'en')).toHaveLength(1);
    expect(contradictions(f([stretchFilter, stretchRange(0, 100)], [bankFilter, ['af']]), 'en')).toEqual([]);
    expect(contradictions(NO_FILTERS, 'en')).toEqual([]);
  });

  it('writes the uniforms: open without filters, bank codes as bits, the stretch as a range', () => {
    expect(bulkUniforms(NO_FILTERS)).toMatchObject({ maxDistanceKm: 0, bankMask: 0xff, alongFromKm: 1, alongToKm: 0 });
    expect(bulkUniforms(f([distanceFilter, 5], [bankFilter, ['af', 'line']], [stretchFilter, stretchRange(120, 340)]))).toMatchObject({
      maxDistanceKm: 5,
      bankMask: (1 << BANK_CODES.indexOf('af')) | (1 << BANK_CODES.indexOf('line')),
      alongFromKm: 120,
      alongToKm: 340,
    });
  });

  it('the histogram counts follow the border columns once they arrive', () => {
    const set = bulkTwin(false);
    const values = f([stretchFilter, stretchRange(0, 100)]);
    expect(filteredDayCum(set, values).at(-1)).toBe(0);
    const measured = bulkTwin(true);
    Object.assign(set.columns, {
      borderAlong: measured.columns.borderAlong,
      borderDistance: measured.columns.borderDistance,
      borderBank: measured.columns.borderBank,
      borderMeasured: true,
    });
    expect(filteredDayCum(set, values).at(-1)).toBe(2);
  });
});

describe('the stretch filter', () => {
  it('stretchRange orders the ends, rounds them to 0.1 km and keeps them in [0, 2000]', () => {
    expect(stretchRange(300.04, 120.06)).toEqual({ fromKm: 120.1, toKm: 300 });
    expect(stretchRange(-3, 2500)).toEqual({ fromKm: 0, toKm: 2000 });
  });

  it.each([
    [5, null, true],
    [null, null, true],
    [null, { fromKm: 0, toKm: 10 }, false],
    [10, { fromKm: 0, toKm: 10 }, true],
    [10.01, { fromKm: 0, toKm: 10 }, false],
  ] as const)('inStretch(%s, %o) = %s', (km, s, want) => {
    expect(inStretch(km, s)).toBe(want);
  });

  it.each([
    ['stretch=120.5..340', { fromKm: 120.5, toKm: 340 }],
    ['stretch=300..100', { fromKm: 100, toKm: 300 }],
    ['stretch=0..0', { fromKm: 0, toKm: 0 }],
  ])('reads %s (the links made before it joined the filters)', (search, want) => {
    const { values, warnings } = parseFilterParams(search);
    expect(warnings).toEqual([]);
    expect(values['stretch']).toEqual(want);
    expect(parseFilterParams(new URLSearchParams(serialiseFilters(values)).toString()).values).toEqual(values);
  });

  it.each(['stretch=-5..10', 'stretch=1e3..2e3', 'stretch=0..99999', 'stretch=abc', 'stretch='])('%s warns and stays off', (search) => {
    const { values, warnings } = parseFilterParams(search);
    expect(warnings.some((w) => w.startsWith('invalid stretch'))).toBe(true);
    expect(values).toEqual({});
  });

  it('a briefing step sets it with the URL form, and captions name it in every language', () => {
    const values = filtersFromParams({ stretch: '340..120.5', km: '5' });
    expect(values).toEqual({ stretch: { fromKm: 120.5, toKm: 340 }, maxDistanceKm: 5 });
    expect(filterSummaries(values, 'en')).toContain('Border stretch: 120.5–340 km');
    expect(filterSummaries(values, 'ru').join(' ')).toMatch(/Участок границы: 120,5–340 км/);
    expect(filterSummaries(values, 'tg').join(' ')).toMatch(/Қитъаи сарҳад: 120,5–340 км/);
  });

  it('the map, with or without context, keeps only the stretch', () => {
    const s = {
      data: { ...initialState(W).data, dataset: { ...ctx.dataset, phases: [] } },
      filters: f([stretchFilter, stretchRange(0, 100)]),
    };
    expect(visibleEventIds(shownEvents(s), W, false)).toEqual({ inWindow: ['west'], all: ['west'] });
    expect(visibleEventIds(shownEvents(s), W, true)).toEqual({ inWindow: ['west'], all: ['west', 'late-west'] });
  });

  it('the readout counts curated and bulk events in the window and the stretch; the total ignores it', () => {
    const base = initialState({ start: 0, end: 1000 });
    const set = bulkTwin(true);
    const s = {
      time: { ...base.time, window: W },
      data: { ...base.data, dataset: { ...ctx.dataset, phases: [] }, bulk: set },
      filters: f([stretchFilter, stretchRange(0, 100)]),
    };
    // west (curated) + west (bulk); late-west lies outside the window.
    expect(eventCountInWindow(s)).toBe(2);
    expect(eventTotalInWindow(s)).toBe(8);
    expect(countShown(set, W, s.filters)).toBe(1);
  });
});
