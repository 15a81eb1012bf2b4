import { describe, expect, it } from 'vitest';
import type { FrontierEvent, Report, SourceDoc } from '../model/types';
import { citationLine, viewCitations } from './citations';

const doc = (id: string, notBefore: string | null, outlet: string | null = null): SourceDoc =>
  ({ id, title: `Article ${id}`, outlet, published: { notBefore, notAfter: null, note: '' } }) as unknown as SourceDoc;
const report = (id: string, published: string | null, outlet = `Outlet ${id}`): Report =>
  ({ id, outlet, url: `https://news.example/${id}`, published, headline: `Headline ${id}`, publishedDay: null }) as unknown as Report;
const event = (sources: string[], reports: string[]): FrontierEvent =>
  ({
    sources: sources.map((sourceId) => ({ sourceId, quote: '' })),
    citations: reports.map((reportId) => ({ reportId, facts: [] })),
  }) as unknown as FrontierEvent;

const data = {
  sources: [doc('src-1', '2025-11-30'), doc('src-2', null, 'Asia-Plus')],
  reports: [report('r-a', '2025-12-02'), report('r-b', '2021-07-03'), report('r-c', null, 'Aaa')],
};

describe('viewCitations', () => {
  it('is empty for no events, or events citing nothing', () => {
    expect(viewCitations([], data)).toEqual([]);
    expect(viewCitations([event([], [])], data)).toEqual([]);
  });
  it('lists each source and report once, oldest first, undated last', () => {
    const out = viewCitations([event(['src-1'], ['r-a', 'r-c']), event(['src-1', 'src-2'], ['r-b', 'r-a'])], data);
    expect(out.map((c) => c.id)).toEqual(['r-b', 'src-1', 'r-a', 'r-c', 'src-2']);
  });
  it('skips ids the data does not hold', () => {
    expect(viewCitations([event(['nope'], ['nada'])], data)).toEqual([]);
  });
  it('a bundled article without an outlet is named by its title, dated as a lower bound, without an address', () => {
    const [c] = viewCitations([event(['src-1'], [])], data);
    expect(c).toEqual({ id: 'src-1', outlet: 'Article src-1', headline: null, date: '2025-11-30', notBefore: true, url: null });
  });
});

describe('citationLine', () => {
  it.each([
    [report('r-a', '2025-12-02'), true, 'Outlet r-a, “Headline r-a”, 2025-12-02: https://news.example/r-a'],
    [report('r-a', '2025-12-02'), false, 'Outlet r-a, 2025-12-02: https://news.example/r-a'],
    [report('r-c', null, 'Aaa'), true, 'Aaa, “Headline r-c”, n.d.: https://news.example/r-c'],
  ])('%#: %s', (r, withHeadline, want) => {
    const [c] = viewCitations([event([], [r.id])], { sources: [], reports: [r] });
    expect(citationLine(c!, withHeadline)).toBe(want);
  });
  it('marks a lower-bound date', () => {
    const [c] = viewCitations([event(['src-1'], [])], data);
    expect(citationLine(c!)).toBe('Article src-1, ≥ 2025-11-30');
  });
});
