import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from './dates.ts';
import { monthsBefore, recentWindow, type KindedSpan } from './recentWindow.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);
const bounds = { start: d('2013-01-01'), end: d('2030-01-01') };
const ev = (kind: string, start: string, end = start): KindedSpan => ({ kind, startDay: d(start), endDay: d(end) });

describe('monthsBefore', () => {
  it.each([
    ['2026-04-18', 6, '2025-10-18'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2026-01-15', 1, '2025-12-15'],
    ['2026-01-15', 0, '2026-01-15'],
    ['2026-01-15', 25, '2023-12-15'],
  ])('monthsBefore(%s, %i) is %s', (from, n, expected) => {
    expect(monthsBefore(d(from), n)).toBe(d(expected));
  });
});

describe('recentWindow', () => {
  it.each<[string, KindedSpan[], number, { start: string; end: string } | 'bounds']>([
    ['no events', [], 6, 'bounds'],
    ['one incident', [ev('incident', '2026-04-16')], 6, { start: '2025-10-17', end: '2026-04-17' }],
    [
      'the last incident, not the last event',
      [ev('incident', '2025-11-30'), ev('meeting', '2027-05-01')],
      3,
      { start: '2025-09-01', end: '2025-12-01' },
    ],
    [
      'the end of an uncertain span',
      [ev('incident', '2026-04-16', '2026-04-17'), ev('incident', '2021-07-03')],
      6,
      { start: '2025-10-18', end: '2026-04-18' },
    ],
    [
      'input order does not matter',
      [ev('incident', '2026-04-16', '2026-04-17'), ev('incident', '2026-01-18'), ev('incident', '2021-07-03')],
      6,
      { start: '2025-10-18', end: '2026-04-18' },
    ],
    [
      'no incident: the last event of any kind',
      [ev('meeting', '2024-06-10'), ev('announcement', '2023-01-01')],
      6,
      { start: '2023-12-11', end: '2024-06-11' },
    ],
    ['near the start of the bounds: clamped, width kept', [ev('incident', '2013-02-01')], 6, { start: '2013-01-01', end: '2013-07-04' }],
    ['past the end of the bounds: ends at the bounds', [ev('incident', '2031-05-01')], 6, { start: '2029-07-01', end: '2030-01-01' }],
    ['zero months: the bounds', [ev('incident', '2026-04-16')], 0, 'bounds'],
  ])('%s', (_name, events, months, expected) => {
    const w = recentWindow(events, bounds, months);
    expect(w).toEqual(expected === 'bounds' ? bounds : { start: d(expected.start), end: d(expected.end) });
  });
});
