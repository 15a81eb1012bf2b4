import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { DistrictProps, FrontierEvent, Outpost, PlaceProps, RegionProps, SourceDoc } from '../model/types.ts';
import type { FilterContext, FilterValues } from './filterDef.ts';
import { NO_FILTERS, withFilter } from './filterDef.ts';
import {
  bulkMaskTest,
  bulkUniforms,
  contradictions,
  filterEvents,
  filterSummaries,
  filtersFromParams,
  parseFilterParams,
  serialiseFilters,
} from './apply.ts';
import { FILTERS } from './registry.ts';
import { searchFilter } from './defs/search.ts';
import { kindFilter } from './defs/kind.ts';
import { casualtiesFilter, highestKilled } from './defs/casualties.ts';
import { datePrecisionFilter, locationPrecisionFilter } from './defs/precision.ts';
import { actorFilter, sourceFilter, subTypeFilter } from './defs/facets.ts';
import { foldText } from './searchText.ts';
import { bankFilter, distanceFilter } from './defs/border.ts';
import { stretchFilter } from './defs/stretch.ts';
import { actorsOf } from '../interchange/actors.ts';
import { NO_MEASURE, type BorderMeasure } from '../geo/borderMeasure.ts';

const at = (distanceKm: number | null, bank: BorderMeasure['bank'], basis: BorderMeasure['basis']): BorderMeasure => ({
  distanceKm,
  bank,
  alongKm: distanceKm === null ? null : 300,
  basis,
});

type Ev = Partial<FrontierEvent> & Pick<FrontierEvent, 'id'>;
const ev = (e: Ev): FrontierEvent => ({
  kind: 'incident',
  title: e.id,
  summary: '',
  date: { start: '2025-11-30', precision: 'day' },
  location: { precision: 'none', asReported: 'not stated' },
  sources: [],
  startDay: 9465,
  endDay: 9465,
  geometry: null,
  areaRef: null,
  border: NO_MEASURE,
  ...e,
});

const EVENTS: FrontierEvent[] = [
  ev({
    id: 'shadak',
    title: 'Chinese workers killed near the border',
    title_ru: 'Гибель китайских рабочих у границы',
    location: { precision: 'village', ref: 'shadak', asReported: 'near Shadak village' },
    sources: [{ sourceId: 'src-1', quote: 'a drone attack from Afghan territory' }],
    casualties: [
      { sourceId: 'src-1', killed: 3, injured: null, who: 'workers' },
      { sourceId: 'rep-1', killed: 5, injured: 1, who: 'Chinese workers' },
    ],
    citations: [{ reportId: 'rep-1', facts: ['f1'] }],
    border: at(2.1, 'tj', 'point'),
  }),
  ev({
    id: 'meeting',
    kind: 'meeting',
    title: 'CSTO council meets in Dushanbe',
    title_tg: 'Ҷаласаи шӯрои СПАД дар Душанбе',
    date: { start: '2025-11', precision: 'month' },
    sources: [{ sourceId: 'src-2', quote: 'the council approved the programme' }],
  }),
  ev({
    id: 'province',
    title: 'Clash reported in Khatlon',
    location: { precision: 'province', ref: 'TJ-KL', asReported: 'Khatlon region' },
    casualties: [{ sourceId: 'rep-1', killed: null, injured: null, who: 'guards' }],
    border: at(null, 'tj', 'area'),
    citations: [{ reportId: 'rep-1', facts: ['f1'] }],
  }),
  ev({
    id: 'post',
    title: 'Crossing at a border post',
    location: { precision: 'district', ref: 'tj-kl-shamsiddin-shohin', postId: 'post-istiqlol', asReported: 'between two posts' },
    date: { start: '2021-07-03', end: '2021-07-05', precision: 'range' },
  }),
  ev({
    id: 'acled-1',
    title: 'Armed clash — Ishkashim',
    subType: 'Armed clash',
    actors: ['Taliban', 'Military Forces of Tajikistan'],
    border: at(8, 'af', 'point'),
  }),
];

const fc = <P>(props: P[]): FeatureCollection<Point, P> => ({
  type: 'FeatureCollection',
  features: props.map((p) => ({ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: [70, 37] } })),
});

