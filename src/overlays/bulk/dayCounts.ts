/**
 * A large import's events per day for the timeline histogram, as running counts built once in the
 * worker: a bin of any size is then two array reads on the main thread, whatever the zoom.
 */
import type { BulkColumns } from './types';

/**
 * Running counts of events per day by the midpoint of their span (the histogram's rule, see
 * calendar/bins.ts): entry k is the number of events whose midpoint day is before minDay + k.
 * With `keep`, only the records it accepts are counted (the filters, see bulkFilter.ts).
 */
export function cumulativeDayCounts(
  start: Float32Array,
  endx: Float32Array,
  minDay: number,
  maxDay: number,
  keep?: (i: number) => boolean,
): Uint32Array {
  const days = Math.max(0, maxDay - minDay);
  const cum = new Uint32Array(days + 1);
  for (let i = 0; i < start.length; i++) {
    if (keep && !keep(i)) continue;
    const mid = Math.floor((start[i]! + endx[i]! - 1) / 2) - minDay;
    if (mid >= 0 && mid < days) cum[mid + 1]!++;
  }
  for (let k = 1; k <= days; k++) cum[k]! += cum[k - 1]!;
  return cum;
}

/** Events of `c` whose midpoint day lies in [from, to) (whole days), from the running counts. */
export function countDays(c: Pick<BulkColumns, 'dayCum' | 'minDay'>, from: number, to: number): number {
  const n = c.dayCum.length - 1;
  const at = (day: number): number => c.dayCum[Math.max(0, Math.min(n, Math.floor(day) - c.minDay))]!;
  return to > from ? at(to) - at(from) : 0;
}
