/**
 * One event of `events.json` (and of an imported app-JSON file): its fields, its date and place
 * (`eventDate.ts`, `eventLocation.ts`), its sources — bundled quotations and citations of reports
 * — and the rules that tie them together: every event has a source, every casualty claim comes
 * from one of its sources, and no event is placed or dated finer than its sources allow.
 */
import * as v from 'valibot';
import { at, crossRule, anyString, crossCheck, list, oneOf, record, text, whenMissing } from './dialect.ts';
import { recordId } from './recordId.ts';
import { casualtyCount } from './fatalities.ts';
import { dateSupportProblem, eventDateSchema } from './eventDate.ts';
import { eventLocationSchema } from './eventLocation.ts';
import type { LocationGeo } from './eventLocation.ts';
import { listOf, show } from './messages.ts';
import { EVENT_KINDS, LOCATION_PRECISIONS, finest } from './precision.ts';
import type { DatePrecision, LocationPrecision } from './precision.ts';
import { citationSchema, knownId, sourceRefSchema } from './sourceRefs.ts';
import type { Citation, ReportFacts, SourceRef, SourceTexts } from './sourceRefs.ts';

/** Everything an event may refer to outside its own file. */
export interface EventRefs {
  sources: SourceTexts;
  geo: LocationGeo;
  /** Reports from reports.json with their fact ids (none when absent). */
  reports?: ReportFacts;
  /** Ids of the outposts in outposts.json, for `location.postId` (none when absent). */
  outposts?: ReadonlySet<string>;
}

type Refs = { sources: SourceRef[]; citations?: Citation[] };
const referencesOf = (e: Refs): Array<SourceRef | Citation> => [...e.sources, ...(e.citations ?? [])];

const sourcelessProblem = (e: Refs) =>
  referencesOf(e).length > 0 ? undefined : `expected at least one source quotation${e.citations ? ' or citation' : ''}, got []`;

/** The finest place any reference supports bounds the event's location precision. */
const locatesProblem = (e: Refs & { location: { precision: LocationPrecision } }) => {
  const supported = finest(
    LOCATION_PRECISIONS,
    referencesOf(e).map((r) => r.locates),
  );
  const given = e.location.precision;
  if (supported === undefined || LOCATION_PRECISIONS.indexOf(given) >= LOCATION_PRECISIONS.indexOf(supported)) return undefined;
  return `expected "${supported}" or coarser (the finest place its sources give), got "${given}"`;
};

/** How fine a reference's `dates` is, for picking the finest: a range usually spans less than a month. */
const DATES_FINEST_FIRST: readonly DatePrecision[] = ['day', 'range', 'month', 'year'];

/** The finest date any reference supports bounds the event's date precision (a range by its span). */
const datesProblem = (e: Refs & { date: { precision: DatePrecision; start: string; end?: string | null } }) => {
  const supported = finest(
    DATES_FINEST_FIRST,
    referencesOf(e).map((r) => r.dates),
  );
  return supported === undefined ? undefined : dateSupportProblem(e.date, supported);
};

const relatedProblem = ({ id, related }: { id: string; related?: string[] }) =>
  related?.includes(id) ? `expected ids of other events, got its own id ${show(id)}` : undefined;

/** The schema of one event; `eventIds` are the ids `related` may name (the file's own). */
export function eventSchema(refs: EventRefs, eventIds: ReadonlySet<string> = new Set()) {
  const reports: ReportFacts = refs.reports ?? new Map();
  const sourceOrReport = knownId(
    { has: (id) => refs.sources.has(id) || reports.has(id), keys: () => [...refs.sources.keys(), ...reports.keys()] },
    reports.size > 0 ? 'a source id from sources/index.json or a report id from reports.json' : 'a source id from sources/index.json',
  );
  const claim = whenMissing(v.nullable(casualtyCount), 'expected a non-negative integer or null, got nothing');
  return v.pipe(
    record({
      id: recordId,
      kind: oneOf(EVENT_KINDS),
      title: text,
      title_ru: v.optional(text),
      title_tg: v.optional(text),
      /** Optional in the schema: the default view loads events without their texts (`model/eventTexts.ts`); an empty summary says as much. */
      summary: v.optional(anyString),
      summary_ru: v.optional(text),
      summary_tg: v.optional(text),
      date: eventDateSchema(sourceOrReport),
      location: eventLocationSchema({
        geo: refs.geo,
        by: sourceOrReport,
        postId: knownId(refs.outposts ?? new Set<string>(), 'an outpost id from outposts.json'),
      }),
      /** Casualties as each source claims them; `null` = not stated. */
      casualties: v.optional(
        list(
          record({
            /** A bundled source or a report that the event quotes or cites. */
            sourceId: sourceOrReport,
            killed: claim,
            injured: claim,
            /** Who, as the source describes them, verbatim or close ("five Chinese workers"). */
            who: text,
          }),
        ),
      ),
      /** Quotations from bundled articles. */
      sources: v.optional(list(sourceRefSchema(refs.sources)), () => []),
      /** Facts from reports the app links to but does not bundle. */
      citations: v.optional(list(citationSchema(reports))),
      /** Discrepancies between sources and other caveats. */
      notes: v.optional(list(text)),
      /** Other events this one belongs with (ids from the same file). */
      related: v.optional(list(knownId(eventIds, 'an event id from events.json'))),
    }),
    crossRule([['sources'], ['citations']], ['sources'], (x) => sourcelessProblem(x)),
    crossCheck([['sources'], ['citations'], ['casualties']], (e) => {
      const named = new Set(referencesOf(e).map((r) => ('sourceId' in r ? r.sourceId : r.reportId)));
      const what = `a sourceId that this event ${e.citations ? 'quotes or cites' : 'quotes'} (${listOf(named)})`;
      return (e.casualties ?? []).flatMap((c, i) =>
        named.has(c.sourceId) ? [] : [at(['casualties', i, 'sourceId'], `expected ${what}, got ${show(c.sourceId)}`)],
      );
    }),
    crossRule([['sources'], ['citations'], ['location']], ['location', 'precision'], (x) => locatesProblem(x)),
    crossRule([['sources'], ['citations'], ['date']], ['date', 'precision'], (x) => datesProblem(x)),
    crossRule([['id'], ['related']], ['related'], (x) => relatedProblem(x)),
  );
}
export type EventRecord = v.InferOutput<ReturnType<typeof eventSchema>>;
export type CasualtyClaim = NonNullable<EventRecord['casualties']>[number];