const CTX: FilterContext = {
  dataset: {
    events: EVENTS,
    sources: [
      { id: 'src-1', title: 'CSTO to Arm Tajikistan', outlet: null } as SourceDoc,
      { id: 'src-2', title: 'Council session', outlet: 'CSTO press service' } as SourceDoc,
    ],
    reportIndex: [{ id: 'rep-1', outlet: 'Asia-Plus', facts: [] }],
    outposts: [{ id: 'post-istiqlol', name: 'Istiqlol', name_ru: 'Истиклол', name_native: 'Истиқлол' } as Outpost],
  },
  geo: {
    places: fc<PlaceProps>([{ id: 'shadak', name: 'Shadak', name_ru: 'Шадак', name_tg: 'Шодак' } as PlaceProps]),
    settlements: fc<PlaceProps>([]),
    districts: fc<DistrictProps>([
      {
        id: 'tj-kl-shamsiddin-shohin',
        name: 'Shamsiddin Shohin',
        name_ru: 'Шамсиддин-Шохинский',
        name_tg: 'Шамсиддин Шоҳин',
      } as DistrictProps,
    ]),
    regions: { type: 'FeatureCollection', features: [] } as unknown as FeatureCollection<never, RegionProps>,
  },
};

const ids = (values: FilterValues): string[] => filterEvents(EVENTS, values, CTX).map((e) => e.id);
const set = <T>(values: FilterValues, def: { id: string } & Parameters<typeof withFilter<T>>[1], v: T): FilterValues =>
  withFilter(values, def, v);

describe('filterEvents()', () => {
  it.each<[string, FilterValues, string[]]>([
    ['no filter (empty values) → every event', NO_FILTERS, ['shadak', 'meeting', 'province', 'post', 'acled-1']],
    ['search a place name in English', set(NO_FILTERS, searchFilter, 'shadak'), ['shadak']],
    ['search a place name in Tajik (another spelling)', set(NO_FILTERS, searchFilter, 'Шодак'), ['shadak']],
    ['search a Russian title, any case', set(NO_FILTERS, searchFilter, 'КИТАЙСКИХ'), ['shadak']],
    ['search a Tajik title without its diacritics (ӯ → у)', set(NO_FILTERS, searchFilter, 'шурои'), ['meeting']],
    ['search a quote', set(NO_FILTERS, searchFilter, 'drone attack'), ['shadak']],
    ['search a post name in its native script', set(NO_FILTERS, searchFilter, 'Истиқлол'), ['post']],
    ['search a district name through its Russian form', set(NO_FILTERS, searchFilter, 'шохинский'), ['post']],
    ['search: every term must occur', set(NO_FILTERS, searchFilter, 'clash khatlon'), ['province']],
    ['search an actor', set(NO_FILTERS, searchFilter, 'taliban'), ['acled-1']],
    ['search with no hit → zero', set(NO_FILTERS, searchFilter, 'zzzz'), []],
    ['blank search filters nothing', set(NO_FILTERS, searchFilter, '   '), ['shadak', 'meeting', 'province', 'post', 'acled-1']],
    ['kind = meeting', set(NO_FILTERS, kindFilter, ['meeting']), ['meeting']],
    ['kind = nothing ticked → zero', set(NO_FILTERS, kindFilter, []), []],
    ['at least 5 killed: the highest claim counts', set(NO_FILTERS, casualtiesFilter, 5), ['shadak']],
    ['at least 6 killed → zero', set(NO_FILTERS, casualtiesFilter, 6), []],
    ['date precision day only', set(NO_FILTERS, datePrecisionFilter, ['day']), ['shadak', 'province', 'acled-1']],
    [
      'hide events located only to a province',
      set(NO_FILTERS, locationPrecisionFilter, ['point', 'village', 'district', 'border', 'none']),
      ['shadak', 'meeting', 'post', 'acled-1'],
    ],
    ['source: a report outlet', set(NO_FILTERS, sourceFilter, ['Asia-Plus']), ['shadak', 'province']],
    ['source: an article without an outlet goes by its title', set(NO_FILTERS, sourceFilter, ['CSTO to Arm Tajikistan']), ['shadak']],
    ['sub-type', set(NO_FILTERS, subTypeFilter, ['Armed clash']), ['acled-1']],
    ['actor: any of the listed', set(NO_FILTERS, actorFilter, ['Taliban', 'Nobody']), ['acled-1']],
    ['within 5 km of the border (no distance → excluded)', set(NO_FILTERS, distanceFilter, 5), ['shadak']],
    ['within 10 km of the border', set(NO_FILTERS, distanceFilter, 10), ['shadak', 'acled-1']],
    ['Afghan bank only', set(NO_FILTERS, bankFilter, ['af']), ['acled-1']],
    ['Tajik bank (a province event has a bank, no distance)', set(NO_FILTERS, bankFilter, ['tj']), ['shadak', 'province']],
    ['no bank ticked → zero', set(NO_FILTERS, bankFilter, []), []],
    ['contradictory: Afghan bank within 5 km → zero', set(set(NO_FILTERS, bankFilter, ['af']), distanceFilter, 5), []],
    ['contradictory: meetings with at least 1 killed → zero', set(set(NO_FILTERS, kindFilter, ['meeting']), casualtiesFilter, 1), []],
    ['two filters narrow together', set(set(NO_FILTERS, kindFilter, ['incident']), searchFilter, 'border'), ['shadak', 'post']],
  ])('%s', (_name, values, expected) => {
    expect(ids(values)).toEqual(expected);
  });
});

