import { describe, expect, it } from 'vitest';
import { dayNumberToIsoDay, isoDayToDayNumber } from './dates.ts';
import { binStart, binUnitFor, histogram, nextBinStart, type BinUnit } from './bins.ts';
import type { DaySpan } from './window.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);
const iso = (day: number): string => dayNumberToIsoDay(day);
const span = (first: string, last: string = first): DaySpan => ({ startDay: d(first), endDay: d(last) });

describe('binUnitFor', () => {
  it.each<[number, BinUnit]>([
    [0, 'day'],
    [1, 'day'],
    [120, 'day'],
    [120.5, 'week'],
    [121, 'week'],
    [900, 'week'],
    [901, 'month'],
    [12 * 366, 'month'],
    [12 * 366 + 1, 'year'],
    [6209, 'year'], // 2013-01-01 .. 2030-01-01
  ])('binUnitFor(%d) is %s', (spanDays, unit) => {
    expect(binUnitFor(spanDays)).toBe(unit);
  });
});

describe('binStart', () => {
  it.each<[string, string, BinUnit, string]>([
    ['a day', '2025-12-03', 'day', '2025-12-03'],
    ['a Monday (week)', '2025-12-01', 'week', '2025-12-01'],
    ['a Wednesday (week)', '2025-12-03', 'week', '2025-12-01'],
    ['a Sunday (week)', '2025-12-07', 'week', '2025-12-01'],
    ['the next Monday (week)', '2025-12-08', 'week', '2025-12-08'],
    ['2000-01-01, a Saturday (week)', '2000-01-01', 'week', '1999-12-27'],
    ['2000-01-03, a Monday (week)', '2000-01-03', 'week', '2000-01-03'],
    ['a day before the origin (week)', '1999-12-31', 'week', '1999-12-27'],
    ['a week spanning a year end', '2026-01-01', 'week', '2025-12-29'],
    ['the first of a month (month)', '2025-11-01', 'month', '2025-11-01'],
    ['the last of a month (month)', '2025-11-30', 'month', '2025-11-01'],
    ['29 Feb of a leap year (month)', '2024-02-29', 'month', '2024-02-01'],
    ['31 Dec (year)', '2025-12-31', 'year', '2025-01-01'],
    ['1 Jan (year)', '2026-01-01', 'year', '2026-01-01'],
    ['a day before the origin (year)', '1999-06-15', 'year', '1999-01-01'],
  ])('binStart() for %s', (_name, day, unit, expected) => {
    expect(iso(binStart(d(day), unit))).toBe(expected);
  });

  it.each<[BinUnit]>([['day'], ['week'], ['month'], ['year']])('binStart() floors a fractional day for %s', (unit) => {
    const day = d('2025-12-03');
    expect(binStart(day + 0.9, unit)).toBe(binStart(day, unit));
  });

  it('binStart() for week always returns a Monday over several years', () => {
    for (let day = d('1999-01-01'); day < d('2031-01-01'); day += 1) {
      const start = binStart(day, 'week');
      expect(new Date(Date.UTC(2000, 0, 1) + start * 86_400_000).getUTCDay()).toBe(1);
      expect(day - start).toBeGreaterThanOrEqual(0);
      expect(day - start).toBeLessThan(7);
    }
  });
});

describe('nextBinStart', () => {
  it.each<[string, string, BinUnit, string]>([
    ['a day at a year end', '2025-12-31', 'day', '2026-01-01'],
    ['a week across a year end', '2025-12-29', 'week', '2026-01-05'],
    ['December', '2025-12-01', 'month', '2026-01-01'],
    ['January', '2026-01-01', 'month', '2026-02-01'],
    ['February in a leap year', '2024-02-01', 'month', '2024-03-01'],
    ['February in a common year', '2025-02-01', 'month', '2025-03-01'],
    ['February 2000 (leap, divisible by 400)', '2000-02-01', 'month', '2000-03-01'],
    ['a leap year', '2024-01-01', 'year', '2025-01-01'],
    ['a year before the origin', '1999-01-01', 'year', '2000-01-01'],
  ])('nextBinStart() after %s', (_name, start, unit, expected) => {
    expect(iso(nextBinStart(d(start), unit))).toBe(expected);
  });

  it.each<[string, BinUnit, number]>([
    ['2024-02-01', 'month', 29],
    ['2025-02-01', 'month', 28],
    ['2025-04-01', 'month', 30],
    ['2024-01-01', 'year', 366],
    ['2025-01-01', 'year', 365],
  ])('nextBinStart(%s, %s) makes a bin of %i days', (start, unit, days) => {
    expect(nextBinStart(d(start), unit) - d(start)).toBe(days);
  });
});

