import { NO_MEASURE } from '../../geo/borderMeasure.ts';
import { describe, expect, it } from 'vitest';
import type { FrontierEvent } from '../../model/types.ts';
import { hasClaimsToCompare, languageName, sourceClaims } from './sourceClaims.ts';

/** The 29 Jan 2026 clash, shaped as the chronology gives it: a post-located event with a coarser seed source. */
function clash(over: Partial<FrontierEvent> = {}): FrontierEvent {
  return {
    id: 'khatlon-clash',
    kind: 'incident',
    title: 'Clash at the Bahorak post',
    summary: '',
    date: { start: '2026-01-29', precision: 'day' },
    location: {
      precision: 'district',
      ref: 'tj-kl-shamsiddin-shohin',
      postId: 'post-bahorak',
      asReported: 'border post Bahorak, Shamsiddin Shohin district',
      alternatives: [{ by: 'src-001', precision: 'province', ref: 'TJ-KL', asReported: 'in the Khatlon province' }],
    },
    casualties: [
      { sourceId: 'src-001', killed: 3, injured: null, who: 'three armed individuals' },
      { sourceId: 'kaz', killed: 3, injured: null, who: 'Afghan smugglers' },
    ],
    sources: [{ sourceId: 'src-001', quote: 'q', locates: 'province', dates: 'day' }],
    citations: [
      { reportId: 'kaz', facts: ['f1'], locates: 'district', dates: 'day' },
      { reportId: 'silent', facts: ['f1'] },
    ],
    startDay: 9525,
    endDay: 9525,
    geometry: [68.9, 37.2],
    areaRef: 'tj-kl-shamsiddin-shohin',
    border: NO_MEASURE,
    ...over,
  };
}

describe('sourceClaims', () => {
  it.each<
    [string, FrontierEvent, Array<{ by: string; place: string | null; drawn: boolean | null; date: boolean | null; killed: number[] }>]
  >([
    [
      'a seed article with a coarser place beside a report giving the drawn one',
      clash(),
      [
        { by: 'src-001', place: 'in the Khatlon province', drawn: false, date: true, killed: [3] },
        { by: 'kaz', place: 'border post Bahorak, Shamsiddin Shohin district', drawn: true, date: true, killed: [3] },
      ],
    ],
    [
      'a date alternative replaces the drawn date for its source',
      clash({ date: { start: '2026-01-29', precision: 'day', alternatives: [{ by: 'kaz', start: '2026-01-30', precision: 'day' }] } }),
      [
        { by: 'src-001', place: 'in the Khatlon province', drawn: false, date: true, killed: [3] },
        { by: 'kaz', place: 'border post Bahorak, Shamsiddin Shohin district', drawn: true, date: false, killed: [3] },
      ],
    ],
    [
      'a source that supports nothing and claims nothing is left out',
      clash({ casualties: [], location: { precision: 'district', ref: 'x', asReported: 'x' } }),
      [
        { by: 'src-001', place: null, drawn: null, date: true, killed: [] },
        { by: 'kaz', place: 'x', drawn: true, date: true, killed: [] },
      ],
    ],
  ])('%s', (_name, e, want) => {
    const got = sourceClaims(e).map((c) => ({
      by: c.by,
      place: c.place?.asReported ?? null,
      drawn: c.place?.drawn ?? null,
      date: c.date?.drawn ?? null,
      killed: c.casualties.map((x) => x.killed ?? -1),
    }));
    expect(got).toEqual(want);
  });

  it.each<[string, FrontierEvent, boolean]>([
    ['two sources with claims', clash(), true],
    [
      'one source, no alternatives',
      clash({ casualties: [], citations: [], location: { precision: 'province', ref: 'TJ-KL', asReported: 'Khatlon' } }),
      false,
    ],
  ])('hasClaimsToCompare: %s', (_name, e, want) => {
    expect(hasClaimsToCompare(e)).toBe(want);
  });
});

describe('languageName', () => {
  it.each<[string, string, readonly string[], string, RegExp]>([
    ['Russian in English', 'ru', ['en'], 'Русский', /^Russian$/],
    ['English in Russian', 'en', ['ru'], 'English', /^английский$/i],
    ['an invalid code falls back', 'zz-invalid-!!', ['en'], 'Fallback', /^Fallback$/],
  ])('%s', (_name, code, ui, fallback, want) => {
    expect(languageName(code, ui, fallback)).toMatch(want);
  });
});
