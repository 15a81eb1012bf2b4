import { describe, expect, it } from 'vitest';
import type { GeoLookup } from '../geo/geoLookup.ts';
import { show } from './messages.ts';
import { sourceTextsOf, validateEvents, validateOutposts, validatePhases, validateSources } from './validate.ts';

const TEXT =
  'Headline line\nLocal sources in Badakhshan reported that on Sunday, 30 November, two Chinese citizens were attacked near Shadak village. Tajikistan’s border was closed.';
const TEXTS = { 'a.txt': TEXT };
const SOURCE = {
  id: 'src-a',
  file: 'a.txt',
  title: 'Headline line',
  outlet: null,
  published: { notBefore: '2025-11-30', notAfter: null, note: 'undated' },
  cites: ['Local sources in Badakhshan'],
};
const GEO: GeoLookup = {
  placeLngLat: (id) => (id === 'shadak' ? [71.03, 38.46] : undefined),
  regionIds: new Set(['TJ-KL', 'TJ-BK']),
  regionLabelPoint: () => [69, 37.5],
  borderId: 'tj-af',
};
const SOURCES = sourceTextsOf(validateSources([SOURCE], TEXTS).records);
const REFS = { sources: SOURCES, geo: GEO };

/** A valid event; each case below breaks exactly one thing. */
function goodEvent(): Record<string, unknown> {
  return {
    id: 'shadak-attack',
    kind: 'incident',
    title: 'Attack near Shadak',
    summary: '',
    date: { start: '2025-11-30', precision: 'day', inferred: 'weekday' },
    location: { precision: 'village', ref: 'shadak', uncertaintyKm: 3, asReported: 'near Shadak village' },
    casualties: [{ sourceId: 'src-a', killed: null, injured: null, who: 'two Chinese citizens' }],
    sources: [{ sourceId: 'src-a', quote: 'two Chinese citizens were attacked near Shadak village' }],
  };
}

