/**
 * Reader for one `EventRecord` from `events.json`: field types, date format per precision, real
 * calendar dates, location precision vs ref/coordinates, casualties and quotations.
 */
import { dateSpan, isIsoDay, isIsoMonth, isIsoYear } from '../calendar/dates.ts';
import type { GeoLookup } from '../geo/geoLookup.ts';
import { asLngLat, readSourceId, readSourceRefs } from './readSourceRef.ts';
import type { SourceTexts } from './readSourceRef.ts';
import {
  asCount,
  asFiniteNumber,
  asObject,
  asOneOf,
  asString,
  asText,
  eachOf,
  fail,
  field,
  noExtraKeys,
  nullable,
  report,
} from './schema.ts';
import type { Scope } from './schema.ts';
import { DATE_PRECISIONS, EVENT_KINDS, LOCATION_PRECISIONS } from '../model/types.ts';
import type { CasualtyClaim, DatePrecision, EventDate, EventLocation, EventRecord } from '../model/types.ts';

/** Everything an event may refer to. */
export interface EventRefs {
  sources: SourceTexts;
  geo: Pick<GeoLookup, 'placeLngLat' | 'regionIds' | 'borderId'>;
}

const DATE_FORMAT: Record<DatePrecision, { pattern: string; test: (s: string) => boolean }> = {
  day: { pattern: 'YYYY-MM-DD', test: isIsoDay },
  month: { pattern: 'YYYY-MM', test: isIsoMonth },
  year: { pattern: 'YYYY', test: isIsoYear },
  range: { pattern: 'YYYY-MM-DD', test: isIsoDay },
};

/** A date string in the format its precision requires, and a real calendar date. */
function asDateFor(precision: DatePrecision, value: unknown): string {
  const { pattern, test } = DATE_FORMAT[precision];
  if (typeof value !== 'string' || !test(value)) fail(`${pattern} for precision "${precision}" (a real calendar date)`, value);
  return value;
}

function readDate(scope: Scope, value: unknown): EventDate | undefined {
  const obj = field(scope, 'date', () => asObject(value));
  if (obj === undefined) return undefined;
  let ok = noExtraKeys(scope, 'date', obj, ['start', 'end', 'precision', 'inferred']);
  const precision = field(scope, 'date.precision', () => asOneOf(DATE_PRECISIONS)(obj['precision']));
  if (precision === undefined) return undefined;
  const start = field(scope, 'date.start', () => asDateFor(precision, obj['start']));
  const date: EventDate = { start: start ?? '', precision };
  if (precision === 'range') {
    if (!('end' in obj)) {
      report(scope, 'date.end', 'expected YYYY-MM-DD, or null for an open-ended range, got nothing: precision "range" needs an end');
      ok = false;
    } else {
      const end = field(scope, 'date.end', () => nullable((v) => asDateFor('range', v))(obj['end']));
      if (end === undefined) ok = false;
      else date.end = end;
    }
  } else if ('end' in obj) {
    report(scope, 'date.end', `expected no end for precision "${precision}" (only "range" has one), got ${JSON.stringify(obj['end'])}`);
    ok = false;
  }
  if ('inferred' in obj) {
    const inferred = field(scope, 'date.inferred', () => asText(obj['inferred']));
    if (inferred === undefined) ok = false;
    else date.inferred = inferred;
  }
  if (start === undefined || !ok) return undefined;
  const span = field(scope, 'date.end', () => {
    try {
      return dateSpan(date);
    } catch {
      return fail(`an end on or after start ${date.start}`, date.end);
    }
  });
  return span === undefined ? undefined : date;
}

/** What `ref` must be for each location precision, as a reader. */
function refReader(precision: EventLocation['precision'], geo: EventRefs['geo']): ((value: unknown) => string) | null {
  switch (precision) {
    case 'village':
      return (v) => {
        const id = asText(v);
        return geo.placeLngLat(id) !== undefined ? id : fail('a place id from data/geo/places.geojson', id);
      };
    case 'district':
    case 'province':
      return (v) => {
        const id = asText(v);
        return geo.regionIds.has(id) ? id : fail(`a region id from data/geo/regions.geojson (${[...geo.regionIds].join(', ')})`, id);
      };
    case 'border':
      return (v) => (v === geo.borderId ? geo.borderId : fail(`"${geo.borderId}" for precision "border"`, v));
    case 'point':
    case 'none':
      return null;
  }
}

