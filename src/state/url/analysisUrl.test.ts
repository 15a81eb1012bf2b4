import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from '../../calendar/dates.ts';
import { parseAnalysisUrl, serialiseAnalysisUrl, type AnalysisUrl } from './analysisUrl.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);
const bounds = { start: d('2013-01-01'), end: d('2030-01-01') };
const none: AnalysisUrl = { compare: null, stretch: null, borderChart: false };

describe('analysis URL parameters', () => {
  it.each<[string, AnalysisUrl]>([
    ['nothing', none],
    [
      'two periods',
      { ...none, compare: { a: { start: d('2024-01-01'), end: d('2024-07-01') }, b: { start: d('2025-01-01'), end: d('2025-07-01') } } },
    ],
    [
      'one-day periods',
      { ...none, compare: { a: { start: d('2025-11-30'), end: d('2025-12-01') }, b: { start: d('2013-01-01'), end: d('2013-01-02') } } },
    ],
    ['a stretch', { ...none, stretch: { fromKm: 120.5, toKm: 340 } }],
    ['the chart open', { ...none, borderChart: true }],
  ])('round trip of %s', (_name, state) => {
    const search = new URLSearchParams(serialiseAnalysisUrl(state)).toString();
    expect(parseAnalysisUrl(search, bounds)).toEqual({ state, warnings: [] });
  });

  it('writes the periods as first..last day, inclusive', () => {
    const s = serialiseAnalysisUrl({
      ...none,
      compare: { a: { start: d('2024-01-01'), end: d('2024-07-01') }, b: { start: d('2025-01-01'), end: d('2025-01-02') } },
    });
    expect(s).toEqual([
      ['cmpA', '2024-01-01..2024-06-30'],
      ['cmpB', '2025-01-01..2025-01-01'],
    ]);
  });

  it('reversed days and km are put in order', () => {
    const { state } = parseAnalysisUrl('cmpA=2024-06-30..2024-01-01&cmpB=2025-01-01..2025-01-31&stretch=300..100', bounds);
    expect(state.compare?.a).toEqual({ start: d('2024-01-01'), end: d('2024-07-01') });
    expect(state.stretch).toEqual({ fromKm: 100, toKm: 300 });
  });

  it.each([
    ['cmpA=2024-02-30..2024-03-01&cmpB=2025-01-01..2025-01-02', 'invalid cmpA'],
    ['cmpA=2024-01-01&cmpB=2025-01-01..2025-01-02', 'invalid cmpA'],
    ['cmpA=1990-01-01..1990-02-01&cmpB=2025-01-01..2025-01-02', 'invalid cmpA'],
    ['cmpA=2024-01-01..2024-02-01', 'invalid compare'],
    ['stretch=-5..10', 'invalid stretch'],
    ['stretch=1e3..2e3', 'invalid stretch'],
    ['stretch=0..99999', 'invalid stretch'],
    ['chart=yes', 'invalid chart'],
  ])('%s warns (%s) and keeps the default', (search, warning) => {
    const { state, warnings } = parseAnalysisUrl(search, bounds);
    expect(warnings.some((w) => w.startsWith(warning))).toBe(true);
    expect(state.stretch).toBeNull();
    expect(state.borderChart).toBe(false);
    expect(state.compare).toBeNull();
  });
});
