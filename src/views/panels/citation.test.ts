import { NO_MEASURE } from '../../geo/borderMeasure.ts';
import { describe, expect, it } from 'vitest';
import type { FrontierEvent, Report, SourceDoc, SourceRef } from '../../model/types.ts';
import { citationText, segmentQuotes, type TextSegment } from './citation.ts';

/** A minimal event with the fields a citation reads. */
function event(sources: SourceRef[]): FrontierEvent {
  return {
    id: 'evt-1',
    kind: 'incident',
    title: 'Attack near Shadak',
    summary: '',
    date: { start: '2025-11-30', precision: 'day' },
    location: { precision: 'village', ref: 'shadak', asReported: 'near Shadak village' },
    sources,
    startDay: 9465,
    endDay: 9465,
    geometry: null,
    areaRef: null,
    border: NO_MEASURE,
  };
}

function doc(id: string, title: string, outlet: string | null, notBefore: string | null, text: string): SourceDoc {
  return { id, file: `${id}.txt`, title, outlet, published: { notBefore, notAfter: null, note: '' }, cites: [], text };
}

/** One quote's expected split as segments: plain text before, the highlight, plain text after. */
function asSegments(text: string, split: { before: string; quote: string; after: string } | null): TextSegment[] {
  if (!split) return text ? [{ text, quote: null }] : [];
  return [
    ...(split.before ? [{ text: split.before, quote: null }] : []),
    { text: split.quote, quote: 0 },
    ...(split.after ? [{ text: split.after, quote: null }] : []),
  ];
}

describe('segmentQuotes with one quote', () => {
  it.each<[string, string, string, { before: string; quote: string; after: string } | null]>([
    ['a quote in the middle', 'one two three', 'two', { before: 'one ', quote: 'two', after: ' three' }],
    ['a quote at the start', 'one two three', 'one', { before: '', quote: 'one', after: ' two three' }],
    ['a quote at the end', 'one two three', 'three', { before: 'one two ', quote: 'three', after: '' }],
    ['a quote equal to the text', 'one two', 'one two', { before: '', quote: 'one two', after: '' }],
    ['a repeated quote (first occurrence wins)', 'a x b x c', 'x', { before: 'a ', quote: 'x', after: ' b x c' }],
    ['an absent quote', 'one two three', 'four', null],
    ['a quote differing in case', 'one two three', 'Two', null],
    ['an empty quote', 'one two three', '', null],
    ['an empty text', '', 'one', null],
    ['an empty text and quote', '', '', null],
    ['a quote longer than the text', 'one', 'one two', null],
    ['unicode text', '«Шадак» — 30 ноября', 'Шадак', { before: '«', quote: 'Шадак', after: '» — 30 ноября' }],
  ])('segmentQuotes() for %s', (_name, text, quote, expected) => {
    const out = segmentQuotes(text, [quote]);
    expect(out).toEqual(asSegments(text, expected));
    expect(out.map((seg) => seg.text).join('')).toBe(text);
  });
});

describe('segmentQuotes with several quotes', () => {
  it('segmentQuotes() highlights each quote in text order, whatever the order of the quotes', () => {
    expect(segmentQuotes('a b c d', ['c', 'a'])).toEqual([
      { text: 'a', quote: 1 },
      { text: ' b ', quote: null },
      { text: 'c', quote: 0 },
      { text: ' d', quote: null },
    ]);
  });

  it('segmentQuotes() merges overlapping quotes into one highlight instead of nesting', () => {
    const out = segmentQuotes('one two three', ['one two', 'two three']);
    expect(out).toEqual([{ text: 'one two three', quote: 0 }]);
  });

  it('segmentQuotes() skips absent quotes and keeps the text whole', () => {
    const out = segmentQuotes('one two', ['zzz', 'two']);
    expect(out).toEqual([
      { text: 'one ', quote: null },
      { text: 'two', quote: 1 },
    ]);
  });
});

describe('citationText', () => {
  it('citationText() includes the title, date, place, each quote and source title', () => {
    const sources = new Map<string, SourceDoc>([
      ['src-000', doc('src-000', 'Border attack in GBAO', 'Asia-Plus', '2025-12-01', 'Five workers were killed. Later text.')],
      ['src-001', doc('src-001', 'CSTO programme update', null, null, 'The second phase begins.')],
    ]);
    const text = citationText(
      event([
        { sourceId: 'src-000', quote: 'Five workers were killed.' },
        { sourceId: 'src-001', quote: 'The second phase begins.' },
      ]),
      sources,
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('Attack near Shadak (30 Nov 2025; near Shadak village)');
    expect(lines[1]).toBe('“Five workers were killed.” — Border attack in GBAO, Asia-Plus, published not before 2025-12-01.');
    expect(lines[2]).toBe('“The second phase begins.” — CSTO programme update.');
  });

  it.each<[string, SourceRef[], number]>([
    ['no sources', [], 1],
    ['one source', [{ sourceId: 'src-000', quote: 'q1' }], 2],
    [
      'two quotes from one source',
      [
        { sourceId: 'src-000', quote: 'q1' },
        { sourceId: 'src-000', quote: 'q2' },
      ],
      3,
    ],
  ])('citationText() writes one line per quote for %s', (_name, refs, lineCount) => {
    const sources = new Map([['src-000', doc('src-000', 'Title A', null, null, 'q1 q2')]]);
    const text = citationText(event(refs), sources);
    expect(text.split('\n')).toHaveLength(lineCount);
    for (const r of refs) expect(text).toContain(`“${r.quote}”`);
    if (refs.length) expect(text).toContain('Title A');
  });

  it('citationText() falls back to the source id for an unknown source', () => {
    const text = citationText(event([{ sourceId: 'src-404', quote: 'lost' }]), new Map());
    expect(text.split('\n')[1]).toBe('“lost” — src-404.');
  });
});

describe('citationText with cited reports', () => {
  const report: Report = {
    id: 'rep-1',
    outlet: 'Kazinform',
    url: 'https://kazinform.example/bahorak',
    published: '2026-01-30',
    publishedDay: 9526,
    language: 'ru',
    headline: 'Стычка у заставы',
    readAt: 'https://kazinform.example/bahorak',
    facts: [{ id: 'f1', text: 'Three smugglers were killed.' }],
  };
  it.each<[string, ReadonlyMap<string, Report>, string]>([
    ['a known report', new Map([['rep-1', report]]), 'Kazinform, “Стычка у заставы”, 2026-01-30: https://kazinform.example/bahorak'],
    ['an unknown report', new Map(), 'rep-1.'],
  ])('citationText() adds one line per citation for %s', (_name, reports, line) => {
    const e = { ...event([]), citations: [{ reportId: 'rep-1', facts: ['f1'] }] };
    const lines = citationText(e, new Map(), reports).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(line);
  });
});
