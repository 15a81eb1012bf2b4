import { NO_MEASURE } from '../geo/borderMeasure.ts';
import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber, yearsSpan } from '../calendar/dates.ts';
import type { FrontierEvent, Phase } from '../model/types.ts';
import type { TimeWindow } from '../calendar/window.ts';
import { phasesInForce, eventCountInWindow, shownBulkDayCounts, visibleEventIds, windowEntries } from './selectors.ts';
import { NO_FILTERS, withFilter } from '../filters/filterDef.ts';
import { kindFilter } from '../filters/defs/kind.ts';
import { initialState, type AppState } from './appStore.ts';
import { allocRaw } from '../overlays/bulk/raw.ts';
import { buildColumns } from '../overlays/bulk/pack.ts';
import type { BulkSet } from '../overlays/bulk/types.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);

/** A minimal event: only the fields selectors read are meaningful. */
function event(id: string, first: string, last: string = first): FrontierEvent {
  return {
    id,
    kind: 'incident',
    title: id,
    summary: '',
    date: { start: first, precision: 'day' },
    location: { precision: 'none', asReported: '' },
    sources: [],
    startDay: d(first),
    endDay: d(last),
    geometry: null,
    areaRef: null,
    border: NO_MEASURE,
  };
}

/** A minimal programme stage covering whole years. */
function phase(stage: 1 | 2 | 3, start: string, end: string): Phase {
  return {
    id: `stage-${stage}`,
    stage,
    name: `Stage ${stage}`,
    start,
    end,
    description: '',
    coverage: 'none',
    coverageNote: '',
    sources: [],
    ...yearsSpan(start, end),
  };
}

describe('visibleEventIds', () => {
  const events = (): FrontierEvent[] => [
    event('a', '2025-11-28'),
    event('b', '2025-11-01', '2025-11-30'),
    event('c', '2024-01-01'),
    event('d', '2025-12-06'),
    event('e', '2025-12-05'),
  ];
  // 28 Nov – 5 Dec 2025.
  const w: TimeWindow = { start: d('2025-11-28'), end: d('2025-12-06') };

  it.each<[string, () => FrontierEvent[], TimeWindow, boolean, string[], string[]]>([
    ['no events without context', () => [], w, false, [], []],
    ['no events with context', () => [], w, true, [], []],
    ['mixed events without context', events, w, false, ['a', 'b', 'e'], ['a', 'b', 'e']],
    ['mixed events with context', events, w, true, ['a', 'b', 'e'], ['a', 'b', 'c', 'd', 'e']],
    [
      'a window with no events, with context',
      events,
      { start: d('2020-01-01'), end: d('2020-02-01') },
      true,
      [],
      ['a', 'b', 'c', 'd', 'e'],
    ],
    ['a window with no events, without context', events, { start: d('2020-01-01'), end: d('2020-02-01') }, false, [], []],
  ])('visibleEventIds() for %s', (_name, make, window, context, inWindow, all) => {
    expect(visibleEventIds(make(), window, context)).toEqual({ inWindow, all });
  });
});

describe('phasesInForce', () => {
  const phases = (): Phase[] => [phase(1, '2025', '2025'), phase(2, '2026', '2027'), phase(3, '2027', '2029')];

  it.each<[string, string, string[]]>([
    ['the day before stage 1', '2024-12-31', []],
    ['the first day of 2025', '2025-01-01', ['stage-1']],
    ['a day in 2025', '2025-11-30', ['stage-1']],
    ['the last day of 2025', '2025-12-31', ['stage-1']],
    ['the first day of 2026', '2026-01-01', ['stage-2']],
    ['a day in 2026', '2026-06-15', ['stage-2']],
    ['the first day of 2027 (stages 2 and 3 overlap)', '2027-01-01', ['stage-2', 'stage-3']],
    ['a day in 2027 (stages 2 and 3 overlap)', '2027-06-15', ['stage-2', 'stage-3']],
    ['the last day of 2027', '2027-12-31', ['stage-2', 'stage-3']],
    ['a day in 2028', '2028-02-29', ['stage-3']],
    ['2029-12-31', '2029-12-31', ['stage-3']],
    ['2030-01-01', '2030-01-01', []],
  ])('phasesInForce() on %s', (_name, day, expected) => {
    expect(phasesInForce(phases(), d(day)).map((p) => p.id)).toEqual(expected);
  });

  it('phasesInForce() lists stages in stage order whatever the input order', () => {
    expect(phasesInForce([...phases()].reverse(), d('2027-06-15')).map((p) => p.id)).toEqual(['stage-2', 'stage-3']);
  });

  it.each<[string, number]>([
    ['a day in 2025', d('2025-06-01')],
    ['a day in 2030', d('2030-01-01')],
  ])('phasesInForce() with no phases is empty on %s', (_name, day) => {
    expect(phasesInForce([], day)).toEqual([]);
  });
});

