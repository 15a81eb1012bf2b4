/**
 * Pure date maths for event dates: ISO strings with an explicit precision in the data, day numbers
 * (days since 2000-01-01 UTC) inside the app. Proleptic Gregorian calendar, years 1000–9999.
 * This is the app's one calendar: every day number is computed here (days.ts converts to JS Dates
 * for d3, format.ts writes dates for people).
 */
import type { DayNumber, EventDate } from '../model/types.ts';

/** Inclusive first and last day an event (or phase) may cover. */
export interface DaySpan {
  startDay: DayNumber;
  endDay: DayNumber;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;
const MIN_YEAR = 1000;

/** Days from 0000-03-01 to 2000-01-01 in the era-based algorithm below (H. Hinnant, "days_from_civil"). */
const EPOCH_SHIFT = 730425;

/** True for Gregorian leap years; needed to reject 29 February in common years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year, for month-precision spans and date checks. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a calendar date given as numbers (no validation); the core of all conversions. */
export function civilToDayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - EPOCH_SHIFT;
}

/** Calendar date of a day number, the inverse of `civilToDayNumber`. */
export function dayNumberToCivil(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parse `YYYY-MM-DD` into a day number, throwing `invalid date: <value>` for malformed or unreal dates. */
export function isoDayToDayNumber(iso: string): DayNumber {
  const m = ISO_DAY.exec(iso);
  if (m === null) throw new Error(`invalid date: ${JSON.stringify(iso)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`invalid date: ${JSON.stringify(iso)}`);
  }
  return civilToDayNumber(year, month, day);
}

/** Format a day number as `YYYY-MM-DD`, e.g. for URLs and tooltips. */
export function dayNumberToIsoDay(dayNumber: DayNumber): string {
  const { year, month, day } = dayNumberToCivil(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDay(value: string): boolean {
  try {
    isoDayToDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** True for `YYYY-MM` with a month 01–12. */
export function isIsoMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  return m !== null && Number(m[1]) >= MIN_YEAR && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** True for a four-digit year `YYYY`. */
export function isIsoYear(value: string): boolean {
  return ISO_YEAR.test(value) && Number(value) >= MIN_YEAR;
}

/** Span of whole years `YYYY`..`YYYY` (1 Jan – 31 Dec), used for programme phases. */
export function yearsSpan(startYear: string, endYear: string): DaySpan {
  if (!isIsoYear(startYear)) throw new Error(`invalid year: ${JSON.stringify(startYear)}`);
  if (!isIsoYear(endYear)) throw new Error(`invalid year: ${JSON.stringify(endYear)}`);
  if (Number(endYear) < Number(startYear)) throw new Error(`invalid years: ${endYear} is before ${startYear}`);
  return { startDay: civilToDayNumber(Number(startYear), 1, 1), endDay: civilToDayNumber(Number(endYear), 12, 31) };
}

/**
 * First and last day an event may have happened, so that every precision can be placed on one axis.
 * Month ⇒ first..last day of the month; year ⇒ 1 Jan..31 Dec; range ⇒ start..end.
 * An open-ended range (`end: null`, "on or after start") is placed at its start: endDay = startDay.
 * Throws `invalid …` for malformed dates, a missing range end, or an end before the start.
 */
export function dateSpan(date: EventDate): DaySpan {
  switch (date.precision) {
    case 'day': {
      const day = isoDayToDayNumber(date.start);
      return { startDay: day, endDay: day };
    }
    case 'month': {
      if (!isIsoMonth(date.start)) throw new Error(`invalid month: ${JSON.stringify(date.start)}`);
      const [year, month] = date.start.split('-').map(Number) as [number, number];
      return {
        startDay: civilToDayNumber(year, month, 1),
        endDay: civilToDayNumber(year, month, daysInMonth(year, month)),
      };
    }
    case 'year':
      return yearsSpan(date.start, date.start);
    case 'range': {
      const startDay = isoDayToDayNumber(date.start);
      if (date.end === undefined) throw new Error('invalid range: missing end (a date, or null when open-ended)');
      if (date.end === null) return { startDay, endDay: startDay };
      const endDay = isoDayToDayNumber(date.end);
      if (endDay < startDay) throw new Error(`invalid range: end ${date.end} is before start ${date.start}`);
      return { startDay, endDay };
    }
    default:
      throw new Error(`invalid precision: ${JSON.stringify((date as { precision: unknown }).precision)}`);
  }
}
