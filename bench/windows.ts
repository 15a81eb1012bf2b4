/** The window changes every bench row replays: the same seeded positions on both sides of a comparison. */
import type { TimeWindow } from '../src/calendar/window';
import { mulberry32 } from './hooks/synthetic';

/** The seed of the synthetic data and of the window positions. */
export const SEED = 42;

/** `n` windows of 1/8 of the timeline at seeded random positions. */
export function windows(bounds: TimeWindow, n: number): TimeWindow[] {
  const rnd = mulberry32(SEED);
  const width = Math.floor((bounds.end - bounds.start) / 8);
  return Array.from({ length: n }, () => {
    const start = bounds.start + Math.floor(rnd() * (bounds.end - bounds.start - width));
    return { start, end: start + width };
  });
}
