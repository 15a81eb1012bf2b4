/**
 * Reads one imported record from a flat field map — a CSV row in ACLED's layout, or a GeoJSON
 * feature's properties (the app's export writes the same keys). Which column holds a value
 * varies (`id` or `event_id_cnty`, `date_precision` or ACLED's `time_precision` …), so the columns
 * are first picked into one shape, which a schema validates; every problem is reported under the
 * column it came from (file › row N › field: expected …, got …), and any problem rejects the record.
 */
import * as v from 'valibot';
import { dayNumberToIsoDay } from '../calendar/dates';
import { at, crossCheck, expects, issuePath, rule } from '../schema/dialect';
import type { KeyPath } from '../schema/dialect';
import { errorsOf, show, validationError } from '../schema/messages';
import type { ValidationError } from '../schema/messages';
import { ID_PATTERN, ID_RULE } from '../schema/recordId';
import { countOf, countProblem } from '../schema/fatalities';
import { positionProblem } from '../schema/frontierArea';
import { DATE_PRECISIONS, EVENT_KINDS, LOCATION_PRECISIONS } from '../model/types';
import type { DayNumber, EventKind, ImportRecord } from '../model/types';
import { dateFromTimePrecision, locationFromGeoPrecision } from './precision';
import { precisionFromShape, readDay, readSpan, weekAround } from './readDates';

/** Keys with a meaning of their own; every other non-empty key is kept verbatim in `extra`. */
export const CORE_KEYS: readonly string[] = [
  'id',
  'event_id_cnty',
  'title',
  'name',
  'kind',
  'date',
  'event_date',
  'start_date',
  'end_date',
  'date_precision',
  'time_precision',
  'year',
  'latitude',
  'longitude',
  'geo_precision',
  'location_precision',
  'source',
  'notes',
  'fatalities',
  // The export's border measures: derived from the place, recomputed on import, never kept as extra fields.
  'border_distance_km',
  'border_bank',
  'border_along_km',
];

export interface RecordContext {
  today: DayNumber;
  /** Used to make an id when the record has none. */
  fileStem: string;
}

/** Coordinates as found (GeoJSON `[lon, lat]` or CSV columns) and the field names to blame. */
export interface RawCoords {
  lon: unknown;
  lat: unknown;
  lonField: string;
  latField: string;
  /** True where the format has numbers of its own (GeoJSON): text is then not read as one. */
  numbersOnly?: boolean;
}

/** A value as trimmed text; numbers become their decimal form; empty and null are undefined. */
export function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** A decimal as people and spreadsheets write it (`37.66`, `-1`, `.5`): no exponent, hex or words. */
const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Why a coordinate is not a number (a JSON number, or plain decimal text unless `numbersOnly`). */
function coordinateProblem(x: unknown, numbersOnly: boolean): string | undefined {
  const got = `expected a finite number, got ${show(x)}`;
  if (typeof x === 'number') return Number.isFinite(x) ? undefined : `${got} (out of range: too large to represent)`;
  if (typeof x !== 'string') return got;
  if (numbersOnly) return `${got} (text; GeoJSON coordinates are numbers)`;
  const s = x.trim();
  if (PLAIN_DECIMAL.test(s)) return undefined;
  if (/^[+-]?[\d.]+e[+-]?\d+$/i.test(s) && !Number.isFinite(Number(s))) return `${got} (out of range: too large to represent)`;
  return s === '' ? got : `${got} (written as a plain decimal such as 37.66)`;
}

/** One coordinate: a JSON number or plain decimal text (text is refused when `numbersOnly`). */
const coordinate = (numbersOnly: boolean) =>
  v.pipe(
    v.unknown(),
    rule((x: unknown) => coordinateProblem(x, numbersOnly)),
    v.transform((x) => (typeof x === 'number' ? x : Number(String(x).trim()))),
  );

/** A casualty count as a JSON number or plain decimal digits, at most MAX_FATALITIES. */
const fatalities = v.pipe(
  v.unknown(),
  rule((x: unknown) => countProblem(x, 'a non-negative whole number', true)),
  v.transform(countOf),
);

/** A code as a JSON integer or decimal digits (`0x1` or `1e0` are not codes). */
const codeNumber = (x: unknown): number | undefined =>
  typeof x === 'number' ? x : typeof x === 'string' && /^\d{1,3}$/.test(x.trim()) ? Number(x.trim()) : undefined;

/** One of a format's numeric codes (e.g. ACLED's geo_precision), read with `read`. */
const code = <T>(read: (n: number) => T | undefined, codes: string) =>
  v.pipe(
    v.unknown(),
    rule((x: unknown) => {
      const n = codeNumber(x);
      return n !== undefined && read(n) !== undefined ? undefined : `expected one of ${codes}, got ${show(x)}`;
    }),
    v.transform((x) => read(codeNumber(x) ?? NaN) as T),
  );

