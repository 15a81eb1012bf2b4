/** Cited reports (reports.json) and the events and outposts that cite them. */
import { describe, expect, it } from 'vitest';
import type { GeoLookup } from '../geo/geoLookup.ts';
import { REPORT } from './testFixtures.ts';
import { reportFactsOf, sourceTextsOf, validateEvents, validateOutposts, validateReports, validateSources } from './validate.ts';

const TEXT = 'Headline\nTwo Chinese citizens were attacked near Shadak village in November.';
const SOURCES = sourceTextsOf(
  validateSources(
    [{ id: 'src-a', file: 'a.txt', title: 'Headline', outlet: null, published: { notBefore: null, notAfter: null, note: 'x' }, cites: [] }],
    { 'a.txt': TEXT },
  ).records,
);
const GEO: GeoLookup = {
  placeLngLat: (id) => (id === 'shadak' ? [71.03, 38.46] : undefined),
  regionIds: new Set(['TJ-KL', 'TJ-BK']),
  regionLabelPoint: () => [71.5, 38],
  borderId: 'tj-af',
};
const REPORTS = reportFactsOf(validateReports([REPORT]).records);
const REFS = { sources: SOURCES, geo: GEO, reports: REPORTS, outposts: new Set(['crossing-ruzvai']) };

const errorsOf = (input: unknown[]): string[] => validateEvents(input, REFS).errors.map((e) => e.message);

describe('validateReports', () => {
  it('accepts a report and indexes its facts', () => {
    const { records, errors } = validateReports([REPORT]);
    expect(errors).toEqual([]);
    expect(records).toEqual([REPORT]);
    expect([...(REPORTS.get(REPORT.id) ?? [])]).toEqual(['attack', 'district']);
  });

  it('accepts an undated report that says why, and one without a headline', () => {
    expect(validateReports([{ ...REPORT, published: null, publishedNote: 'The page shows no date.', headline: null }]).errors).toEqual([]);
  });

  const at = 'reports.json › report "news-example-2025-12-01-shadak" (#0) › ';
  it.each<[string, Record<string, unknown>, string]>([
    ['a script address', { url: 'javascript:alert(1)' }, 'url: expected an http:// or https:// URL, got "javascript:alert(1)"'],
    ['a relative address read at', { readAt: '/archive/1' }, 'readAt: expected an http:// or https:// URL, got "/archive/1"'],
    [
      'an unreal publication date',
      { published: '2025-02-30' },
      'published: expected YYYY-MM-DD (a real calendar date) or null, got "2025-02-30"',
    ],
    [
      'no date and no note',
      { published: null },
      'publishedNote: expected a note saying why the publication date is unknown (published is null), got nothing',
    ],
    ['an unknown language', { language: 'de' }, 'language: expected one of "en" | "ru" | "tg", got "de"'],
    ['an empty headline (null means none)', { headline: '' }, 'headline: expected a non-empty string, got ""'],
    ['no facts', { facts: [] }, 'facts: expected at least one fact, got []'],
    [
      'a repeated fact id',
      { facts: [REPORT.facts[0], { id: 'attack', text: 'again' }] },
      'facts[1].id: expected a fact id unique within the report, got "attack" (already used by facts[0])',
    ],
    ['a fact without text', { facts: [{ id: 'a' }] }, 'facts[0].text: expected a non-empty string, got nothing'],
  ])('rejects %s', (_name, patch, message) => {
    expect(validateReports([{ ...REPORT, ...patch }]).errors.map((e) => e.message)).toEqual([`${at}${message}`]);
  });

  it('rejects a file that is not a list, and a repeated report id', () => {
    expect(validateReports({}).errors.map((e) => e.message)).toEqual(['reports.json: expected an array, got {}']);
    expect(validateReports([REPORT, REPORT]).errors.map((e) => e.field)).toEqual(['id']);
  });
});

/** An event cited from the report only (no bundled quote). */
function citedEvent(): Record<string, unknown> {
  return {
    id: 'shadak-attack',
    kind: 'incident',
    title: 'Attack near Shadak',
    summary: '',
    date: { start: '2025-11-30', precision: 'day' },
    location: { precision: 'village', ref: 'shadak', asReported: 'near the village of Shadak' },
    citations: [{ reportId: REPORT.id, facts: ['attack'] }],
  };
}
type Patch = (e: Record<string, unknown>) => void;
const location = (e: Record<string, unknown>): Record<string, unknown> => e['location'] as Record<string, unknown>;
const date = (e: Record<string, unknown>): Record<string, unknown> => e['date'] as Record<string, unknown>;
const citation = (e: Record<string, unknown>): Record<string, unknown> => (e['citations'] as Array<Record<string, unknown>>)[0] ?? {};

