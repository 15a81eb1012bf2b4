import { describe, expect, it } from 'vitest';
import { countInWindow, gpuWindow, lowerBound, spanClass, submittedCount, upperBound, windowRanges } from './windowRange';
import { buildColumns } from './pack';
import { allocRaw } from './raw';
import { syntheticRaw } from '../../../bench/hooks/synthetic';
import { overlaps } from '../../calendar/window';

describe('binary search', () => {
  const a = Float32Array.from([1, 2, 2, 2, 5]);
  it.each([
    [0, 0, 0],
    [2, 1, 4],
    [3, 4, 4],
    [5, 4, 5],
    [9, 5, 5],
  ])('value %d: lowerBound %d, upperBound %d', (v, lo, up) => {
    expect(lowerBound(a, v, 0, a.length)).toBe(lo);
    expect(upperBound(a, v, 0, a.length)).toBe(up);
  });
  it('empty array', () => expect(lowerBound(new Float32Array(), 3, 0, 0)).toBe(0));
});

describe('spanClass', () => {
  it.each([
    [1, 0],
    [2, 1],
    [31, 1],
    [366, 2],
    [367, 3],
    [5000, 3],
  ])('a span of %d days is bucket %d', (span, b) => expect(spanClass(span)).toBe(b));
});

/** Brute force with the app's own overlap rule. */
const brute = (raw: ReturnType<typeof syntheticRaw>, w: { start: number; end: number }): number => {
  let n = 0;
  for (let i = 0; i < raw.count; i++) if (overlaps({ startDay: raw.startDay[i]!, endDay: raw.endDay[i]! }, w)) n++;
  return n;
};

describe('window → index ranges', () => {
  const raw = syntheticRaw(20_000, 3);
  const cols = buildColumns(raw);

  it.each([
    ['an eighth of the range', { start: 6000, end: 6775 }],
    ['one day', { start: 8000, end: 8001 }],
    ['a fractional window while dragging', { start: 7000.4, end: 7030.7 }],
    ['before every event', { start: 0, end: 100 }],
    ['after every event', { start: 20_000, end: 20_100 }],
    ['everything', { start: 0, end: 20_000 }],
  ])('%s: the CPU count matches the overlap rule of src/time/window.ts', (_n, w) => {
    expect(countInWindow(cols, w)).toBe(brute(raw, w));
  });

  it('the ranges never draw more than needed for day-precise events and stay inside their buckets', () => {
    const w = { start: 6000, end: 6775 };
    const ranges = windowRanges(cols.start, cols.buckets, w);
    for (const [lo, hi] of ranges) expect(cols.buckets.some((b) => lo >= b.from && hi <= b.to)).toBe(true);
    const dayBucket = cols.buckets[0]!;
    const [lo, hi] = ranges.find(([l]) => l >= dayBucket.from && l < dayBucket.to)!;
    const { ws, we } = gpuWindow(w);
    for (let i = lo; i < hi; i++) expect(cols.start[i]! < we && cols.endx[i]! > ws).toBe(true);
    expect(submittedCount(ranges)).toBeLessThan(cols.count / 3);
  });

  it('uses Math.fround: a window edge between two float32 values counts like the GPU', () => {
    // 8000.000001 rounds to 8000 in float32: an event ending (exclusive) at 8000 is then outside.
    const one = allocRaw(2);
    one.startDay.set([7999, 8000]);
    one.endDay.set([7999, 8000]);
    const c = buildColumns(one);
    expect(countInWindow(c, { start: 8000.000001, end: 8001 })).toBe(1);
    expect(countInWindow(c, { start: 7999.5, end: 8000.0000001 })).toBe(1);
  });

  it('an empty set has no ranges', () => {
    const c = buildColumns(allocRaw(0));
    expect(windowRanges(c.start, c.buckets, { start: 0, end: 1e5 })).toEqual([]);
    expect(countInWindow(c, { start: 0, end: 1e5 })).toBe(0);
  });
});