describe('filter values', () => {
  it('withFilter() with an inactive value removes the key (so "all kinds" is no filter)', () => {
    const on = withFilter(NO_FILTERS, kindFilter, ['incident']);
    expect(withFilter(on, kindFilter, kindFilter.empty)).toEqual({});
    expect(withFilter(NO_FILTERS, casualtiesFilter, 0)).toEqual({});
  });

  it('highestKilled() is the largest stated claim, null when none is stated', () => {
    expect(highestKilled(EVENTS[0]!)).toBe(5);
    expect(highestKilled(EVENTS[2]!)).toBeNull();
    expect(highestKilled(EVENTS[1]!)).toBeNull();
  });

  it('actorsOf() reads ACLED actor columns, splits associated actors at ";" and keeps each once', () => {
    expect(actorsOf({ actor1: 'Taliban', assoc_actor_1: 'A; B', actor2: 'Taliban', notes: 'x' })).toEqual(['Taliban', 'A', 'B']);
    expect(actorsOf(undefined)).toEqual([]);
  });

  it('foldText() drops case and diacritics (NFD), keeping letters without a decomposition', () => {
    expect(foldText('Ishkāshim ПАНҶ Сарикӯл Ёл')).toBe('ishkashim панҷ сарикул ел');
  });

  it('contradictions() names a filter that can match nothing, in the UI language', () => {
    expect(contradictions(set(NO_FILTERS, kindFilter, []), 'en')).toEqual(['Kind: nothing is ticked, so no event can match']);
    expect(contradictions(set(NO_FILTERS, kindFilter, []), 'ru')[0]).toMatch(/^Тип: /);
    expect(contradictions(set(NO_FILTERS, kindFilter, ['incident']), 'en')).toEqual([]);
  });

  it.each(['en', 'ru', 'tg'] as const)('filterSummaries() describes every active filter in %s', (lang) => {
    let values = NO_FILTERS;
    values = set(values, searchFilter, 'Shadak');
    values = set(values, kindFilter, ['incident', 'meeting']);
    values = set(values, casualtiesFilter, 3);
    const lines = filterSummaries(values, lang);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Shadak');
    for (const l of lines) expect(l).toMatch(/: /);
  });
});