type Patch = (e: Record<string, unknown>) => void;
const at = (e: Record<string, unknown>, key: string): Record<string, unknown> => e[key] as Record<string, unknown>;
const casualty = (e: Record<string, unknown>): Record<string, unknown> =>
  (e['casualties'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
const source = (e: Record<string, unknown>): Record<string, unknown> =>
  (e['sources'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
const PREFIX = 'events.json › event "shadak-attack" (#0) › ';

describe('validateEvents accepts', () => {
  it('a valid event, returning it unchanged and no errors', () => {
    const result = validateEvents([goodEvent()], REFS);
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([goodEvent()]);
  });

  it.each<[string, Patch]>([
    ['a month', (e) => (e['date'] = { start: '2025-11', precision: 'month' })],
    ['a year', (e) => (e['date'] = { start: '2025', precision: 'year' })],
    ['an open-ended range', (e) => (e['date'] = { start: '2025-11-30', end: null, precision: 'range' })],
    ['a leap day', (e) => (e['date'] = { start: '2024-02-29', precision: 'day' })],
    ['a province', (e) => (e['location'] = { precision: 'province', ref: 'TJ-KL', asReported: 'in Khatlon' })],
    ['the border', (e) => (e['location'] = { precision: 'border', ref: 'tj-af', asReported: 'cross-border' })],
    ['no location', (e) => (e['location'] = { precision: 'none', asReported: 'not stated' })],
    [
      'a point at a corner of the frontier area',
      (e) => (e['location'] = { precision: 'point', coordinates: [60, 45], asReported: 'here' }),
    ],
    ['a point at the other corner', (e) => (e['location'] = { precision: 'point', coordinates: [80, 30], asReported: 'here' })],
  ])('%s', (_name, patch) => {
    const event = goodEvent();
    patch(event);
    expect(validateEvents([event], REFS).errors).toEqual([]);
  });
});

describe('validateEvents rejects', () => {
  it.each<[string, Patch, string, string]>([
    [
      'a day with one digit',
      (e) => (at(e, 'date')['start'] = '2025-11-3'),
      'date.start',
      'expected YYYY-MM-DD for precision "day" (a real calendar date), got "2025-11-3"',
    ],
    [
      'an unreal date',
      (e) => (at(e, 'date')['start'] = '2025-02-30'),
      'date.start',
      'expected YYYY-MM-DD for precision "day" (a real calendar date), got "2025-02-30"',
    ],
    ['29 February in a common year', (e) => (at(e, 'date')['start'] = '2025-02-29'), 'date.start', 'got "2025-02-29"'],
    [
      'a day where a month is due',
      (e) => (e['date'] = { start: '2025-11-30', precision: 'month' }),
      'date.start',
      'expected YYYY-MM for precision "month"',
    ],
    ['month 13', (e) => (e['date'] = { start: '2025-13', precision: 'month' }), 'date.start', 'got "2025-13"'],
    ['a two-digit year', (e) => (e['date'] = { start: '25', precision: 'year' }), 'date.start', 'expected YYYY for precision "year"'],
    [
      'an unknown date precision',
      (e) => (at(e, 'date')['precision'] = 'week'),
      'date.precision',
      'expected one of "day" | "month" | "year" | "range", got "week"',
    ],
    ['a range without end', (e) => (e['date'] = { start: '2025-11-30', precision: 'range' }), 'date.end', 'precision "range" needs an end'],
    [
      'a reversed range',
      (e) => (e['date'] = { start: '2025-12-31', end: '2025-11-30', precision: 'range' }),
      'date.end',
      'expected an end on or after start 2025-12-31, got "2025-11-30"',
    ],
    ['an end on a day', (e) => (at(e, 'date')['end'] = '2025-12-01'), 'date.end', 'expected no end for precision "day"'],
    ['an empty inferred note', (e) => (at(e, 'date')['inferred'] = ' '), 'date.inferred', 'expected a non-empty string, got " "'],
    [
      'an unknown kind',
      (e) => (e['kind'] = 'riot'),
      'kind',
      'expected one of "incident" | "meeting" | "programme-milestone" | "announcement", got "riot"',
    ],
    ['a missing title', (e) => delete e['title'], 'title', 'expected a non-empty string, got nothing'],
    ['a misspelt field', (e) => (e['tittle'] = 'x'), 'tittle', 'unexpected field'],
    [
      'an unknown place',
      (e) => (at(e, 'location')['ref'] = 'atlantis'),
      'location.ref',
      'expected a place id from data/geo/places.geojson, got "atlantis"',
    ],
    [
      'a place given as a province',
      (e) => (e['location'] = { precision: 'province', ref: 'shadak', asReported: 'x' }),
      'location.ref',
      'expected a region id from data/geo/regions.geojson (TJ-KL, TJ-BK), got "shadak"',
    ],
    [
      'a district without ref',
      (e) => (e['location'] = { precision: 'district', asReported: 'x' }),
      'location.ref',
      'expected a non-empty string, got nothing',
    ],
    [
      'another border',
      (e) => (e['location'] = { precision: 'border', ref: 'tj-uz', asReported: 'x' }),
      'location.ref',
      'expected "tj-af" for precision "border", got "tj-uz"',
    ],
    [
      'a ref with precision none',
      (e) => (e['location'] = { precision: 'none', ref: 'shadak', asReported: 'x' }),
      'location.ref',
      'expected no ref for precision "none"',
    ],
    [
      'a point without coordinates',
      (e) => (e['location'] = { precision: 'point', asReported: 'x' }),
      'location.coordinates',
      'expected an array, got nothing',
    ],
    [
      'a longitude out of range',
      (e) => (e['location'] = { precision: 'point', coordinates: [200, 38], asReported: 'x' }),
      'location.coordinates[0]',
      'expected longitude in -180..180, got 200',
    ],
    [
      'a latitude out of range',
      (e) => (e['location'] = { precision: 'point', coordinates: [71, -91], asReported: 'x' }),
      'location.coordinates[1]',
      'expected latitude in -90..90, got -91',
    ],
    [
      'a non-numeric coordinate',
      (e) => (e['location'] = { precision: 'point', coordinates: ['71', 38], asReported: 'x' }),
      'location.coordinates',
      'expected a finite number, got "71"',
    ],
    [
      'coordinates on a village',
      (e) => (at(e, 'location')['coordinates'] = [71, 38]),
      'location.coordinates',
      'expected no coordinates for precision "village"',
    ],
    [
      'a negative uncertainty',
      (e) => (at(e, 'location')['uncertaintyKm'] = -3),
      'location.uncertaintyKm',
      'expected a positive number of km, got -3',
    ],
    [
      'a missing asReported',
      (e) => delete at(e, 'location')['asReported'],
      'location.asReported',
      'expected a non-empty string, got nothing',
    ],
    [
      'an unknown source',
      (e) => (source(e)['sourceId'] = 'src-z'),
      'sources[0].sourceId',
      'expected a source id from sources/index.json (src-a), got "src-z"',
    ],
    ['no sources', (e) => (e['sources'] = []), 'sources', 'expected at least one source quotation, got []'],
    [
      'a quote with a straight apostrophe',
      (e) => (source(e)['quote'] = "Tajikistan's border"),
      'sources[0].quote',
      'expected an exact substring of src-a (a.txt), got "Tajikistan\'s border": it differs only in apostrophes',
    ],
    [
      'a paraphrased quote',
      (e) => (source(e)['quote'] = 'two Chinese workers were killed'),
      'sources[0].quote',
      'only its first 12 characters occur in the text',
    ],
    ['negative killed', (e) => (casualty(e)['killed'] = -1), 'casualties[0].killed', 'expected a non-negative integer, got -1'],
    ['fractional injured', (e) => (casualty(e)['injured'] = 2.5), 'casualties[0].injured', 'expected a non-negative integer, got 2.5'],
    [
      'killed given as text',
      (e) => (casualty(e)['killed'] = 'five'),
      'casualties[0].killed',
      'expected a non-negative integer, got "five"',
    ],
    [
      'a missing killed (use null for unknown)',
      (e) => delete casualty(e)['killed'],
      'casualties[0].killed',
      'expected a non-negative integer or null, got nothing',
    ],
    [
      'a point with latitude and longitude swapped',
      (e) => (e['location'] = { precision: 'point', coordinates: [38.46, 71.03], asReported: 'x' }),
      'location.coordinates[1]',
      'latitude and longitude look swapped',
    ],
    [
      'the point 0,0 (outside the frontier area)',
      (e) => (e['location'] = { precision: 'point', coordinates: [0, 0], asReported: 'x' }),
      'location.coordinates[0]',
      'expected longitude in 60..80 (the frontier area), got 0',
    ],
    [
      'a point south of the frontier area',
      (e) => (e['location'] = { precision: 'point', coordinates: [70, 20], asReported: 'x' }),
      'location.coordinates[1]',
      'expected latitude in 30..45 (the frontier area), got 20',
    ],
    [
      'an infinite coordinate (1e999 in the file)',
      (e) => (e['location'] = { precision: 'point', coordinates: [Infinity, 38], asReported: 'x' }),
      'location.coordinates',
      'expected a finite number, got Infinity',
    ],
    [
      'killed 1e308',
      (e) => (casualty(e)['killed'] = 1e308),
      'casualties[0].killed',
      'got 1e+308 (not a safe integer, so its digits cannot be kept exactly; at most 1000000)',
    ],
    [
      'killed 9007199254740993 (not a safe integer)',
      (e) => (casualty(e)['killed'] = Number('9007199254740993')),
      'casualties[0].killed',
      'not a safe integer',
    ],
    ['killed Infinity', (e) => (casualty(e)['killed'] = Infinity), 'casualties[0].killed', 'got Infinity (out of range'],
    ['killed above the bound', (e) => (casualty(e)['killed'] = 1_000_001), 'casualties[0].killed', 'at most 1000000'],
    [
      'a casualty claim from a source the event does not quote',
      (e) => (casualty(e)['sourceId'] = 'src-z'),
      'casualties[0].sourceId',
      'got "src-z"',
    ],
  ])('%s', (_name, patch, fieldPath, expectation) => {
    const event = goodEvent();
    patch(event);
    const { records, errors } = validateEvents([event], REFS);
    expect(records).toEqual([]);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({ file: 'events.json', record: 'event "shadak-attack" (#0)', field: fieldPath });
    expect(error?.message.startsWith(`${PREFIX}${fieldPath}: `)).toBe(true);
    expect(error?.message).toContain(expectation);
  });

  it.each([['<img src=x onerror=alert(1)>'], [''], ['a b'], ['-lead'], ['x'.repeat(129)], ['ünïcode'], ['a/b'], ['"quoted"']])(
    'an id outside the one id rule: %j',
    (id) => {
      const event = { ...goodEvent(), id };
      const { records, errors } = validateEvents([event], REFS);
      expect(records).toEqual([]);
      expect(errors.map((e) => e.field)).toEqual(['id']);
      expect(errors[0]?.detail).toBe(
        `expected an id of letters, digits and . _ : - (1–128 characters, starting with a letter or digit), got ${show(id)}`,
      );
    },
  );

  it.each([['a'], ['A.b_c:d-e'], ['9'], ['x'.repeat(128)]])('an id inside the rule: %j', (id) => {
    expect(validateEvents([{ ...goodEvent(), id }], REFS).errors).toEqual([]);
  });

  it('a duplicate id, naming both records and keeping the first', () => {
    const { records, errors } = validateEvents([goodEvent(), goodEvent()], REFS);
    expect(records).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([
      'events.json › event "shadak-attack" (#1) › id: expected a unique id, got "shadak-attack" (already used by #0)',
    ]);
  });

  it('a record without id, labelling it by index', () => {
    const event = goodEvent();
    delete event['id'];
    expect(validateEvents([goodEvent(), event], REFS).errors.map((e) => e.message)).toEqual([
      'events.json › event #1 › id: expected an id of letters, digits and . _ : - (1–128 characters, starting with a letter or digit), got nothing',
    ]);
  });

  it('a file that is not an array', () => {
    expect(validateEvents({ events: [] }, REFS).errors.map((e) => e.message)).toEqual([
      'events.json: expected an array, got {"events":[]}',
    ]);
  });

  it('several problems at once, collecting all of them', () => {
    const event = goodEvent();
    event['kind'] = 'riot';
    at(event, 'date')['start'] = '2025-02-30';
    at(event, 'location')['ref'] = 'atlantis';
    expect(validateEvents([event, 7], REFS).errors.map((e) => e.field)).toEqual(['kind', 'date.start', 'location.ref', '']);
  });
});

describe('validateSources', () => {
  it.each<[string, (s: Record<string, unknown>) => void, string]>([
    [
      'a missing file',
      (s) => (s['file'] = 'b.txt'),
      'sources/index.json › source "src-a" (#0) › file: expected a file in data/sources/ (a.txt), got "b.txt"',
    ],
    [
      'a title that is not the first line',
      (s) => (s['title'] = 'A headline'),
      'sources/index.json › source "src-a" (#0) › title: expected the start of the article\'s first line, verbatim, got "A headline"',
    ],
    [
      'a citation not in the text',
      (s) => (s['cites'] = ['Reuters']),
      'sources/index.json › source "src-a" (#0) › cites[0]: expected a name that occurs verbatim in the article, got "Reuters"',
    ],
    [
      'notAfter before notBefore',
      (s) => (s['published'] = { notBefore: '2025-11-30', notAfter: '2025-11-01', note: 'x' }),
      'sources/index.json › source "src-a" (#0) › published.notAfter: expected a date on or after notBefore 2025-11-30, got "2025-11-01"',
    ],
    [
      'an unreal publication date',
      (s) => (s['published'] = { notBefore: '2025-02-30', notAfter: null, note: 'x' }),
      'sources/index.json › source "src-a" (#0) › published.notBefore: expected YYYY-MM-DD (a real calendar date) or null, got "2025-02-30"',
    ],
  ])('rejects %s', (_name, patch, message) => {
    const record: Record<string, unknown> = structuredClone(SOURCE);
    patch(record);
    expect(validateSources([record], TEXTS).errors.map((e) => e.message)).toEqual([message]);
  });
});

describe('validatePhases', () => {
  const phase = {
    id: 'stage-2',
    stage: 2,
    name: 'Stage 2',
    start: '2026',
    end: '2027',
    description: '',
    coverage: 'select-outposts',
    coverageNote: 'not public',
    sources: [{ sourceId: 'src-a', quote: 'Shadak' }],
  };
  it('accepts a valid phase', () => {
    expect(validatePhases([phase], SOURCES).errors).toEqual([]);
  });
  it.each<[string, Record<string, unknown>, string]>([
    ['reversed years', { end: '2025' }, 'phases.json › phase "stage-2" (#0) › end: expected a year on or after start 2026, got "2025"'],
    ['stage 4', { stage: 4 }, 'phases.json › phase "stage-2" (#0) › stage: expected 1 | 2 | 3, got 4'],
    [
      'an unknown coverage',
      { coverage: 'all' },
      'phases.json › phase "stage-2" (#0) › coverage: expected one of "none" | "select-outposts" | "border", got "all"',
    ],
  ])('rejects %s', (_name, patch, message) => {
    expect(validatePhases([{ ...phase, ...patch }], SOURCES).errors.map((e) => e.message)).toEqual([message]);
  });
  it('rejects a repeated stage', () => {
    expect(validatePhases([phase, { ...phase, id: 'stage-2b' }], SOURCES).errors.map((e) => e.message)).toEqual([
      'phases.json › phase "stage-2b" › stage: expected a unique stage, got 2 again',
    ]);
  });
});

describe('validateOutposts', () => {
  const outpost = { id: 'x', kind: 'crossing', name: 'X', placeId: 'shadak', precision: 'settlement', sources: [{ citation: 'mid.tj' }] };
  const refs = { sources: SOURCES, geo: GEO };
  it('accepts a settlement and an exact outpost', () => {
    const exact = {
      id: 'y',
      kind: 'post',
      name: 'Y',
      coordinates: [71, 38],
      precision: 'exact',
      sources: [{ sourceId: 'src-a', quote: 'Shadak' }],
    };
    expect(validateOutposts([outpost, exact], refs).errors).toEqual([]);
  });
  it.each<[string, Record<string, unknown>, string]>([
    [
      'an unknown place',
      { placeId: 'atlantis' },
      'outposts.json › outpost "x" (#0) › placeId: expected a place id from data/geo/places.geojson, got "atlantis"',
    ],
    [
      'coordinates on a settlement',
      { coordinates: [71, 38] },
      'outposts.json › outpost "x" (#0) › coordinates: expected no coordinates for precision "settlement" (it uses placeId)',
    ],
    ['no sources', { sources: [] }, 'outposts.json › outpost "x" (#0) › sources: expected at least one source, got []'],
    [
      'an empty citation',
      { sources: [{ citation: '' }] },
      'outposts.json › outpost "x" (#0) › sources[0].citation: expected a non-empty string, got ""',
    ],
  ])('rejects %s', (_name, patch, message) => {
    expect(validateOutposts([{ ...outpost, ...patch }], refs).errors.map((e) => e.message)).toEqual([message]);
  });
});
