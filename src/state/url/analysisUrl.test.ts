import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from '../../calendar/dates.ts';
import { parseAnalysisUrl, serialiseAnalysisUrl, type AnalysisUrl } from './analysisUrl.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);
const bounds = { start: d('2013-01-01'), end: d('2030-01-01') };
const none: AnalysisUrl = { compare: null, borderChart: false };

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

  it('reversed days are put in order (the border stretch is a filter: src/filters/stretch.test.ts)', () => {
    const { state } = parseAnalysisUrl('cmpA=2024-06-30..2024-01-01&cmpB=2025-01-01..2025-01-31', bounds);
    expect(state.compare?.a).toEqual({ start: d('2024-01-01'), end: d('2024-07-01') });
  });

  it.each([
    ['cmpA=2024-02-30..2024-03-01&cmpB=2025-01-01..2025-01-02', 'invalid cmpA'],
    ['cmpA=2024-01-01&cmpB=2025-01-01..2025-01-02', 'invalid cmpA'],
    ['cmpA=1990-01-01..1990-02-01&cmpB=2025-01-01..2025-01-02', 'invalid cmpA'],
    ['cmpA=2024-01-01..2024-02-01', 'invalid compare'],
    ['chart=yes', 'invalid chart'],
  ])('%s warns (%s) and keeps the default', (search, warning) => {
    const { state, warnings } = parseAnalysisUrl(search, bounds);
    expect(warnings.some((w) => w.startsWith(warning))).toBe(true);
    expect(state.borderChart).toBe(false);
    expect(state.compare).toBeNull();
  });
});
