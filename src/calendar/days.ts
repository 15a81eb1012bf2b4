/** DayNumber ↔ JS Date for d3 scales (UTC). Day 0 = 2000-01-01. */
const DAY_MS = 86_400_000;
const ORIGIN_MS = Date.UTC(2000, 0, 1);

/** Day number → UTC Date (fractional days keep their time of day). */
export function dayToDate(day: number): Date {
  return new Date(ORIGIN_MS + day * DAY_MS);
}

/** UTC Date → (fractional) day number. */
export function dateToDay(d: Date): number {
  return (d.getTime() - ORIGIN_MS) / DAY_MS;
}
