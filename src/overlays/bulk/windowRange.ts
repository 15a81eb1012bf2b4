/**
 * Window → index ranges over the sorted bulk columns, and the CPU twin of the GPU window test.
 *
 * Rule (the same as `overlaps()` in src/time/window.ts): an event is in the window [ws, we) when its
 * uncertainty span [startDay, endDay + 1) overlaps it, i.e. `start < we && endx > ws`.
 *
 * Events are sorted by (span bucket, start). Inside a bucket every span is ≤ `maxSpan`, so the
 * events that can overlap the window are exactly those with `ws − maxSpan < start < we`: two binary
 * searches per bucket. Day-precise events (span 1) are exact; for month/year/range buckets the
 * range can include a few events whose span ends before `ws`, and the vertex shader drops them with
 * the same test. Buckets keep a year-precise event from widening the day-precise range.
 *
 * The GPU compares float32 values; window bounds are rounded with `Math.fround` here so CPU counts
 * (clicks, tests) agree with what is drawn.
 */
import type { BulkColumns, SpanBucket } from './types';
import type { TimeWindow } from '../../calendar/window';

/** Upper bounds of the span buckets in days (span = endDay + 1 − startDay). */
export const SPAN_CLASSES: readonly number[] = [1, 31, 366, Number.POSITIVE_INFINITY];

/** Bucket of a span in days: 0 = one day, 1 = up to a month, 2 = up to a year, 3 = longer. */
export function spanClass(spanDays: number): number {
  for (let i = 0; i < SPAN_CLASSES.length; i++) if (spanDays <= SPAN_CLASSES[i]!) return i;
  return SPAN_CLASSES.length - 1;
}

/** First index in [lo, hi) with `a[i] >= v` (hi if none). */
export function lowerBound(a: Float32Array, v: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [lo, hi) with `a[i] > v` (hi if none). */
export function upperBound(a: Float32Array, v: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The window as the GPU sees it (float32). */
export function gpuWindow(w: TimeWindow): { ws: number; we: number } {
  return { ws: Math.fround(w.start), we: Math.fround(w.end) };
}

/** Index ranges [from, to) that may hold in-window events, one per non-empty bucket. */
export function windowRanges(start: Float32Array, buckets: readonly SpanBucket[], w: TimeWindow): Array<[number, number]> {
  const { ws, we } = gpuWindow(w);
  const out: Array<[number, number]> = [];
  for (const b of buckets) {
    if (b.to <= b.from) continue;
    const lo = upperBound(start, ws - b.maxSpan, b.from, b.to);
    const hi = lowerBound(start, we, lo, b.to);
    if (hi > lo) out.push([lo, hi]);
  }
  return out;
}

/** The GPU's test on float32 columns and a float32 window. */
export function inGpuWindow(start: number, endx: number, ws: number, we: number): boolean {
  return start < we && endx > ws;
}

/** Number of events the GPU shows as in-window (scans only the candidate ranges). */
export function countInWindow(c: Pick<BulkColumns, 'start' | 'endx' | 'buckets'>, w: TimeWindow): number {
  const { ws, we } = gpuWindow(w);
  let n = 0;
  for (const [lo, hi] of windowRanges(c.start, c.buckets, w))
    for (let i = lo; i < hi; i++) if (inGpuWindow(c.start[i]!, c.endx[i]!, ws, we)) n++;
  return n;
}

/** Vertices submitted for a window (the sum of the range lengths). */
export function submittedCount(ranges: ReadonlyArray<readonly [number, number]>): number {
  let n = 0;
  for (const [lo, hi] of ranges) n += hi - lo;
  return n;
}
