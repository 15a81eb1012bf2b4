/**
 * The window a first visit opens on: the most recent months with incidents, so the map starts on
 * what happened lately rather than on a 17-year span where a week is a pixel. Pure.
 */
import { civilToDayNumber, daysInMonth, dayNumberToCivil } from './dates';
import { clampWindow, type DaySpan, type TimeWindow } from './window';

/** How many months the first window spans, ending at the last incident. */
export const RECENT_MONTHS = 6;

/** Anything with a span and a kind (events; imported records). */
export interface KindedSpan extends DaySpan {
  kind: string;
}

/** The same day of the month `months` earlier (the last day of a shorter month when it has none). */
export function monthsBefore(day: number, months: number): number {
  const { year, month, day: dom } = dayNumberToCivil(day);
  const m0 = year * 12 + (month - 1) - months;
  const y = Math.floor(m0 / 12);
  const m = m0 - y * 12 + 1;
  return civilToDayNumber(y, m, Math.min(dom, daysInMonth(y, m)));
}

/**
 * The `months` ending the day after the last incident (the last day of its uncertainty span), inside
 * `bounds`. Without incidents the last event of any kind anchors it; without events it is `bounds`.
 */
export function recentWindow(events: readonly KindedSpan[], bounds: TimeWindow, months = RECENT_MONTHS): TimeWindow {
  const lastEnd = (list: readonly KindedSpan[]): number => list.reduce((m, e) => Math.max(m, e.endDay), Number.NEGATIVE_INFINITY);
  let last = lastEnd(events.filter((e) => e.kind === 'incident'));
  if (!Number.isFinite(last)) last = lastEnd(events);
  if (!Number.isFinite(last) || months <= 0) return { ...bounds };
  const end = Math.min(bounds.end, last + 1);
  return clampWindow({ start: monthsBefore(end, months), end }, bounds);
}
