import { describe, expect, it } from 'vitest';
import {
  civilToDayNumber,
  dateSpan,
  dayNumberToIsoDay,
  daysInMonth,
  isIsoDay,
  isIsoMonth,
  isIsoYear,
  isLeapYear,
  isoDayToDayNumber,
  yearsSpan,
} from './dates.ts';
import type { EventDate } from '../model/types.ts';

describe('isoDayToDayNumber / dayNumberToIsoDay', () => {
  it.each([
    ['2000-01-01', 0],
    ['2000-01-02', 1],
    ['1999-12-31', -1],
    ['2000-03-01', 60], // 2000 is a leap year: Jan 31 + Feb 29
    ['2001-01-01', 366],
    ['2013-09-23', 5014],
    ['2025-11-30', 9465],
    ['2026-01-29', 9525],
    ['1900-03-01', -36465], // 1900 is not a leap year
  ])('isoDayToDayNumber(%s) is %i and round-trips', (iso, day) => {
    expect(isoDayToDayNumber(iso)).toBe(day);
    expect(dayNumberToIsoDay(day)).toBe(iso);
  });

  it('agrees with Date.UTC over every day of 1999–2031', () => {
    const origin = Date.UTC(2000, 0, 1);
    for (let day = -400; day < 11700; day += 1) {
      const iso = new Date(origin + day * 86_400_000).toISOString().slice(0, 10);
      expect(dayNumberToIsoDay(day)).toBe(iso);
      expect(isoDayToDayNumber(iso)).toBe(day);
    }
  });

  it.each([
    '2025-02-30',
    '2025-02-29',
    '2100-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-01',
    '2025-11-3',
    '25-11-30',
    '',
    '0999-01-01',
  ])('isoDayToDayNumber(%j) throws "invalid date"', (iso) => {
    expect(() => isoDayToDayNumber(iso)).toThrow(`invalid date: ${JSON.stringify(iso)}`);
    expect(isIsoDay(iso)).toBe(false);
  });

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-31'])('isIsoDay(%s) accepts a real date', (iso) => {
    expect(isIsoDay(iso)).toBe(true);
  });
});

describe('calendar helpers', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 11, 30],
    [2025, 12, 31],
    [2025, 1, 31],
  ])('daysInMonth(%i, %i) is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    ['2025-11', true],
    ['2025-1', false],
    ['2025-13', false],
    ['2025-00', false],
    ['2025-11-01', false],
  ])('isIsoMonth(%s) is %s', (value, ok) => {
    expect(isIsoMonth(value)).toBe(ok);
  });

  it.each([
    ['2025', true],
    ['25', false],
    ['20250', false],
    ['2025-01', false],
  ])('isIsoYear(%s) is %s', (value, ok) => {
    expect(isIsoYear(value)).toBe(ok);
  });
});

describe('dateSpan', () => {
  const day = (iso: string): number => isoDayToDayNumber(iso);
  it.each<[string, EventDate, string, string]>([
    ['day', { start: '2025-11-30', precision: 'day' }, '2025-11-30', '2025-11-30'],
    ['month (30 days)', { start: '2025-11', precision: 'month' }, '2025-11-01', '2025-11-30'],
    ['month (31 days)', { start: '2025-12', precision: 'month' }, '2025-12-01', '2025-12-31'],
    ['February, leap year', { start: '2024-02', precision: 'month' }, '2024-02-01', '2024-02-29'],
    ['February, common year', { start: '2025-02', precision: 'month' }, '2025-02-01', '2025-02-28'],
    ['February, 2000 (leap)', { start: '2000-02', precision: 'month' }, '2000-02-01', '2000-02-29'],
    ['year', { start: '2025', precision: 'year' }, '2025-01-01', '2025-12-31'],
    ['range', { start: '2025-11-30', end: '2025-12-31', precision: 'range' }, '2025-11-30', '2025-12-31'],
    ['one-day range', { start: '2025-11-30', end: '2025-11-30', precision: 'range' }, '2025-11-30', '2025-11-30'],
    ['open-ended range is placed at its start', { start: '2026-01-29', end: null, precision: 'range' }, '2026-01-29', '2026-01-29'],
    ['range across a year end', { start: '2025-12-30', end: '2026-01-02', precision: 'range' }, '2025-12-30', '2026-01-02'],
  ])('%s', (_name, date, start, end) => {
    expect(dateSpan(date)).toEqual({ startDay: day(start), endDay: day(end) });
  });

  it.each<[string, EventDate, string]>([
    [
      'reversed range',
      { start: '2025-12-31', end: '2025-11-30', precision: 'range' },
      'invalid range: end 2025-11-30 is before start 2025-12-31',
    ],
    ['range without end', { start: '2025-11-30', precision: 'range' }, 'invalid range: missing end'],
    ['unreal day', { start: '2025-02-30', precision: 'day' }, 'invalid date: "2025-02-30"'],
    ['unreal range end', { start: '2025-02-01', end: '2025-02-29', precision: 'range' }, 'invalid date: "2025-02-29"'],
    ['month in day format', { start: '2025-11-01', precision: 'month' }, 'invalid month: "2025-11-01"'],
    ['short year', { start: '25', precision: 'year' }, 'invalid year: "25"'],
  ])('rejects a %s', (_name, date, message) => {
    expect(() => dateSpan(date)).toThrow(message);
  });
});

describe('yearsSpan', () => {
  it('spans 1 Jan of the first year to 31 Dec of the last', () => {
    expect(yearsSpan('2027', '2029')).toEqual({ startDay: civilToDayNumber(2027, 1, 1), endDay: civilToDayNumber(2029, 12, 31) });
  });
  it('rejects reversed years', () => {
    expect(() => yearsSpan('2029', '2027')).toThrow('invalid years: 2027 is before 2029');
  });
});
