/**
 * ACLED's precision codes ↔ the app's precision model.
 *
 * geo_precision: 1 (the town itself) → `village`; 2 (near a town / part of a region) → `district`;
 * 3 (a larger region only) → `province`.
 * time_precision: 1 (exact day) → `day`; 2 (within a week) → `range` of seven days centred on
 * event_date (event_date − 3 … event_date + 3), because ACLED records such events on a day inside
 * the week it cannot name; 3 (within a month) → `month` of event_date.
 */
import type { DatePrecision, DayNumber, LocationPrecision } from '../model/types';

/** ACLED geo_precision code → location precision; undefined for an unknown code. */
export function locationFromGeoPrecision(code: number): LocationPrecision | undefined {
  return code === 1 ? 'village' : code === 2 ? 'district' : code === 3 ? 'province' : undefined;
}

/** Location precision → the ACLED geo_precision code that describes it (null: no place). */
export function geoPrecisionOf(p: LocationPrecision): 1 | 2 | 3 | null {
  if (p === 'point' || p === 'village') return 1;
  if (p === 'district') return 2;
  if (p === 'province' || p === 'border') return 3;
  return null;
}

/** Half-width of the week an ACLED time_precision 2 event is placed in, in days. */
export const WEEK_HALF_SPAN = 3;

/** ACLED time_precision code → date precision; undefined for an unknown code. */
export function dateFromTimePrecision(code: number): 'day' | 'range' | 'month' | undefined {
  return code === 1 ? 'day' : code === 2 ? 'range' : code === 3 ? 'month' : undefined;
}

/** Date precision and span → the ACLED time_precision code that describes it. */
export function timePrecisionOf(p: DatePrecision, startDay: DayNumber, endDay: DayNumber): 1 | 2 | 3 {
  if (p === 'day') return 1;
  if (p === 'range' && endDay - startDay <= 2 * WEEK_HALF_SPAN) return endDay === startDay ? 1 : 2;
  return 3;
}