describe('events citing reports', () => {
  it('accepts an event with only a citation, giving it no quotations', () => {
    const { records, errors } = validateEvents([citedEvent()], REFS);
    expect(errors).toEqual([]);
    expect(records[0]?.sources).toEqual([]);
  });

  it.each<[string, Patch]>([
    [
      'a casualty claim from the cited report',
      (e) => (e['casualties'] = [{ sourceId: REPORT.id, killed: null, injured: null, who: 'two' }]),
    ],
    ['translations', (e) => Object.assign(e, { title_tg: 'Ҳамла', summary_ru: 'Нападение', summary_tg: 'Ҳамла' })],
    ['the post it happened at', (e) => (location(e)['postId'] = 'crossing-ruzvai')],
    [
      'a coarser place another source gives',
      (e) => (location(e)['alternatives'] = [{ by: 'src-a', precision: 'province', ref: 'TJ-BK', asReported: 'GBAO' }]),
    ],
    [
      'another date a report gives',
      (e) => (date(e)['alternatives'] = [{ by: REPORT.id, start: '2025-11', precision: 'month', note: 'as "November"' }]),
    ],
    ['a source that locates it to the village', (e) => (citation(e)['locates'] = 'village')],
    ['a source that dates it to the day', (e) => (citation(e)['dates'] = 'day')],
    [
      'a province where its source gives the district',
      (e) => ((e['location'] = { precision: 'province', ref: 'TJ-BK', asReported: 'x' }), (citation(e)['locates'] = 'district')),
    ],
    [
      'a month where its source gives the month',
      (e) => ((e['date'] = { start: '2025-11', precision: 'month' }), (citation(e)['dates'] = 'month')),
    ],
    [
      'a range covering the whole month its source gives',
      (e) => ((e['date'] = { start: '2025-11-01', end: '2025-12-03', precision: 'range' }), (citation(e)['dates'] = 'month')),
    ],
    ['related events in the same file', (e) => (e['related'] = ['other'])],
  ])('accepts %s', (_name, patch) => {
    const event = citedEvent();
    patch(event);
    const other = { ...citedEvent(), id: 'other' };
    expect(errorsOf([event, other])).toEqual([]);
  });

  const at = 'events.json › event "shadak-attack" (#0) › ';
  it.each<[string, Patch, string]>([
    ['no quotation and no citation', (e) => (e['citations'] = []), 'sources: expected at least one source quotation or citation, got []'],
    [
      'an unknown report',
      (e) => (citation(e)['reportId'] = 'rumour'),
      'citations[0].reportId: expected a report id from reports.json (news-example-2025-12-01-shadak), got "rumour"',
    ],
    [
      'a fact the report does not have',
      (e) => (citation(e)['facts'] = ['attack', 'casualties']),
      'citations[0].facts[1]: expected a fact id of report "news-example-2025-12-01-shadak" (attack, district), got "casualties"',
    ],
    ['a citation of no fact', (e) => (citation(e)['facts'] = []), 'citations[0].facts: expected at least one fact id, got []'],
    [
      'a casualty claim from a report it does not cite',
      (e) => (e['casualties'] = [{ sourceId: 'src-a', killed: 1, injured: null, who: 'one' }]),
      'casualties[0].sourceId: expected a sourceId that this event quotes or cites (news-example-2025-12-01-shadak), got "src-a"',
    ],
    [
      'a village where its sources give only the district',
      (e) => (citation(e)['locates'] = 'district'),
      'location.precision: expected "district" or coarser (the finest place its sources give), got "village"',
    ],
    [
      'a day where its sources give only the month',
      (e) => (citation(e)['dates'] = 'month'),
      'date.precision: expected "month" or coarser (the finest date its sources give), got "day"',
    ],
    [
      'a range narrower than the month its sources give',
      (e) => ((e['date'] = { start: '2025-11-25', end: '2025-12-05', precision: 'range' }), (citation(e)['dates'] = 'month')),
      'date.precision: expected a range covering all of 2025-11 (its sources give only the month), got 2025-11-25 – 2025-12-05',
    ],
    [
      'an unknown post',
      (e) => (location(e)['postId'] = 'post-9'),
      'location.postId: expected an outpost id from outposts.json (crossing-ruzvai), got "post-9"',
    ],
    [
      'an alternative place from an unknown source',
      (e) => (location(e)['alternatives'] = [{ by: 'blog', precision: 'none', asReported: 'x' }]),
      'location.alternatives[0].by: expected a source id from sources/index.json or a report id from reports.json (src-a, news-example-2025-12-01-shadak), got "blog"',
    ],
    [
      'an alternative place that does not resolve',
      (e) => (location(e)['alternatives'] = [{ by: 'src-a', precision: 'village', ref: 'atlantis', asReported: 'x' }]),
      'location.alternatives[0].ref: expected a place id from data/geo/places.geojson, got "atlantis"',
    ],
    [
      'an alternative date in the wrong format',
      (e) => (date(e)['alternatives'] = [{ by: 'src-a', start: '2025-11-30', precision: 'month' }]),
      'date.alternatives[0].start: expected YYYY-MM for precision "month" (a real calendar date), got "2025-11-30"',
    ],
    [
      'an unknown related event',
      (e) => (e['related'] = ['ghost']),
      'related[0]: expected an event id from events.json (shadak-attack), got "ghost"',
    ],
    [
      'itself as related',
      (e) => (e['related'] = ['shadak-attack']),
      'related: expected ids of other events, got its own id "shadak-attack"',
    ],
  ])('rejects %s', (_name, patch, message) => {
    const event = citedEvent();
    patch(event);
    expect(errorsOf([event])).toEqual([`${at}${message}`]);
  });

  it('bounds the place by the finest of all its sources', () => {
    const event = citedEvent();
    event['sources'] = [{ sourceId: 'src-a', quote: 'near Shadak village', locates: 'village' }];
    citation(event)['locates'] = 'province';
    expect(errorsOf([event])).toEqual([]);
  });
});

