/**
 * Reads one imported record from a flat field map — a CSV row in ACLED's layout, or a GeoJSON
 * feature's properties (the app's export writes the same keys). Every problem is reported under
 * the record's scope (file › row N › field: expected …, got …); any problem rejects the record.
 */
import { fail, field, report, SchemaError } from '../schema/schema';
import type { Scope } from '../schema/schema';
import { dayNumberToIsoDay } from '../calendar/dates';
import { DATE_PRECISIONS, EVENT_KINDS, LOCATION_PRECISIONS } from '../model/types';
import type { DatePrecision, DayNumber, EventKind, ImportRecord, LocationPrecision } from '../model/types';
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
];

/** Ids travel in URLs (`sel=`) and selectors, so they keep to the URL parameter's alphabet. */
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Where the swapped-coordinates check looks: the frontier and its surroundings. */
const FRAME = { west: 60, east: 80, south: 30, north: 45 };

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
}

/** A value as trimmed text; numbers become their decimal form; empty and null are undefined. */
export function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function asNumber(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : NaN;
  if (typeof v === 'string' && /^\s*(nan|[+-]?infinity)\s*$/i.test(v)) fail('a finite number', v);
  return Number.isFinite(n) ? n : fail('a finite number', v);
}

function asCode(v: unknown, read: (n: number) => string | undefined, codes: string): number {
  const n = asNumber(v);
  return read(n) !== undefined ? n : fail(`one of ${codes}`, v);
}

const inFrame = (lon: number, lat: number): boolean => lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north;

/** Checks one coordinate pair; throws with the field to blame. */
function readCoords(c: RawCoords): [number, number] {
  const lon = field0(c.lonField, () => asNumber(c.lon));
  const lat = field0(c.latField, () => asNumber(c.lat));
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90)
    throw new SchemaError(`expected latitude in -90..90, got ${lat} (latitude and longitude look swapped)`, c.latField);
  if (lat < -90 || lat > 90) throw new SchemaError(`expected latitude in -90..90, got ${lat}`, c.latField);
  if (lon < -180 || lon > 180) throw new SchemaError(`expected longitude in -180..180, got ${lon}`, c.lonField);
  if (!inFrame(lon, lat) && inFrame(lat, lon)) {
    throw new SchemaError(
      `expected longitude ${lat}, latitude ${lon} — latitude and longitude look swapped (got longitude ${lon}, latitude ${lat})`,
      c.latField,
    );
  }
  return [lon, lat];
}

function field0<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof SchemaError && e.path === '') throw new SchemaError(e.message, path);
    throw e;
  }
}

/** Kind from the app's `kind`, else ACLED's types: agreements are meetings, other strategic developments announcements, the rest incidents. */
function kindOf(f: Record<string, unknown>): EventKind {
  const kind = textOf(f['kind']);
  if (kind !== undefined)
    return (EVENT_KINDS as readonly string[]).includes(kind) ? (kind as EventKind) : fail(`one of ${EVENT_KINDS.join(' | ')}`, kind);
  const type = (textOf(f['event_type']) ?? '').toLowerCase();
  if (type === 'strategic developments')
    return (textOf(f['sub_event_type']) ?? '').toLowerCase() === 'agreement' ? 'meeting' : 'announcement';
  return 'incident';
}

/** The date span: app columns (date_precision + start/end) first, else ACLED's event_date + time_precision. */
function readDate(
  scope: Scope,
  f: Record<string, unknown>,
  today: DayNumber,
): { startDay: DayNumber; endDay: DayNumber; precision: DatePrecision } | undefined {
  const startKey = textOf(f['start_date']) !== undefined ? 'start_date' : textOf(f['event_date']) !== undefined ? 'event_date' : 'date';
  const start = textOf(f[startKey]);
  if (start === undefined) {
    report(scope, 'event_date', 'expected a date, got nothing');
    return undefined;
  }
  let precision: DatePrecision | undefined;
  let week = false;
  if (textOf(f['date_precision']) !== undefined) {
    precision = field(scope, 'date_precision', () => {
      const p = textOf(f['date_precision']) ?? '';
      return (DATE_PRECISIONS as readonly string[]).includes(p) ? (p as DatePrecision) : fail(`one of ${DATE_PRECISIONS.join(' | ')}`, p);
    });
  } else if (textOf(f['time_precision']) !== undefined) {
    const code = field(scope, 'time_precision', () => asCode(f['time_precision'], dateFromTimePrecision, '1 (day) | 2 (week) | 3 (month)'));
    precision = code === undefined ? undefined : dateFromTimePrecision(code);
    week = code === 2;
  } else precision = precisionFromShape(start);
  if (precision === undefined) return undefined;
  let span: { startDay: DayNumber; endDay: DayNumber } | undefined;
  try {
    span = week ? weekAround(readDay(start)) : readSpan(precision, start, textOf(f['end_date']) ?? '');
  } catch (e) {
    if (!(e instanceof SchemaError)) throw e;
    report(scope, e.path === 'end' ? 'end_date' : startKey, e.message);
    return undefined;
  }
  if (span.startDay > today) {
    report(scope, startKey, `expected a date on or before today (${dayNumberToIsoDay(today)}), got "${start}" (in the future)`);
    return undefined;
  }
  const year = textOf(f['year']);
  if (year !== undefined && startKey === 'event_date' && precision === 'day' && year !== dayNumberToIsoDay(span.startDay).slice(0, 4)) {
    report(scope, 'year', `expected ${dayNumberToIsoDay(span.startDay).slice(0, 4)} (the year of event_date), got "${year}"`);
    return undefined;
  }
  return { ...span, precision };
}