/** What is wrong with a coordinate pair (the frontier area, swapped pairs), and which of the two to blame. */
function coordsProblem(lon: number, lat: number): readonly [KeyPath, string] | undefined {
  const p = positionProblem(lon, lat);
  return p === undefined ? undefined : at(['coords', p.which], p.detail);
}

/** `expected a date on or before today (…), got "<text>" (in the future)`. */
const futureDetail = (today: DayNumber, text: string): string =>
  `expected a date on or before today (${dayNumberToIsoDay(today)}), got ${show(text)} (in the future)`;

/**
 * The date's span from its start (and end), its precision (or ACLED's time_precision code), then
 * the checks against today and `year`. Every date as written must be on or before today: a
 * range's end, and ACLED's event_date even where its week or month begins earlier.
 */
const dateSchema = (today: DayNumber, dateKey: string) =>
  v.pipe(
    v.strictObject({
      start: v.string((issue) =>
        dateKey === 'date'
          ? `expected a date, got ${show(issue.input)} (property "date", "start_date" or "event_date" as YYYY-MM-DD, YYYY-MM or YYYY)`
          : `expected a date, got ${show(issue.input)}`,
      ),
      end: v.string(),
      /** The app's own `date_precision`. */
      precision: v.optional(v.picklist(DATE_PRECISIONS, expects(`one of ${DATE_PRECISIONS.join(' | ')}`))),
      /** ACLED's `time_precision` (week = a seven-day range around the date). */
      code: v.optional(code(dateFromTimePrecision, '1 (day) | 2 (week) | 3 (month)')),
      /** ACLED's `year`, checked against a day-precise `event_date`. */
      year: v.optional(v.string()),
      /** True when the date is ACLED's `event_date` (then `year` must agree). */
      acled: v.optional(v.literal(true)),
    }),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const d = dataset.value;
      const precision = d.precision ?? d.code ?? precisionFromShape(d.start);
      const week = d.code === 'range';
      const span = readSpan(week ? 'day' : precision, d.start, d.end);
      if ('wrong' in span) {
        addIssue({ message: span.detail, path: issuePath([span.wrong]) });
        return NEVER;
      }
      const { startDay, endDay } = week ? weekAround(span.startDay) : span;
      const year = dayNumberToIsoDay(startDay).slice(0, 4);
      if ((readDay(d.start) ?? startDay) > today) addIssue({ message: futureDetail(today, d.start), path: issuePath(['start']) });
      else if (!week && d.end.trim() !== '' && span.endDay > today)
        addIssue({ message: futureDetail(today, d.end), path: issuePath(['end']) });
      else if (d.year !== undefined && d.acled && precision === 'day' && d.year !== year)
        addIssue({ message: `expected ${year} (the year of event_date), got ${show(d.year)}`, path: issuePath(['year']) });
      else return { startDay, endDay, precision };
      return NEVER;
    }),
  );

/** The record once its columns are picked: one shape whatever the file's layout. */
const recordSchema = (today: DayNumber, numbersOnly: boolean, dateKey: string) =>
  v.pipe(
    v.strictObject({
      /** Ids travel in URLs (`sel=`) and selectors, so they keep to the URL parameter's alphabet. */
      id: v.pipe(v.string(), v.regex(ID_PATTERN, expects(ID_RULE))),
      kind: v.picklist(EVENT_KINDS, expects(`one of ${EVENT_KINDS.join(' | ')}`)),
      date: dateSchema(today, dateKey),
      /** The app's own `location_precision`, or ACLED's `geo_precision` code; a point when neither is given. */
      location: v.optional(v.picklist(LOCATION_PRECISIONS, expects(`one of ${LOCATION_PRECISIONS.join(' | ')}`))),
      geoCode: v.optional(code(locationFromGeoPrecision, '1 (town) | 2 (near a town / part of a region) | 3 (larger region)')),
      /** Absent for a record without a place (its coordinates are not read); null for a null geometry. */
      coords: v.optional(v.nullable(v.strictObject({ lon: coordinate(numbersOnly), lat: coordinate(numbersOnly) }))),
      fatalities: v.nullable(fatalities),
    }),
    crossCheck([['location'], ['geoCode'], ['coords']], (r) => {
      const precision = r.location ?? r.geoCode ?? 'point';
      if (r.coords === null && precision !== 'none')
        return [at(['coords'], `expected a Point for location precision "${precision}", got null`)];
      const problem = r.coords ? coordsProblem(r.coords.lon, r.coords.lat) : undefined;
      return problem ? [problem] : [];
    }),
  );

