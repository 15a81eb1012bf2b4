import { describe, expect, it } from 'vitest';
import type { EventDate } from '../model/types.ts';
import type { Lang } from '../i18n/langs.ts';
import { isoDayToDayNumber } from './dates.ts';
import { dayToDate } from './days.ts';
import type { TimeWindow } from './window.ts';
import { axisFormats, formatCount, formatDay, formatDayRange, formatEventDate, formatList, formatNumber } from './format.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);

describe('formatEventDate', () => {
  it.each<[EventDate, string, string]>([
    [{ start: '2025-11-30', precision: 'day' }, '30 Nov 2025', '30 ноября 2025'],
    [{ start: '2013-09-23', precision: 'day' }, '23 Sep 2013', '23 сентября 2013'],
    [{ start: '2025-11', precision: 'month' }, 'Nov 2025', 'ноябрь 2025'],
    [{ start: '2025-05', precision: 'month' }, 'May 2025', 'май 2025'],
    [{ start: '2025', precision: 'year' }, '2025', '2025'],
    [{ start: '2025-11-30', end: '2025-12-31', precision: 'range' }, '30 Nov – 31 Dec 2025', '30 ноября – 31 декабря 2025'],
    [{ start: '2025-11-01', end: '2025-11-15', precision: 'range' }, '1–15 Nov 2025', '1–15 ноября 2025'],
    [{ start: '2025-12-30', end: '2026-01-02', precision: 'range' }, '30 Dec 2025 – 2 Jan 2026', '30 декабря 2025 – 2 января 2026'],
    [{ start: '2025-11-30', end: '2025-11-30', precision: 'range' }, '30 Nov 2025', '30 ноября 2025'],
    [{ start: '2026-01-29', end: null, precision: 'range' }, 'after 29 Jan 2026', 'после 29 января 2026'],
  ])('formatEventDate(%j) is %j in English and %j in Russian', (date, en, ru) => {
    expect(formatEventDate(date, 'en')).toBe(en);
    expect(formatEventDate(date, 'ru')).toBe(ru);
  });

  it('throws for a reversed range instead of printing it', () => {
    expect(() => formatEventDate({ start: '2025-12-31', end: '2025-11-30', precision: 'range' }, 'en')).toThrow('invalid range');
  });
});

describe('formatEventDate in Tajik', () => {
  it.each<[EventDate, string]>([
    [{ start: '2025-11-30', precision: 'day' }, '30 ноябр 2025'],
    [{ start: '2025-11', precision: 'month' }, 'ноябр 2025'],
    [{ start: '2025', precision: 'year' }, '2025'],
    [{ start: '2025-11-30', end: '2025-12-31', precision: 'range' }, '30 ноябр – 31 декабр 2025'],
    [{ start: '2025-11-01', end: '2025-11-15', precision: 'range' }, '1–15 ноябр 2025'],
    [{ start: '2025-12-30', end: '2026-01-02', precision: 'range' }, '30 декабр 2025 – 2 январ 2026'],
    [{ start: '2026-01-29', end: null, precision: 'range' }, 'пас аз 29 январ 2026'],
  ])('formatEventDate(%j, "tg") is %j', (date, want) => {
    expect(formatEventDate(date, 'tg')).toBe(want);
  });
});

describe('formatDayRange', () => {
  it.each<[string, TimeWindow, Lang, string]>([
    ['a one-day window', { start: d('2025-11-30'), end: d('2025-12-01') }, 'en', '30 Nov 2025'],
    ['a multi-day window', { start: d('2025-11-28'), end: d('2025-12-06') }, 'en', '28 Nov 2025 – 5 Dec 2025'],
    ['a window across a year end', { start: d('2025-12-29'), end: d('2026-01-03') }, 'en', '29 Dec 2025 – 2 Jan 2026'],
    ['a two-day window', { start: d('2024-02-28'), end: d('2024-03-01') }, 'en', '28 Feb 2024 – 29 Feb 2024'],
    ['a fractional window (dragging)', { start: d('2025-11-28') + 0.3, end: d('2025-12-05') + 0.7 }, 'en', '28 Nov 2025 – 5 Dec 2025'],
    ['a fractional window inside one day', { start: d('2025-11-30') + 0.2, end: d('2025-11-30') + 0.8 }, 'en', '30 Nov 2025'],
    [
      'a fractional window over a day boundary',
      { start: d('2025-11-30') + 0.5, end: d('2025-12-01') + 0.5 },
      'en',
      '30 Nov 2025 – 1 Dec 2025',
    ],
    ['a zero-width window', { start: d('2025-11-30'), end: d('2025-11-30') }, 'en', '30 Nov 2025'],
    ['the whole timeline', { start: d('2013-01-01'), end: d('2030-01-01') }, 'en', '1 Jan 2013 – 31 Dec 2029'],
    // Russian writes the day as the event list does ("30 ноября 2025"), not abbreviated.
    ['a one-day window in Russian', { start: d('2025-11-30'), end: d('2025-12-01') }, 'ru', '30 ноября 2025'],
    ['a multi-day window in Russian', { start: d('2025-11-28'), end: d('2025-12-06') }, 'ru', '28 ноября 2025 – 5 декабря 2025'],
    ['May in Russian', { start: d('2025-05-01'), end: d('2025-05-10') }, 'ru', '1 мая 2025 – 9 мая 2025'],
    ['a one-day window in Tajik', { start: d('2025-11-30'), end: d('2025-12-01') }, 'tg', '30 ноябр 2025'],
    ['a multi-day window in Tajik', { start: d('2025-11-28'), end: d('2025-12-06') }, 'tg', '28 ноябр 2025 – 5 декабр 2025'],
  ])('formatDayRange() for %s', (_name, w, lang, expected) => {
    expect(formatDayRange(w, lang)).toBe(expected);
  });
});

