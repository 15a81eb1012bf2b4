import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from '../../calendar/dates.ts';
import type { Lang } from '../../state/appStore.ts';
import type { TimeWindow } from '../../calendar/window.ts';
import { formatDay, formatDayRange } from './readout.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);

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
    ['a one-day window in Russian', { start: d('2025-11-30'), end: d('2025-12-01') }, 'ru', '30 ноя 2025'],
    ['a multi-day window in Russian', { start: d('2025-11-28'), end: d('2025-12-06') }, 'ru', '28 ноя 2025 – 5 дек 2025'],
    ['May in Russian', { start: d('2025-05-01'), end: d('2025-05-10') }, 'ru', '1 мая 2025 – 9 мая 2025'],
  ])('formatDayRange() for %s', (_name, w, lang, expected) => {
    expect(formatDayRange(w, lang)).toBe(expected);
  });
});

describe('formatDay', () => {
  it.each<[number, Lang, string]>([
    [0, 'en', '1 Jan 2000'],
    [-1, 'en', '31 Dec 1999'],
    [d('2026-01-29') + 0.99, 'en', '29 Jan 2026'],
    [d('2026-01-29'), 'ru', '29 янв 2026'],
  ])('formatDay(%d, %s) is %s', (day, lang, expected) => {
    expect(formatDay(day, lang)).toBe(expected);
  });
});
