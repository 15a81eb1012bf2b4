/** Details of one bulk event, resolved from the sorted columns and the caller's records. */
import type { ImportRecord } from '../../model/types';
import { dayNumberToIsoDay } from '../../calendar/dates';
import { formatEventDate } from '../../calendar/format';
import type { Lang } from '../../i18n/langs';
import type { EventDate } from '../../model/types';
import { DATE_PRECISION_CODES, KIND_CODES, LOCATION_PRECISION_CODES, type BulkColumns, type BulkDetail } from './types';
import { borderMeasureAt } from './borderColumns';

/** Longitude of a mercator x. */
export function lonOf(x: number): number {
  return x * 360 - 180;
}

/** Latitude of a mercator y. */
export function latOf(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
}

/** The numeric fields of sorted event `i`, its border measures included (title and sources are added by the caller). */
export function numericDetail(c: BulkColumns, i: number): Omit<BulkDetail, 'title' | 'sourceName' | 'sourceText' | 'fatalities'> {
  const locationPrecision = LOCATION_PRECISION_CODES[c.locationPrecision[i]!] ?? 'point';
  return {
    kind: KIND_CODES[c.kind[i]!] ?? 'incident',
    startDay: c.start[i]!,
    endDay: c.endx[i]! - 1,
    datePrecision: DATE_PRECISION_CODES[c.datePrecision[i]!] ?? 'day',
    locationPrecision,
    border: borderMeasureAt(c, i, locationPrecision),
    lon: lonOf(c.pos[2 * i]! + c.centre[0]),
    lat: latOf(c.pos[2 * i + 1]! + c.centre[1]),
  };
}

/** Details of sorted event `i` of an import: strings from the caller's record, never copied. */
export function recordDetail(records: readonly ImportRecord[], c: BulkColumns, i: number): BulkDetail {
  const r = records[c.origin[i]!]!;
  const base: BulkDetail = {
    ...numericDetail(c, i),
    lon: r.lon,
    lat: r.lat,
    title: r.title,
    fatalities: r.fatalities,
    sourceName: r.sourceName,
    sourceText: r.sourceText,
  };
  if (r.extra) base.extra = r.extra;
  return base;
}

/** The date of a bulk event written with its precision ("Nov 2025", "2025", "3 – 20 Mar 2024"). */
export function formatBulkDate(d: Pick<BulkDetail, 'startDay' | 'endDay' | 'datePrecision'>, lang: Lang): string {
  const s = dayNumberToIsoDay(d.startDay);
  const date: EventDate =
    d.datePrecision === 'month'
      ? { precision: 'month', start: s.slice(0, 7) }
      : d.datePrecision === 'year'
        ? { precision: 'year', start: s.slice(0, 4) }
        : d.datePrecision === 'range'
          ? { precision: 'range', start: s, end: dayNumberToIsoDay(d.endDay) }
          : { precision: 'day', start: s };
  return formatEventDate(date, lang);
}
