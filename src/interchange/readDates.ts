/**
 * Date readers for imported records: ISO days (`2025-02-28`) and ACLED's older `28 February 2025`,
 * months (`2025-02`) and years (`2025`). Unreal dates (2025-02-30) are not days.
 */
import { civilToDayNumber, daysInMonth, dayNumberToIsoDay, isIsoMonth, isIsoYear, isoDayToDayNumber } from '../calendar/dates';
import { show } from '../schema/messages';
import type { DatePrecision, DayNumber } from '../model/types';
import { WEEK_HALF_SPAN } from './precision';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const LONG_DAY = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/;
const DAY_EXPECTED = 'a real calendar date as YYYY-MM-DD or "D Month YYYY"';

/** One calendar day from `YYYY-MM-DD` or `D Month YYYY` (month names in English, any case, 3+ letters); undefined otherwise. */
export function readDay(text: string): DayNumber | undefined {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    try {
      return isoDayToDayNumber(s);
    } catch {
      return undefined;
    }
  }
  const m = LONG_DAY.exec(s);
  if (m) {
    const name = (m[2] ?? '').toLowerCase();
    const month = name.length >= 3 ? MONTHS.findIndex((mm) => mm.startsWith(name)) + 1 : 0;
    const [year, day] = [Number(m[3]), Number(m[1])];
    if (month > 0 && year >= 1000 && day >= 1 && day <= daysInMonth(year, month)) return civilToDayNumber(year, month, day);
  }
  return undefined;
}

/** A span, or which of the two dates is wrong and why. */
export type SpanResult = { startDay: DayNumber; endDay: DayNumber } | { wrong: 'start' | 'end'; detail: string };

const notADay = (wrong: 'start' | 'end', text: string): SpanResult => ({ wrong, detail: `expected ${DAY_EXPECTED}, got ${show(text)}` });

/** Inclusive span of a date at a precision; `end` only for ranges ('' = open-ended). */
export function readSpan(precision: DatePrecision, start: string, end: string): SpanResult {
  const s = start.trim();
  const day = readDay(s);
  switch (precision) {
    case 'day':
      return day === undefined ? notADay('start', s) : { startDay: day, endDay: day };
    case 'month': {
      if (!isIsoMonth(s) && day === undefined) return notADay('start', s);
      const ym = isIsoMonth(s) ? s : dayNumberToIsoDay(day ?? 0).slice(0, 7);
      const [y, m] = ym.split('-').map(Number) as [number, number];
      return { startDay: civilToDayNumber(y, m, 1), endDay: civilToDayNumber(y, m, daysInMonth(y, m)) };
    }
    case 'year': {
      if (!isIsoYear(s) && day === undefined) return notADay('start', s);
      const y = isIsoYear(s) ? Number(s) : Number(dayNumberToIsoDay(day ?? 0).slice(0, 4));
      return { startDay: civilToDayNumber(y, 1, 1), endDay: civilToDayNumber(y, 12, 31) };
    }
    case 'range': {
      if (day === undefined) return notADay('start', s);
      if (end.trim() === '') return { startDay: day, endDay: day };
      const last = readDay(end);
      if (last === undefined) return notADay('end', end);
      if (last < day) return { wrong: 'end', detail: `expected an end on or after ${dayNumberToIsoDay(day)}, got ${show(end)}` };
      return { startDay: day, endDay: last };
    }
  }
}

/** The seven-day span an ACLED "within a week" event is placed in (see precision.ts). */
export function weekAround(day: DayNumber): { startDay: DayNumber; endDay: DayNumber } {
  return { startDay: day - WEEK_HALF_SPAN, endDay: day + WEEK_HALF_SPAN };
}

/** Guess a precision from a date's shape when the file does not say: `YYYY` year, `YYYY-MM` month, else day. */
export function precisionFromShape(text: string): DatePrecision {
  const s = text.trim();
  return isIsoYear(s) ? 'year' : isIsoMonth(s) ? 'month' : 'day';
}