/** Kind from ACLED's types when the file has no `kind`: agreements are meetings, other strategic developments announcements, the rest incidents. */
function acledKind(f: Record<string, unknown>): EventKind {
  const type = (textOf(f['event_type']) ?? '').toLowerCase();
  if (type !== 'strategic developments') return 'incident';
  return (textOf(f['sub_event_type']) ?? '').toLowerCase() === 'agreement' ? 'meeting' : 'announcement';
}

/** "Armed clash — Shadak": ACLED rows have no title, so name them by what and where. */
function defaultTitle(f: Record<string, unknown>): string {
  const what = textOf(f['sub_event_type']) ?? textOf(f['event_type']) ?? 'Event';
  const where = textOf(f['location']);
  return where === undefined ? what : `${what} — ${where}`;
}

/** Where a record is, for messages: the file and the record's label (`row 5`, `feature #3`). */
export interface RecordPlace {
  file: string;
  record: string;
  /** The field blamed when a record has no date at all: ACLED's `event_date` (default), GeoJSON's `date`. */
  dateKey?: string;
}

/** Reads one record: the record, or every problem found (naming the file's own columns). */
export function readRecord(
  place: RecordPlace,
  f: Record<string, unknown>,
  coords: RawCoords | null,
  row: number,
  ctx: RecordContext,
  fallbackId?: unknown,
): { record: ImportRecord } | { errors: ValidationError[] } {
  // Pick the columns: the app's export names (id, start_date, date_precision, location_precision)
  // come first, then ACLED's; what the app's columns say wins.
  const idKey = textOf(f['id']) !== undefined ? 'id' : 'event_id_cnty';
  const dateKey = place.dateKey ?? 'event_date';
  const startKey = ['start_date', 'event_date', 'date'].find((k) => textOf(f[k]) !== undefined) ?? dateKey;
  const location = textOf(f['location_precision']);
  const input = {
    id: textOf(f[idKey]) ?? textOf(fallbackId) ?? `${ctx.fileStem}-${row}`,
    kind: textOf(f['kind']) ?? acledKind(f),
    date: {
      start: textOf(f[startKey]),
      end: textOf(f['end_date']) ?? '',
      precision: textOf(f['date_precision']),
      code: textOf(f['date_precision']) === undefined && textOf(f['time_precision']) !== undefined ? f['time_precision'] : undefined,
      year: textOf(f['year']),
      acled: startKey === 'event_date' ? (true as const) : undefined,
    },
    location,
    geoCode: location === undefined && textOf(f['geo_precision']) !== undefined ? f['geo_precision'] : undefined,
    coords: location === 'none' ? undefined : coords && { lon: coords.lon, lat: coords.lat },
    fatalities: textOf(f['fatalities']) === undefined ? null : f['fatalities'],
  };
  const result = v.safeParse(recordSchema(ctx.today, coords?.numbersOnly === true, dateKey), input);
  if (!result.success) {
    const column: Record<string, string> = {
      id: idKey,
      'date.start': startKey,
      'date.end': 'end_date',
      'date.precision': 'date_precision',
      'date.code': 'time_precision',
      'date.year': 'year',
      location: 'location_precision',
      geoCode: 'geo_precision',
      coords: 'geometry',
      'coords.lon': coords?.lonField ?? 'longitude',
      'coords.lat': coords?.latField ?? 'latitude',
    };
    const errors = errorsOf(result.issues, place.file, place.record);
    return { errors: errors.map((e) => validationError(e.file, e.record, column[e.field] ?? e.field, e.detail)) };
  }
  const r = result.output;
  const kept: Array<[string, string]> = [];
  for (const [k, value] of Object.entries(f)) {
    const t = CORE_KEYS.includes(k) ? undefined : textOf(value);
    if (t !== undefined && k !== '' && k !== '__parsed_extra') kept.push([k, t]);
  }
  // fromEntries makes own properties, so a field named `__proto__` is kept like any other.
  const extra: Record<string, string> = Object.fromEntries(kept);
  const record: ImportRecord = {
    id: r.id,
    kind: r.kind,
    title: textOf(f['title']) ?? textOf(f['name']) ?? defaultTitle(f),
    lon: r.coords?.lon ?? NaN,
    lat: r.coords?.lat ?? NaN,
    startDay: r.date.startDay,
    endDay: r.date.endDay,
    datePrecision: r.date.precision,
    locationPrecision: r.location ?? r.geoCode ?? 'point',
    fatalities: r.fatalities,
    sourceName: textOf(f['source']) ?? '',
    sourceText: textOf(f['notes']) ?? '',
    row,
  };
  if (Object.keys(extra).length > 0) record.extra = extra;
  return { record };
}