describe('areas through the geo lookup', () => {
  const withDistricts = { ...GEO, districtIds: new Set(['tj-bk-darvoz']), districtLabelPoint: () => [70.9, 38.4] as [number, number] };
  const refs = { ...REFS, geo: withDistricts };
  const located = (precision: string, ref: string): Record<string, unknown> => ({
    ...citedEvent(),
    location: { precision, ref, asReported: 'x' },
  });

  it('lets a district-precise event and a district post name a district once the lookup has districts', () => {
    expect(validateEvents([located('district', 'tj-bk-darvoz'), { ...located('district', 'TJ-BK'), id: 'b' }], refs).errors).toEqual([]);
    const post = { id: 'p', kind: 'post', name: 'P', district: 'tj-bk-darvoz', precision: 'district', sources: [{ citation: 'c' }] };
    expect(validateOutposts([post], { sources: SOURCES, geo: withDistricts }).errors).toEqual([]);
  });

  it('keeps provinces to regions, and names both kinds of id when a district does not resolve', () => {
    expect(validateEvents([located('province', 'tj-bk-darvoz')], refs).errors.map((e) => e.detail)).toEqual([
      'expected a region id from data/geo/regions.geojson (TJ-KL, TJ-BK), got "tj-bk-darvoz"',
    ]);
    expect(validateEvents([located('district', 'tj-bk-vanj')], refs).errors.map((e) => e.detail)).toEqual([
      'expected a district or region id from data/geo (tj-bk-darvoz, TJ-KL, TJ-BK), got "tj-bk-vanj"',
    ]);
  });
});

describe('outposts', () => {
  const post = {
    id: 'post-istiqlol',
    kind: 'post',
    number: '7',
    name: 'Istiqlol',
    name_native: 'Истиклол',
    district: 'TJ-BK',
    precision: 'district',
    sources: [{ reportId: REPORT.id }],
  };
  const refs = { sources: SOURCES, geo: GEO, reports: REPORTS };
  const at = 'outposts.json › outpost "post-istiqlol" (#0) › ';

  it('accepts a post drawn at its district, cited from a report, and a crossing whose citation links its source', () => {
    const crossing = {
      id: 'c',
      kind: 'crossing',
      name: 'C',
      placeId: 'shadak',
      precision: 'settlement',
      sources: [{ citation: 'Ministry of Foreign Affairs', url: 'https://mfa.example/crossings' }],
    };
    expect(validateOutposts([post, crossing], refs).errors).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['the kind it no longer has', { kind: 'outpost' }, 'kind: expected one of "crossing" | "post", got "outpost"'],
    ['no district for precision "district"', { district: undefined }, 'district: expected a non-empty string, got nothing'],
    ['an unknown district', { district: 'TJ-XX' }, 'district: expected a district or region id from data/geo (TJ-KL, TJ-BK), got "TJ-XX"'],
    ['a place for precision "district"', { placeId: 'shadak' }, 'placeId: expected no placeId for precision "district" (it uses district)'],
    [
      'an unknown report',
      { sources: [{ reportId: 'rumour' }] },
      'sources[0].reportId: expected a report id from reports.json (news-example-2025-12-01-shadak), got "rumour"',
    ],
    [
      'a script link in a citation',
      { sources: [{ citation: 'x', url: 'javascript:x' }] },
      'sources[0].url: expected an http:// or https:// URL, got "javascript:x"',
    ],
  ])('rejects %s', (_name, patch, message) => {
    const outpost: Record<string, unknown> = { ...post, ...patch };
    for (const key of Object.keys(outpost)) if (outpost[key] === undefined) delete outpost[key];
    expect(validateOutposts([outpost], refs).errors.map((e) => e.message)).toEqual([`${at}${message}`]);
  });
});