function readLocation(scope: Scope, value: unknown, refs: EventRefs): EventLocation | undefined {
  const obj = field(scope, 'location', () => asObject(value));
  if (obj === undefined) return undefined;
  let ok = noExtraKeys(scope, 'location', obj, ['precision', 'ref', 'coordinates', 'uncertaintyKm', 'asReported']);
  const precision = field(scope, 'location.precision', () => asOneOf(LOCATION_PRECISIONS)(obj['precision']));
  const asReported = field(scope, 'location.asReported', () => asText(obj['asReported']));
  if (precision === undefined || asReported === undefined) return undefined;
  const location: EventLocation = { precision, asReported };

  const readRef = refReader(precision, refs.geo);
  if (readRef === null && 'ref' in obj) {
    report(scope, 'location.ref', `expected no ref for precision "${precision}", got ${JSON.stringify(obj['ref'])}`);
    ok = false;
  } else if (readRef !== null) {
    const ref = field(scope, 'location.ref', () => readRef(obj['ref']));
    if (ref === undefined) ok = false;
    else location.ref = ref;
  }

  if (precision === 'point') {
    const coordinates = field(scope, 'location.coordinates', () => asLngLat(obj['coordinates']));
    if (coordinates === undefined) ok = false;
    else location.coordinates = coordinates;
  } else if ('coordinates' in obj) {
    report(
      scope,
      'location.coordinates',
      `expected no coordinates for precision "${precision}" (only "point" has them; geometry comes from data/geo)`,
    );
    ok = false;
  }

  if ('uncertaintyKm' in obj) {
    const km = field(scope, 'location.uncertaintyKm', () => {
      if (precision !== 'village' && precision !== 'point')
        fail('no uncertaintyKm except for precision "village" or "point"', obj['uncertaintyKm']);
      const n = asFiniteNumber(obj['uncertaintyKm']);
      return n > 0 ? n : fail('a positive number of km', n);
    });
    if (km === undefined) ok = false;
    else location.uncertaintyKm = km;
  }
  return ok ? location : undefined;
}

/** `quotedIds` null when the event's own sources are invalid (then only resolution is checked). */
function readCasualty(
  scope: Scope,
  path: string,
  value: unknown,
  refs: EventRefs,
  quotedIds: ReadonlySet<string> | null,
): CasualtyClaim | undefined {
  const obj = field(scope, path, () => asObject(value));
  if (obj === undefined) return undefined;
  const tidy = noExtraKeys(scope, path, obj, ['sourceId', 'killed', 'injured', 'who']);
  const sourceId = field(scope, `${path}.sourceId`, () => {
    const id = readSourceId(obj['sourceId'], refs.sources);
    return quotedIds === null || quotedIds.has(id)
      ? id
      : fail(`a sourceId that this event quotes (${[...(quotedIds ?? [])].join(', ')})`, id);
  });
  const count = nullable(asCount);
  const killed = field(scope, `${path}.killed`, () =>
    'killed' in obj ? count(obj['killed']) : fail('a non-negative integer or null', undefined),
  );
  const injured = field(scope, `${path}.injured`, () =>
    'injured' in obj ? count(obj['injured']) : fail('a non-negative integer or null', undefined),
  );
  const who = field(scope, `${path}.who`, () => asText(obj['who']));
  if (!tidy || sourceId === undefined || killed === undefined || injured === undefined || who === undefined) return undefined;
  return { sourceId, killed, injured, who };
}

const EVENT_KEYS = ['id', 'kind', 'title', 'title_ru', 'summary', 'date', 'location', 'casualties', 'sources', 'notes'] as const;

/** Read one event, collecting every problem into `scope`; undefined when anything is invalid. */
export function readEvent(scope: Scope, value: unknown, refs: EventRefs): EventRecord | undefined {
  const obj = field(scope, '', () => asObject(value));
  if (obj === undefined) return undefined;
  let ok = noExtraKeys(scope, '', obj, EVENT_KEYS);
  const id = field(scope, 'id', () => asText(obj['id']));
  const kind = field(scope, 'kind', () => asOneOf(EVENT_KINDS)(obj['kind']));
  const title = field(scope, 'title', () => asText(obj['title']));
  const summary = field(scope, 'summary', () => asString(obj['summary']));
  const date = readDate(scope, obj['date']);
  const location = readLocation(scope, obj['location'], refs);
  const sources = readSourceRefs(scope, 'sources', obj['sources'], refs.sources);
  if (id === undefined || kind === undefined || title === undefined || summary === undefined) ok = false;
  if (date === undefined || location === undefined || sources === undefined) ok = false;
  const event: EventRecord = {
    id: id ?? '',
    kind: kind ?? 'incident',
    title: title ?? '',
    summary: summary ?? '',
    date: date ?? { start: '', precision: 'day' },
    location: location ?? { precision: 'none', asReported: '' },
    sources: sources ?? [],
  };
  if ('title_ru' in obj) {
    const titleRu = field(scope, 'title_ru', () => asText(obj['title_ru']));
    if (titleRu === undefined) ok = false;
    else event.title_ru = titleRu;
  }
  if ('casualties' in obj) {
    const quoted = sources === undefined ? null : new Set(sources.map((s) => s.sourceId));
    const casualties = eachOf(scope, 'casualties', obj['casualties'], (item, path) => readCasualty(scope, path, item, refs, quoted));
    if (casualties === undefined) ok = false;
    else event.casualties = casualties;
  }
  if ('notes' in obj) {
    const notes = eachOf(scope, 'notes', obj['notes'], (item, path) => field(scope, path, () => asText(item)));
    if (notes === undefined) ok = false;
    else event.notes = notes;
  }
  return ok ? event : undefined;
}
