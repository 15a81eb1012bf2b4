/**
 * The bulk events of a window in time order, for the event list: a counting sort by start day over
 * the candidate ranges, so a window of a million events is ordered in one linear pass (no
 * comparison sort). Order: first possible day, then shorter spans first (span bucket), then the
 * import's sorted index — the app's chronological order as far as numbers alone can tell it.
 */
import type { TimeWindow } from '../../calendar/window';
import type { BulkColumns } from './types';
import { gpuWindow, inGpuWindow, windowRanges } from './windowRange';

/**
 * Sorted indices of the events in the window (the GPU's test), by start day then span bucket;
 * with `keep`, only the records it accepts (the filters, see bulkFilter.ts `bulkKeep`).
 */
export function bulkInWindowByTime(
  c: Pick<BulkColumns, 'start' | 'endx' | 'buckets' | 'minDay' | 'maxDay'>,
  w: TimeWindow,
  keep: (i: number) => boolean = () => true,
): Uint32Array {
  const { ws, we } = gpuWindow(w);
  const ranges = windowRanges(c.start, c.buckets, w);
  const days = Math.max(1, c.maxDay - c.minDay + 1);
  const counts = new Uint32Array(days + 1);
  let n = 0;
  for (const [lo, hi] of ranges)
    for (let i = lo; i < hi; i++)
      if (inGpuWindow(c.start[i]!, c.endx[i]!, ws, we) && keep(i)) {
        counts[c.start[i]! - c.minDay + 1]!++;
        n++;
      }
  for (let k = 1; k <= days; k++) counts[k]! += counts[k - 1]!;
  const out = new Uint32Array(n);
  // Ranges come bucket by bucket, so a stable placement keeps shorter spans first within a day.
  for (const [lo, hi] of ranges)
    for (let i = lo; i < hi; i++) if (inGpuWindow(c.start[i]!, c.endx[i]!, ws, we) && keep(i)) out[counts[c.start[i]! - c.minDay]!++] = i;
  return out;
}
