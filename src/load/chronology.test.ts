/**
 * The researched chronology as committed in data/: how many events, that every cited report is
 * citable (outlet, address, date, language, headline, the facts cited), that quotes are verbatim,
 * that every reference resolves, and that no event is placed or dated finer than its sources say.
 * These read the JSON as written, so a failure names the record, not a parser message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DATA = new URL('../../data/', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as T;
const featureIds = (path: string): Set<string> =>
  new Set(readJson<{ features: Array<{ properties: { id: string } }> }>(path).features.map((f) => f.properties.id));

type Precision = 'point' | 'village' | 'district' | 'province' | 'border' | 'none';
type DatePrecision = 'day' | 'month' | 'year' | 'range';
interface Support {
  locates?: Precision;
  dates?: DatePrecision;
}
interface Quote extends Support {
  sourceId: string;
  quote: string;
}
interface Citation extends Support {
  reportId: string;
  facts: string[];
}
interface Alternative {
  by: string;
  precision: Precision;
  ref?: string;
  asReported: string;
}
interface Event {
  id: string;
  title: string;
  title_ru?: string;
  date: { start: string; end?: string | null; precision: DatePrecision; inferred?: string };
  location: { precision: Precision; ref?: string; postId?: string; alternatives?: Alternative[] };
  casualties?: Array<{ sourceId: string; killed: number | null; injured: number | null }>;
  sources?: Quote[];
  citations?: Citation[];
  related?: string[];
}
interface Report {
  id: string;
  outlet: string;
  url: string;
  published: string | null;
  language: string;
  headline: string | null;
  facts: Array<{ id: string; text: string }>;
}
interface Outpost {
  id: string;
  kind: 'crossing' | 'post';
  number?: string;
  district?: string;
  placeId?: string;
  precision: 'exact' | 'settlement' | 'district';
  sources: Array<Partial<Quote> & { reportId?: string; citation?: string }>;
}
interface Phase {
  id: string;
  sources: Quote[];
}

const events = readJson<Event[]>('events.json');
const reports = new Map(readJson<Report[]>('reports.json').map((r) => [r.id, r]));
const outposts = new Map(readJson<Outpost[]>('outposts.json').map((o) => [o.id, o]));
const phases = readJson<Phase[]>('phases.json');
const articles = new Map(
  readJson<Array<{ id: string; file: string }>>('sources/index.json').map((s) => [
    s.id,
    readFileSync(new URL(`sources/${s.file}`, DATA), 'utf8'),
  ]),
);
/** Places a village ref may name: the map's places and the settlements along the border. */
const places = new Set([...featureIds('geo/places.geojson'), ...featureIds('geo/settlements.geojson')]);
const districts = featureIds('geo/districts.geojson');
const regions = featureIds('geo/regions.geojson');
const borders = featureIds('geo/border.geojson');
const eventIds = new Set(events.map((e) => e.id));
const byId = (id: string): Event => {
  const event = events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`no event ${id}`);
  return event;
};

/** Finest first, as the schema orders them. */
const LOCATION_SCALE: readonly Precision[] = ['point', 'village', 'district', 'province', 'border', 'none'];
const referencesOf = (e: Event): Array<Quote | Citation> => [...(e.sources ?? []), ...(e.citations ?? [])];

/** Where a location ref of this precision must resolve. */
function refResolves(precision: Precision, ref: string | undefined): boolean {
  switch (precision) {
    case 'village':
      return ref !== undefined && places.has(ref);
    case 'district':
      return ref !== undefined && (districts.has(ref) || regions.has(ref));
    case 'province':
      return ref !== undefined && regions.has(ref);
    case 'border':
      return ref !== undefined && borders.has(ref);
    case 'point':
    case 'none':
      return ref === undefined;
  }
}

