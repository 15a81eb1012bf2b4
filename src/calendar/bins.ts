/** Histogram bins for the timeline: the bin size follows the visible span so bars stay readable. */
import { civilToDayNumber, dayNumberToCivil } from './dates';
import type { DaySpan } from './window';

export type BinUnit = 'day' | 'week' | 'month' | 'year';

export interface Bin {
  start: number;
  end: number;
  count: number;
}

/** Chooses a bin unit so the visible span holds roughly 20–400 bins. */
export function binUnitFor(spanDays: number): BinUnit {
  if (spanDays <= 120) return 'day';
  if (spanDays <= 900) return 'week';
  if (spanDays <= 12 * 366) return 'month';
  return 'year';
}

/** Start (day number) of the bin containing `day`. Weeks start on Monday. */
export function binStart(day: number, unit: BinUnit): number {
  const d = Math.floor(day);
  if (unit === 'day') return d;
  if (unit === 'week') return d - ((((d + 5) % 7) + 7) % 7); // 2000-01-01 was a Saturday
  const { year, month } = dayNumberToCivil(d);
  return civilToDayNumber(year, unit === 'month' ? month : 1, 1);
}

/** Start of the bin after the one starting at `start`. */
export function nextBinStart(start: number, unit: BinUnit): number {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const { year, month } = dayNumberToCivil(Math.floor(start));
  if (unit === 'year') return civilToDayNumber(year + 1, 1, 1);
  return month === 12 ? civilToDayNumber(year + 1, 1, 1) : civilToDayNumber(year, month + 1, 1);
}

/**
 * Counts events per bin over [from, to). An event counts once, in the bin of the midpoint of its
 * uncertainty span, so a "Nov 2025" event is one event, not thirty.
 */
export function histogram(events: readonly DaySpan[], from: number, to: number, unit: BinUnit): Bin[] {
  if (!(to > from)) return [];
  const bins: Bin[] = [];
  const index = new Map<number, Bin>();
  for (let s = binStart(from, unit); s < to; s = nextBinStart(s, unit)) {
    const b = { start: s, end: nextBinStart(s, unit), count: 0 };
    bins.push(b);
    index.set(s, b);
  }
  for (const e of events) {
    const mid = Math.floor((e.startDay + e.endDay) / 2);
    const b = index.get(binStart(mid, unit));
    if (b) b.count++;
  }
  return bins;
}

/**
 * Adds to each bin the events another source counts over its days (a large import's running
 * counts, see overlays/bulk/pack.ts), by the same midpoint rule. Returns the same bins.
 */
export function addBinCounts(bins: Bin[], countDays: (from: number, to: number) => number): Bin[] {
  for (const b of bins) b.count += countDays(b.start, b.end);
  return bins;
}
