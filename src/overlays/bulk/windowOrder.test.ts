import { describe, expect, it } from 'vitest';
import { allocRaw } from './raw';
import { buildColumns } from './pack';
import { bulkInWindowByTime } from './windowOrder';
import { countInWindow } from './windowRange';
import { countDays } from './dayCounts';

/** Columns of events given as [startDay, endDay] (inclusive). */
function columnsOf(spans: Array<[number, number]>) {
  const raw = allocRaw(spans.length);
  spans.forEach(([s, e], i) => {
    raw.startDay[i] = s;
    raw.endDay[i] = e;
    raw.lon[i] = 70 + i * 1e-3;
    raw.lat[i] = 37;
  });
  return buildColumns(raw);
}

describe('bulkInWindowByTime', () => {
  const spans: Array<[number, number]> = [
    [120, 120],
    [100, 130], // a month-long span starting first
    [110, 110],
    [100, 100],
    [90, 94], // ends before the window
    [200, 200], // after it
    [100, 464], // a year: overlaps everything
  ];
  const c = columnsOf(spans);
  const startOf = (i: number): number => c.start[i]!;
  const rowOf = (i: number): number => c.origin[i]!;

  it.each([
    [{ start: 95, end: 150 }, [3, 1, 6, 2, 0]],
    [{ start: 0, end: 1000 }, [4, 3, 1, 6, 2, 0, 5]],
    [{ start: 121, end: 130 }, [1, 6]],
    [{ start: 500, end: 600 }, []],
  ])('bulkInWindowByTime(%o) gives the rows %o: by start day, shorter spans first, as many as countInWindow', (w, rows) => {
    const order = [...bulkInWindowByTime(c, w)];
    expect(order.map(rowOf)).toEqual(rows);
    expect(order.length).toBe(countInWindow(c, w));
    for (let k = 1; k < order.length; k++) expect(startOf(order[k]!)).toBeGreaterThanOrEqual(startOf(order[k - 1]!));
  });

  it('is empty for empty columns', () => {
    expect(bulkInWindowByTime(columnsOf([]), { start: 0, end: 10 }).length).toBe(0);
  });
});

describe('countDays (the histogram counts of a large import)', () => {
  const c = columnsOf([
    [10, 10],
    [10, 12], // midpoint 11
    [20, 29], // midpoint 24
    [5, 5],
  ]);
  it.each([
    [0, 100, 4],
    [10, 11, 1],
    [10, 12, 2],
    [11, 25, 2],
    [25, 100, 0],
    [-50, 6, 1],
    [30, 10, 0], // reversed
  ])('countDays(%i, %i) is %i (each event once, at the midpoint of its span)', (from, to, n) => {
    expect(countDays(c, from, to)).toBe(n);
  });
});