describe('the chronology in data/', () => {
  it('has at least 30 events', () => {
    expect(events.length).toBeGreaterThanOrEqual(30);
  });

  it.each(events.map((e) => [e.id, e] as const))('event %s has a Russian title and a source', (_id, e) => {
    expect(e.title_ru?.trim()).toBeTruthy();
    expect(referencesOf(e).length).toBeGreaterThan(0);
  });

  it.each(events.flatMap((e) => (e.citations ?? []).map((c) => [e.id, c.reportId, c] as const)))(
    'event %s cites report %s, which has outlet, url, date, language, headline and the cited facts',
    (_id, reportId, citation) => {
      const report = reports.get(reportId);
      expect(report, `report ${reportId} in reports.json`).toBeDefined();
      if (report === undefined) return;
      expect(report.outlet.trim()).not.toBe('');
      expect(report.url).toMatch(/^https?:\/\//);
      expect(report.published ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['en', 'ru', 'tg']).toContain(report.language);
      expect(report.headline?.trim()).toBeTruthy();
      const facts = new Set(report.facts.map((f) => f.id));
      for (const fact of citation.facts) expect(facts.has(fact), `${reportId} fact ${fact}`).toBe(true);
    },
  );

  it('cites every report it lists, from an event or an outpost', () => {
    const cited = new Set([
      ...events.flatMap((e) => (e.citations ?? []).map((c) => c.reportId)),
      ...[...outposts.values()].flatMap((o) => o.sources.flatMap((s) => (s.reportId === undefined ? [] : [s.reportId]))),
    ]);
    expect([...reports.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('quotes every bundled article verbatim (events, phases, outposts)', () => {
    const quotes = [
      ...events.flatMap((e) => (e.sources ?? []).map((s) => [e.id, s] as const)),
      ...phases.flatMap((p) => p.sources.map((s) => [p.id, s] as const)),
      ...[...outposts.values()].flatMap((o) =>
        o.sources.flatMap((s) =>
          s.sourceId !== undefined && s.quote !== undefined ? [[o.id, { sourceId: s.sourceId, quote: s.quote }] as const] : [],
        ),
      ),
    ];
    const misses = quotes.filter(([, q]) => !(articles.get(q.sourceId) ?? '').includes(q.quote)).map(([id, q]) => `${id}: ${q.quote}`);
    expect(misses).toEqual([]);
  });

  it.each(events.map((e) => [e.id, e] as const))('event %s: every place, post, related event and casualty source resolves', (_id, e) => {
    const { location } = e;
    expect(refResolves(location.precision, location.ref), `location ${location.precision} ${location.ref ?? ''}`).toBe(true);
    for (const alt of location.alternatives ?? []) expect(refResolves(alt.precision, alt.ref), `alternative by ${alt.by}`).toBe(true);
    if (location.postId !== undefined) expect(outposts.has(location.postId), `post ${location.postId}`).toBe(true);
    for (const id of e.related ?? []) expect(eventIds.has(id) && id !== e.id, `related ${id}`).toBe(true);
    const named = new Set(referencesOf(e).map((r) => ('sourceId' in r ? r.sourceId : r.reportId)));
    for (const c of e.casualties ?? []) expect(named.has(c.sourceId), `casualty source ${c.sourceId}`).toBe(true);
    for (const alt of location.alternatives ?? []) expect(named.has(alt.by), `alternative source ${alt.by}`).toBe(true);
  });

  it.each([...outposts.values()].map((o) => [o.id, o] as const))('outpost %s resolves where it is drawn', (_id, o) => {
    if (o.precision === 'settlement') expect(places.has(o.placeId ?? '')).toBe(true);
    if (o.precision === 'district') expect(districts.has(o.district ?? '') || regions.has(o.district ?? '')).toBe(true);
    if (o.district !== undefined) expect(districts.has(o.district) || regions.has(o.district)).toBe(true);
    expect(o.sources.length).toBeGreaterThan(0);
  });

  it.each(events.map((e) => [e.id, e] as const))('event %s is placed no finer than its finest source', (_id, e) => {
    const given = referencesOf(e).flatMap((r) => (r.locates === undefined ? [] : [LOCATION_SCALE.indexOf(r.locates)]));
    expect(given.length, 'at least one source says how finely it locates the event').toBeGreaterThan(0);
    expect(LOCATION_SCALE.indexOf(e.location.precision)).toBeGreaterThanOrEqual(Math.min(...given));
  });

  it.each(events.map((e) => [e.id, e] as const))('event %s: a date no source states outright says how it was inferred', (_id, e) => {
    const stated = referencesOf(e).some((r) => r.dates !== undefined);
    if (!stated) expect(e.date.inferred?.trim(), 'date.inferred').toBeTruthy();
    if (e.date.inferred !== undefined) expect(e.date.inferred.trim().length).toBeGreaterThan(20);
  });

  it('gives inferred years and days their reason where the texts leave them out', () => {
    for (const id of [
      'dushanbe-meeting',
      '2021-07-04-andsf-crossing-shohon-94',
      'farkhor-smugglers-killed-2026-04-17',
      'semrikov-equipment',
    ])
      expect(byId(id).date.inferred, id).toMatch(/\d{4}/);
  });

  it('keeps the two November 2025 attacks as separate events, each with its own casualties, related to november-attacks', () => {
    const drone = byId('istiqlol-camp-drone-attack-2025-11-26');
    const shadak = byId('shadak-attack');
    expect([drone.date.start, shadak.date.start]).toEqual(['2025-11-26', '2025-11-30']);
    expect(drone.location).toMatchObject({ precision: 'district', ref: 'tj-kl-shamsiddin-shohin', postId: 'post-istiqlol' });
    expect(shadak.location).toMatchObject({ precision: 'village', ref: 'shadak' });
    expect(drone.casualties?.some((c) => c.killed === 3)).toBe(true);
    expect(shadak.casualties?.some((c) => c.killed === 2)).toBe(true);
    for (const attack of [drone, shadak]) expect(attack.related).toContain('november-attacks');
    expect(byId('november-attacks').related).toEqual(expect.arrayContaining([drone.id, shadak.id]));
  });

  it('places khatlon-clash at the Bahorak post and keeps the seed’s “Khatlon province” as an alternative', () => {
    const clash = byId('khatlon-clash');
    expect(clash.location).toMatchObject({ precision: 'district', ref: 'tj-kl-shamsiddin-shohin', postId: 'post-bahorak' });
    expect(clash.location.alternatives).toContainEqual({
      by: 'src-001',
      precision: 'province',
      ref: 'TJ-KL',
      asReported: 'in the Khatlon province',
    });
    expect(outposts.get('post-bahorak')).toMatchObject({ kind: 'post', district: 'tj-kl-shamsiddin-shohin', precision: 'district' });
  });

  it('titles use the corrected names (the misspellings survive only inside quotes and notes about them)', () => {
    const titles = events.flatMap((e) => [e.title, e.title_ru ?? '']);
    for (const wrong of ['Semrikov', 'Семриков', 'Masadikov', 'Talatbek', 'Sherali Mirzo (also known as Emomali Sobirzoda)'])
      expect(titles.filter((t) => t.includes(wrong))).toEqual([]);
  });

  it('keeps the seven official crossings with their foreign-ministry citation', () => {
    const crossings = [...outposts.values()].filter((o) => o.kind === 'crossing');
    expect(crossings).toHaveLength(7);
    for (const c of crossings) expect(c.sources.some((s) => s.citation?.includes('mid.tj'))).toBe(true);
  });
});
