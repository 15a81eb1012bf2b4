/** DayNumber ↔ JS Date for d3 scales (UTC), through the one calendar in dates.ts. Day 0 = 2000-01-01. */
import { civilToDayNumber } from './dates';

const DAY_MS = 86_400_000;
/** 2000-01-01 as a JS time value: day 0 is 10 957 days after the Unix epoch. */
const ORIGIN_MS = -civilToDayNumber(1970, 1, 1) * DAY_MS;

/** Day number → UTC Date (fractional days keep their time of day). */
export function dayToDate(day: number): Date {
  return new Date(ORIGIN_MS + day * DAY_MS);
}

/** UTC Date → (fractional) day number. */
export function dateToDay(d: Date): number {
  return (d.getTime() - ORIGIN_MS) / DAY_MS;
}

/** Today's (UTC) day number, e.g. to reject imported dates in the future. */
export function today(now: Date = new Date()): number {
  return Math.floor(dateToDay(now));
}