describe('histogram', () => {
  it.each<[string, number, number]>([
    ['a reversed range', d('2025-12-31'), d('2025-01-01')],
    ['an empty range', d('2025-06-01'), d('2025-06-01')],
    ['a NaN range', NaN, d('2025-06-01')],
  ])('histogram() returns [] for %s', (_name, from, to) => {
    expect(histogram([span('2025-06-01')], from, to, 'day')).toEqual([]);
  });

  it('histogram() returns zero-count bins for no events', () => {
    const bins = histogram([], d('2025-01-01'), d('2025-04-01'), 'month');
    expect(bins.map((b) => [iso(b.start), iso(b.end), b.count])).toEqual([
      ['2025-01-01', '2025-02-01', 0],
      ['2025-02-01', '2025-03-01', 0],
      ['2025-03-01', '2025-04-01', 0],
    ]);
  });

  it('histogram() makes contiguous week bins starting on the Monday before `from`', () => {
    const bins = histogram([], d('2025-12-03'), d('2025-12-20'), 'week');
    expect(bins.map((b) => iso(b.start))).toEqual(['2025-12-01', '2025-12-08', '2025-12-15']);
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.start).toBe(bins[i - 1]!.end);
  });

  it.each<[string, DaySpan[], BinUnit, number[]]>([
    ['one day event', [span('2025-02-10')], 'month', [0, 1, 0]],
    ['a "Feb 2025" event counted once', [span('2025-02-01', '2025-02-28')], 'month', [0, 1, 0]],
    ['a range counted in the bin of its midpoint', [span('2025-01-20', '2025-03-10')], 'month', [0, 1, 0]],
    ['a range whose midpoint is in March', [span('2025-02-20', '2025-03-31')], 'month', [0, 0, 1]],
    ['events outside the range ignored', [span('2024-12-31'), span('2025-04-01'), span('2026-02-01')], 'month', [0, 0, 0]],
    ['events on the first and last day', [span('2025-01-01'), span('2025-03-31')], 'month', [1, 0, 1]],
    ['a "2025" event whose midpoint (2 Jul) is outside the range', [span('2025-01-01', '2025-12-31')], 'month', [0, 0, 0]],
    ['several events in one bin', [span('2025-03-01'), span('2025-03-02'), span('2025-03-31')], 'month', [0, 0, 3]],
  ])('histogram() counts %s', (_name, events, unit, counts) => {
    const bins = histogram(events, d('2025-01-01'), d('2025-04-01'), unit);
    expect(bins.map((b) => b.count)).toEqual(counts);
  });

  it('histogram() total equals the number of events whose midpoint is inside the bins', () => {
    const events = [span('2025-11-01', '2025-11-30'), span('2025-11-30'), span('2025-12-02', '2025-12-04')];
    const bins = histogram(events, d('2025-11-01'), d('2026-01-01'), 'day');
    expect(bins).toHaveLength(61);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(bins.find((b) => iso(b.start) === '2025-11-15')?.count).toBe(1);
    expect(bins.find((b) => iso(b.start) === '2025-11-30')?.count).toBe(1);
    expect(bins.find((b) => iso(b.start) === '2025-12-03')?.count).toBe(1);
  });

  it('histogram() over year bins for the whole timeline', () => {
    const bins = histogram([span('2025-11-30'), span('2013-01-01')], d('2013-01-01'), d('2030-01-01'), 'year');
    expect(bins).toHaveLength(17);
    expect(bins[0]!.count).toBe(1);
    expect(bins.find((b) => iso(b.start) === '2025-01-01')?.count).toBe(1);
    expect(iso(bins[bins.length - 1]!.end)).toBe('2030-01-01');
  });
});
