import { describe, expect, it } from 'vitest';
import { compareRows, totalRow, type CompareItem } from './compareRows';
import { periodOf, splitByPeriod } from './periods';

// Days: A = [0, 10), B = [20, 30).
const periods = { a: { start: 0, end: 10 }, b: { start: 20, end: 30 } };
const item = (startDay: number, group: string | null, killed: number | null = null, endDay = startDay): CompareItem => ({
  startDay,
  endDay,
  group,
  killed,
});

describe('periodOf', () => {
  it.each([
    ['inside A', 0, 0, 'a'],
    ['last day of A', 9, 9, 'a'],
    ['first day after A (half-open)', 10, 10, null],
    ['inside B', 25, 25, 'b'],
    ['a span over both', 5, 22, 'both'],
    ['between the periods', 12, 18, null],
    ['a span touching B’s first day', 15, 20, 'b'],
  ] as const)('%s → %s', (_name, startDay, endDay, want) => {
    expect(periodOf({ startDay, endDay }, periods)).toBe(want);
  });

  it('overlapping periods: an event in the shared days is in both', () => {
    expect(periodOf({ startDay: 7, endDay: 7 }, { a: { start: 0, end: 10 }, b: { start: 5, end: 15 } })).toBe('both');
  });

  it('splitByPeriod puts each event in one list', () => {
    const evs = [
      { id: 'x', startDay: 1, endDay: 1 },
      { id: 'y', startDay: 21, endDay: 21 },
      { id: 'z', startDay: 1, endDay: 21 },
      { id: 'w', startDay: 15, endDay: 15 },
    ];
    expect(splitByPeriod(evs, periods)).toEqual({ a: ['x'], b: ['y'], both: ['z'] });
  });
});

describe('compareRows', () => {
  it.each<[string, CompareItem[], string[], Array<[string | null, number, number, number, number]>]>([
    ['no events', [], [], []],
    ['events outside both periods give no rows', [item(15, 'TJ-KL', 3)], [], []],
    [
      'counts and killed per group, change = B − A',
      [item(1, 'TJ-KL', 3), item(2, 'TJ-KL', 1), item(21, 'TJ-KL', 5), item(22, 'TJ-BK', null)],
      [],
      [
        ['TJ-BK', 0, 0, 1, 0],
        ['TJ-KL', 2, 4, 1, 5],
      ],
    ],
    ['a span over both periods counts in each (change 0)', [item(5, 'AF-TK', 2, 25)], [], [['AF-TK', 1, 2, 1, 2]]],
    [
      'the given order first, unknown groups by key, the null group last',
      [item(1, null), item(1, 'z'), item(1, 'b'), item(21, 'a'), item(1, 'm')],
      ['m', 'b', 'unused'],
      [
        ['m', 1, 0, 0, 0],
        ['b', 1, 0, 0, 0],
        ['a', 0, 0, 1, 0],
        ['z', 1, 0, 0, 0],
        [null, 1, 0, 0, 0],
      ],
    ],
    ['unknown killed counts as 0, a stated 0 too', [item(1, 'g', null), item(2, 'g', 0)], [], [['g', 2, 0, 0, 0]]],
  ])('%s', (_name, items, order, want) => {
    const rows = compareRows(items, periods, order);
    expect(rows.map((r) => [r.group, r.a.events, r.a.killed, r.b.events, r.b.killed])).toEqual(want);
    for (const r of rows) expect(r.change).toEqual({ events: r.b.events - r.a.events, killed: r.b.killed - r.a.killed });
  });

  it('a fall is negative', () => {
    const [row] = compareRows([item(1, 'g', 4), item(2, 'g', 4), item(21, 'g', 1)], periods);
    expect(row?.change).toEqual({ events: -1, killed: -7 });
  });

  it('totalRow sums the rows', () => {
    const rows = compareRows([item(1, 'a', 1), item(21, 'b', 2), item(22, 'b', 3)], periods);
    expect(totalRow(rows)).toEqual({
      group: '*',
      a: { events: 1, killed: 1 },
      b: { events: 2, killed: 5 },
      change: { events: 1, killed: 4 },
    });
    expect(totalRow([])).toEqual({
      group: '*',
      a: { events: 0, killed: 0 },
      b: { events: 0, killed: 0 },
      change: { events: 0, killed: 0 },
    });
  });
});