describe('filters in the URL', () => {
  const full: FilterValues = [
    [searchFilter, 'Шадак drone'],
    [kindFilter, ['incident', 'announcement']],
    [subTypeFilter, ['Armed clash', 'Attack']],
    [actorFilter, ['Taliban', 'Military Forces of Tajikistan (1994-), Border Troops']],
    [casualtiesFilter, 12],
    [datePrecisionFilter, ['day', 'range']],
    [locationPrecisionFilter, ['point', 'village']],
    [sourceFilter, ['Asia-Plus', 'RFE/RL (Tajik Service, with Reuters)']],
    [distanceFilter, 2.5],
    [bankFilter, ['af', 'line']],
    [stretchFilter, { fromKm: 120.5, toKm: 340 }],
  ].reduce<FilterValues>((v, [def, value]) => ({ ...v, [(def as { id: string }).id]: value }), NO_FILTERS);

  it('every filter round-trips through serialiseFilters() and parseFilterParams()', () => {
    const qs = new URLSearchParams(serialiseFilters(full)).toString();
    const back = parseFilterParams(qs);
    expect(back.warnings).toEqual([]);
    expect(back.values).toEqual(full);
    expect(Object.keys(back.values).sort()).toEqual(FILTERS.map((d) => d.id).sort());
  });

  it('no filter writes no parameter', () => {
    expect(serialiseFilters(NO_FILTERS)).toEqual([]);
  });

  it('an empty kind list survives (it matches nothing, and says so)', () => {
    expect(parseFilterParams('kind=').values).toEqual({ kind: [] });
  });

  it.each([
    ['kind=incident,riot', 'invalid kind: "riot"'],
    ['killed=-1', 'invalid killed: "-1"'],
    ['killed=1e3', 'invalid killed: "1e3"'],
    ['killed=9999999', 'invalid killed: "9999999"'],
    ['dprec=week', 'invalid dprec: "week"'],
    ['lprec=city', 'invalid lprec: "city"'],
    ['km=0', 'invalid km: "0"'],
    ['km=5000', 'invalid km: "5000"'],
    ['bank=uz', 'invalid bank: "uz"'],
    [`q=${'x'.repeat(201)}`, `invalid q: "${'x'.repeat(201)}"`],
  ])('parseFilterParams(%s) rejects it with "%s" and keeps the other filters', (bad, warning) => {
    const r = parseFilterParams(`${bad}&q=shadak`);
    expect(r.warnings).toEqual(bad.startsWith('q=') ? [warning] : [warning]);
    if (!bad.startsWith('q=')) expect(r.values).toEqual({ search: 'shadak' });
  });

  it('filtersFromParams() reads named parameters and throws on an unknown filter or a bad value', () => {
    expect(filtersFromParams({ kind: 'meeting', q: 'csto' })).toEqual({ kind: ['meeting'], search: 'csto' });
    expect(() => filtersFromParams({ colour: 'red' })).toThrow(/unknown filter "colour"/);
    expect(() => filtersFromParams({ killed: 'many' })).toThrow(/invalid killed/);
  });
});

describe('bulk form', () => {
  it('bulkUniforms() sets bit masks over the codes and the killed minimum; open when no filter is on', () => {
    expect(bulkUniforms(NO_FILTERS)).toEqual({
      kindMask: 0xff,
      datePrecisionMask: 0xff,
      locationPrecisionMask: 0xff,
      minKilled: 0,
      // The border filters' uniforms, open (borderFilters.test.ts).
      maxDistanceKm: 0,
      bankMask: 0xff,
      alongFromKm: 1,
      alongToKm: 0,
    });
    const u = bulkUniforms(
      set(set(set(NO_FILTERS, kindFilter, ['incident', 'announcement']), casualtiesFilter, 4), locationPrecisionFilter, ['village']),
    );
    expect(u).toEqual({
      kindMask: 0b1001,
      datePrecisionMask: 0xff,
      locationPrecisionMask: 0b10,
      minKilled: 4,
      maxDistanceKm: 0,
      bankMask: 0xff,
      alongFromKm: 1,
      alongToKm: 0,
    });
    expect(bulkUniforms(set(NO_FILTERS, kindFilter, [])).kindMask).toBe(0);
  });

  it('bulkMaskTest() is null without string filters and tests title, source and extra fields otherwise', () => {
    expect(bulkMaskTest(set(NO_FILTERS, kindFilter, ['incident']))).toBeNull();
    const test = bulkMaskTest(set(set(NO_FILTERS, searchFilter, 'ishkashim'), sourceFilter, ['Asia-Plus']))!;
    const d = {
      title: 'Armed clash — Ishkāshim',
      kind: 'incident' as const,
      startDay: 0,
      endDay: 0,
      datePrecision: 'day' as const,
      locationPrecision: 'village' as const,
      lon: 71,
      lat: 36.7,
      fatalities: 2,
      sourceName: 'Asia-Plus; Radio Ozodi',
      sourceText: 'Clash',
      border: { distanceKm: 1.2, alongKm: 800, bank: 'af' as const, basis: 'point' as const },
    };
    expect(test(d)).toBe(true);
    expect(test({ ...d, sourceName: 'Radio Ozodi' })).toBe(false);
    expect(test({ ...d, title: 'Armed clash — Khorog' })).toBe(false);
    expect(bulkMaskTest(set(NO_FILTERS, actorFilter, ['Taliban']))!({ ...d, extra: { actor1: 'Taliban' } })).toBe(true);
  });
});
