/**
 * One record → the flat fields written by both exports: ACLED's columns where they map (so other
 * tools can read the file), then the app's own columns (title, kind, exact precision and span) so
 * an export imports back to the same events, then every extra field verbatim.
 */
import { dayNumberToIsoDay } from '../../calendar/dates';
import type { ImportRecord } from '../../model/types';
import { ACLED_COLUMNS } from '../formats/acledColumns';
import { geoPrecisionOf, timePrecisionOf, WEEK_HALF_SPAN } from '../precision';
import type { BorderMeasure } from '../../geo/borderMeasure';

/** Columns the app adds after ACLED's, read back by the importer. */
export const APP_COLUMNS: readonly string[] = ['title', 'kind', 'date_precision', 'start_date', 'end_date', 'location_precision'];

/**
 * The border measures, after the app's columns: km to the line, the bank (`tj`, `af`, `line`,
 * `other`) and km along the border from the Uzbek tripoint; empty where the location precision
 * allows none. Derived from the place, so the importer recomputes rather than reads them.
 */
export const BORDER_COLUMNS: readonly string[] = ['border_distance_km', 'border_bank', 'border_along_km'];

/** The border columns of one measure (distance to 10 m, along to 100 m). */
export function borderFields(m: BorderMeasure | null): Record<string, FieldValue> {
  return {
    border_distance_km: m?.distanceKm == null ? '' : Math.round(m.distanceKm * 100) / 100,
    border_bank: m?.bank ?? '',
    border_along_km: m?.alongKm == null ? '' : Math.round(m.alongKm * 10) / 10,
  };
}

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

/** The exported fields of one record, keyed by column name; `border` fills the border columns (empty without). */
export function exportFields(r: ImportRecord, border: BorderMeasure | null = null): Record<string, FieldValue> {
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
    ...borderFields(border),
  });
  for (const [k, v] of Object.entries(r.extra ?? {}))
    if (!Object.hasOwn(out, k)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}
