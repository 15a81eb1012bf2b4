/**
 * One record → the flat fields written by both exports: ACLED's columns where they map (so other
 * tools can read the file), then the app's own columns (title, kind, exact precision and span) so
 * an export imports back to the same events, then every extra field verbatim.
 */
import { dayNumberToIsoDay } from '../../calendar/dates';
import type { ImportRecord } from '../../model/types';
import { ACLED_COLUMNS } from '../formats/acledColumns';
import { geoPrecisionOf, timePrecisionOf, WEEK_HALF_SPAN } from '../precision';

/** Columns the app adds after ACLED's, read back by the importer. */
export const APP_COLUMNS: readonly string[] = ['title', 'kind', 'date_precision', 'start_date', 'end_date', 'location_precision'];

export type FieldValue = string | number;

/** ACLED's event_date: the day itself, the middle of a week-long span, otherwise the first day. */
function acledDate(r: ImportRecord): string {
  const week = r.datePrecision === 'range' && r.endDay - r.startDay === 2 * WEEK_HALF_SPAN;
  return dayNumberToIsoDay(week ? r.startDay + WEEK_HALF_SPAN : r.startDay);
}

function startText(r: ImportRecord): string {
  const iso = dayNumberToIsoDay(r.startDay);
  return r.datePrecision === 'month' ? iso.slice(0, 7) : r.datePrecision === 'year' ? iso.slice(0, 4) : iso;
}

/** The exported fields of one record, keyed by column name. */
export function exportFields(r: ImportRecord): Record<string, FieldValue> {
  const located = r.locationPrecision !== 'none' && Number.isFinite(r.lon) && Number.isFinite(r.lat);
  const date = acledDate(r);
  const out: Record<string, FieldValue> = {};
  for (const c of ACLED_COLUMNS) out[c] = (r.extra && Object.hasOwn(r.extra, c) ? r.extra[c] : undefined) ?? '';
  Object.assign(out, {
    event_id_cnty: r.id,
    event_date: date,
    year: date.slice(0, 4),
    time_precision: timePrecisionOf(r.datePrecision, r.startDay, r.endDay),
    location: r.extra?.['location'] ?? '',
    latitude: located ? r.lat : '',
    longitude: located ? r.lon : '',
    geo_precision: geoPrecisionOf(r.locationPrecision) ?? '',
    source: r.sourceName,
    notes: r.sourceText,
    fatalities: r.fatalities ?? '',
    title: r.title,
    kind: r.kind,
    date_precision: r.datePrecision,
    start_date: startText(r),
    end_date: r.datePrecision === 'range' && r.endDay !== r.startDay ? dayNumberToIsoDay(r.endDay) : '',
    location_precision: r.locationPrecision,
  });
  for (const [k, v] of Object.entries(r.extra ?? {}))
    if (!Object.hasOwn(out, k)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}