describe('formatDay', () => {
  it.each<[number, Lang, string]>([
    [0, 'en', '1 Jan 2000'],
    [-1, 'en', '31 Dec 1999'],
    [d('2026-01-29') + 0.99, 'en', '29 Jan 2026'],
    [d('2013-09-23'), 'en', '23 Sep 2013'],
    [d('2026-01-29'), 'ru', '29 января 2026'],
    [d('2026-01-29'), 'tg', '29 январ 2026'],
  ])('formatDay(%d, %s) is %s', (day, lang, expected) => {
    expect(formatDay(day, lang)).toBe(expected);
  });
});

describe('formatCount', () => {
  it.each<[number, Lang, string]>([
    [1, 'ru', '1 событие'],
    [2, 'ru', '2 события'],
    [5, 'ru', '5 событий'],
    [11, 'ru', '11 событий'],
    [21, 'ru', '21 событие'],
    [22, 'ru', '22 события'],
    [25, 'ru', '25 событий'],
    [0, 'ru', '0 событий'],
    [14, 'ru', '14 событий'],
    [111, 'ru', '111 событий'],
    [1.5, 'ru', '1,5 события'],
    [0, 'en', '0 events'],
    [1, 'en', '1 event'],
    [2, 'en', '2 events'],
    [21, 'en', '21 events'],
    [1, 'tg', '1 рӯйдод'],
    [2, 'tg', '2 рӯйдод'],
    [5, 'tg', '5 рӯйдод'],
    // Not digit-grouped: a readout that changes while playing keeps its width.
    [12345, 'en', '12345 events'],
  ])('formatCount(%d, events, %s) is %s', (n, lang, want) => {
    expect(formatCount(n, 'events', lang)).toBe(want);
  });
});

describe('formatList', () => {
  it.each<[readonly string[], Lang, string]>([
    [['3 killed', '2 injured'], 'en', '3 killed and 2 injured'],
    [['a', 'b', 'c'], 'en', 'a, b, and c'],
    [['3 убиты', '2 ранены'], 'ru', '3 убиты и 2 ранены'],
    [['а', 'б', 'в'], 'ru', 'а, б и в'],
    [['3 кушта', '2 захмӣ'], 'tg', '3 кушта ва 2 захмӣ'],
    [['а', 'б', 'в'], 'tg', 'а, б ва в'],
    [['alone'], 'en', 'alone'],
    [['танҳо'], 'tg', 'танҳо'],
    [[], 'tg', ''],
    [[], 'en', ''],
  ])('formatList(%j, %s) is %j', (items, lang, want) => {
    expect(formatList(items, lang)).toBe(want);
  });
});

describe('formatNumber', () => {
  it.each<[number, Lang, RegExp]>([
    [1363, 'en', /^1,363$/],
    [1363, 'ru', /^1\s363$/u],
    [1363, 'tg', /^1\s363$/u],
    [2.5, 'ru', /^2,5$/],
    [2.5, 'tg', /^2,5$/],
  ])('formatNumber(%d, %s) matches %s', (n, lang, want) => {
    expect(formatNumber(n, lang)).toMatch(want);
  });
});

describe('axisFormats', () => {
  const at = (iso: string): Date => dayToDate(d(iso));
  it.each<[Lang, string, string, string, string]>([
    ['en', '2025', 'Nov', 'Jan 2026', '30 Nov'],
    ['ru', '2025', 'ноя', 'янв 2026', '30 ноября'],
    ['tg', '2025', 'ноябр', 'январ 2026', '30 ноябр'],
  ])('%s: year %s, month %s, January %s, day %s', (lang, year, month, january, day) => {
    const f = axisFormats(lang);
    expect(f.year(at('2025-01-01'))).toBe(year);
    expect(f.month(at('2025-11-01'))).toBe(month);
    expect(f.monthYear(at('2026-01-01'))).toBe(january);
    expect(f.day(at('2025-11-30'))).toBe(day);
  });
  it('a Russian day tick takes the genitive ("1 мая", not "1 май")', () => {
    expect(axisFormats('ru').day(at('2025-05-01'))).toBe('1 мая');
  });
});