/** Reads one record; undefined (with the problems in `scope.errors`) when anything is invalid. */
export function readRecord(
  scope: Scope,
  f: Record<string, unknown>,
  coords: RawCoords | null,
  row: number,
  ctx: RecordContext,
  fallbackId?: unknown,
): ImportRecord | undefined {
  const before = scope.errors.length;
  const idKey = textOf(f['id']) !== undefined ? 'id' : 'event_id_cnty';
  const rawId = textOf(f[idKey]) ?? textOf(fallbackId);
  const id = field(scope, idKey, () => {
    if (rawId === undefined) return `${ctx.fileStem}-${row}`;
    return ID_RE.test(rawId) ? rawId : fail('an id of letters, digits and . _ : - (at most 128, starting with a letter or digit)', rawId);
  });
  const kind = field(scope, 'kind', () => kindOf(f));
  const date = readDate(scope, f, ctx.today);
  let locationPrecision: LocationPrecision | undefined;
  if (textOf(f['location_precision']) !== undefined) {
    locationPrecision = field(scope, 'location_precision', () => {
      const p = textOf(f['location_precision']) ?? '';
      return (LOCATION_PRECISIONS as readonly string[]).includes(p)
        ? (p as LocationPrecision)
        : fail(`one of ${LOCATION_PRECISIONS.join(' | ')}`, p);
    });
  } else if (textOf(f['geo_precision']) !== undefined) {
    const code = field(scope, 'geo_precision', () =>
      asCode(f['geo_precision'], locationFromGeoPrecision, '1 (town) | 2 (near a town / part of a region) | 3 (larger region)'),
    );
    locationPrecision = code === undefined ? undefined : locationFromGeoPrecision(code);
  } else locationPrecision = 'point';
  let lonLat: [number, number] | undefined = [NaN, NaN];
  if (locationPrecision !== undefined && locationPrecision !== 'none') {
    if (coords === null) {
      report(scope, 'geometry', `expected a Point for location precision "${locationPrecision}", got null`);
      lonLat = undefined;
    } else lonLat = field(scope, '', () => readCoords(coords));
  }
  const fatalities = field(scope, 'fatalities', () => {
    const v = f['fatalities'];
    if (textOf(v) === undefined) return null;
    const n = asNumber(v);
    return Number.isInteger(n) && n >= 0 ? n : fail('a non-negative whole number', v);
  });
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) {
    const t = CORE_KEYS.includes(k) ? undefined : textOf(v);
    if (t !== undefined && k !== '' && k !== '__parsed_extra') extra[k] = t;
  }
  const title = textOf(f['title']) ?? textOf(f['name']) ?? defaultTitle(f);
  if (scope.errors.length > before || id === undefined || kind === undefined || date === undefined) return undefined;
  if (locationPrecision === undefined || lonLat === undefined || fatalities === undefined) return undefined;
  const rec: ImportRecord = {
    id,
    kind,
    title,
    lon: lonLat[0],
    lat: lonLat[1],
    startDay: date.startDay,
    endDay: date.endDay,
    datePrecision: date.precision,
    locationPrecision,
    fatalities,
    sourceName: textOf(f['source']) ?? '',
    sourceText: textOf(f['notes']) ?? '',
    row,
  };
  if (Object.keys(extra).length > 0) rec.extra = extra;
  return rec;
}

/** "Armed clash — Shadak": ACLED rows have no title, so name them by what and where. */
function defaultTitle(f: Record<string, unknown>): string {
  const what = textOf(f['sub_event_type']) ?? textOf(f['event_type']) ?? 'Event';
  const where = textOf(f['location']);
  return where === undefined ? what : `${what} — ${where}`;
}