describe('eventCountInWindow', () => {
  const w: TimeWindow = { start: d('2025-11-28'), end: d('2025-12-06') };
  const curated = (): FrontierEvent[] => [event('a', '2025-11-28'), event('b', '2025-11-01', '2025-11-30'), event('c', '2024-01-01')];
  /** A bulk set of day-precise points on the given days. */
  const bulk = (...days: string[]): BulkSet => {
    const raw = allocRaw(days.length);
    raw.startDay.set(days.map(d));
    raw.endDay.set(days.map(d));
    const columns = buildColumns(raw);
    return {
      name: 'bulk',
      columns,
      detail: () => {
        throw new Error('a count never reads details');
      },
    };
  };
  const state = (events: FrontierEvent[] | null, b: BulkSet | null, window: TimeWindow = w): Pick<AppState, 'time' | 'data'> => {
    const s = initialState({ start: d('2013-01-01'), end: d('2030-01-01') });
    return {
      time: { ...s.time, window },
      data: { ...s.data, dataset: events ? { sources: [], reportIndex: [], events, phases: [], outposts: [] } : null, bulk: b },
    };
  };

  it.each<[string, FrontierEvent[] | null, BulkSet | null, TimeWindow, number]>([
    ['no data at all', null, null, w, 0],
    ['curated events only', curated(), null, w, 2],
    ['a bulk set only', null, bulk('2025-11-27', '2025-11-28', '2025-12-05', '2025-12-06'), w, 2],
    ['both, added', curated(), bulk('2025-11-30', '2026-01-01'), w, 3],
    ['both, in a window that holds none', curated(), bulk('2025-11-30'), { start: d('2020-01-01'), end: d('2020-02-01') }, 0],
  ])('eventCountInWindow() with %s', (_name, events, b, window, n) => {
    expect(eventCountInWindow(state(events, b, window))).toBe(n);
  });
});

describe('windowEntries (the event list: curated and bulk in one order)', () => {
  it('merges the window’s curated events and bulk events by first possible day, curated first on a tie', () => {
    const raw = allocRaw(3);
    [10, 30, 20].forEach((day, i) => {
      raw.startDay[i] = day;
      raw.endDay[i] = day;
      raw.lon[i] = 70;
      raw.lat[i] = 37;
    });
    const columns = buildColumns(raw);
    const ev = (id: string, day: number) => ({ id, startDay: day, endDay: day }) as unknown as FrontierEvent;
    const state = {
      time: { window: { start: 0, end: 25 } },
      data: { dataset: { events: [ev('b', 20), ev('a', 5), ev('late', 40)] }, bulk: { columns } },
    } as unknown as Pick<AppState, 'time' | 'data'>;
    const { curated, order } = windowEntries(state);
    expect(curated.map((e) => e.id)).toEqual(['a', 'b']);
    const read = [...order].map((v) => (v < 0 ? curated[-v - 1]!.id : `bulk@${columns.start[v]}`));
    expect(read).toEqual(['a', 'bulk@10', 'b', 'bulk@20']);
  });

  it('with filters on, lists only the curated and bulk events that pass them; the per-day counts follow', () => {
    const raw = allocRaw(3);
    [10, 12, 20].forEach((day, i) => {
      raw.startDay[i] = day;
      raw.endDay[i] = day;
      raw.lon[i] = 70;
      raw.lat[i] = 37;
      raw.kind[i] = i === 1 ? 1 : 0;
    });
    const columns = buildColumns(raw);
    const ev = (id: string, day: number, kind: FrontierEvent['kind']): FrontierEvent => ({
      ...event(id, '2000-01-01'),
      kind,
      startDay: day,
      endDay: day,
    });
    const base = {
      time: { window: { start: 0, end: 25 } },
      data: {
        dataset: { sources: [], reportIndex: [], events: [ev('a', 5, 'incident'), ev('m', 15, 'meeting')], phases: [], outposts: [] },
        geo: null,
        bulk: { name: 'b', columns, detail: () => ({}) },
      },
    } as unknown as Pick<AppState, 'time' | 'data' | 'filters'>;
    const meetings = { ...base, filters: withFilter(NO_FILTERS, kindFilter, ['meeting']) };
    const { curated, order } = windowEntries(meetings);
    expect(curated.map((e) => e.id)).toEqual(['m']);
    expect([...order].filter((v) => v >= 0).map((v) => columns.start[v])).toEqual([12]);
    expect(windowEntries({ ...base, filters: NO_FILTERS }).order.length).toBe(5);
    expect(shownBulkDayCounts({ ...base, filters: NO_FILTERS })!(0, 25)).toBe(3);
    expect(shownBulkDayCounts(meetings)!(0, 25)).toBe(1);
  });

  it('is empty without data', () => {
    const state = { time: { window: { start: 0, end: 25 } }, data: { dataset: null, bulk: null } } as unknown as Pick<
      AppState,
      'time' | 'data'
    >;
    expect(windowEntries(state).order.length).toBe(0);
  });
});
