import { describe, expect, it } from 'vitest';
import { chartData, markActive, stretchCounts, type ChartEvent } from './chartData';
import type { ProvinceStretch } from '../../geo/borderStretches';

const ev = (id: string, basis: ChartEvent['border']['basis'], alongKm: number | null, startDay = 10, endDay = startDay): ChartEvent => ({
  id,
  kind: 'incident',
  startDay,
  endDay,
  border: { basis, alongKm, distanceKm: basis === 'point' ? 1 : null, bank: 'tj' },
});

const stretches: ProvinceStretch[] = [
  { id: 'W|X', fromKm: 0, toKm: 100, tj: 'W', af: 'X' },
  { id: 'E|X', fromKm: 100, toKm: 300, tj: 'E', af: 'X' },
];

describe('chartData', () => {
  it.each<[string, ChartEvent[], string[], number, number]>([
    ['no events', [], [], 0, 0],
    ['point and district-seat events are marks, west to east', [ev('b', 'point', 200), ev('a', 'district-seat', 50)], ['a', 'b'], 0, 0],
    ['province events are counted, not plotted', [ev('p', 'area', null), ev('q', 'area', null)], [], 2, 0],
    ['border-wide events are counted apart', [ev('l', 'line', null)], [], 0, 1],
    ['unplaced events are neither', [ev('n', 'none', null)], [], 0, 0],
    ['ties in km go by date', [ev('late', 'point', 5, 20), ev('early', 'point', 5, 3)], ['early', 'late'], 0, 0],
  ])('%s', (_name, events, ids, provinceOnly, lineOnly) => {
    const d = chartData(events);
    expect(d.marks.map((m) => m.id)).toEqual(ids);
    expect([d.provinceOnly, d.lineOnly]).toEqual([provinceOnly, lineOnly]);
  });

  it('district-seat marks are hollow, point marks filled', () => {
    const d = chartData([ev('s', 'district-seat', 1), ev('p', 'point', 2)]);
    expect(d.marks.map((m) => [m.id, m.hollow])).toEqual([
      ['s', true],
      ['p', false],
    ]);
  });
});

describe('stretchCounts and markActive', () => {
  const marks = chartData([
    ev('a', 'point', 10),
    ev('b', 'district-seat', 100),
    ev('c', 'district-seat', 299),
    ev('old', 'point', 20, 0),
  ]).marks;
  const w = { start: 5, end: 15 };

  it('counts the window’s marks per stretch; a boundary belongs to the stretch east of it', () => {
    expect(stretchCounts(marks, stretches, w, null).map((r) => [r.stretch.id, r.events, r.atSeat, r.inFilter])).toEqual([
      ['W|X', 1, 0, true],
      ['E|X', 2, 2, true],
    ]);
  });

  it('marks the stretches outside the filter', () => {
    expect(stretchCounts(marks, stretches, w, { fromKm: 150, toKm: 200 }).map((r) => r.inFilter)).toEqual([false, true]);
  });

  it('no stretches give no rows', () => {
    expect(stretchCounts(marks, [], w, null)).toEqual([]);
  });

  it.each([
    ['in window, no filter', 'a', null, true],
    ['outside the window', 'old', null, false],
    ['in window, inside the filter', 'a', { fromKm: 0, toKm: 10 }, true],
    ['in window, outside the filter', 'a', { fromKm: 11, toKm: 50 }, false],
  ] as const)('markActive: %s', (_name, id, filter, want) => {
    expect(
      markActive(
        marks.find((m) => m.id === id)!,
        w,
        filter,
      ),
    ).toBe(want);
  });
});
