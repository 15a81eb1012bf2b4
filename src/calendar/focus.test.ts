import { describe, expect, it } from 'vitest';
import { focusDomain } from './focus.ts';

const bounds = { start: 0, end: 6000 };

describe('focusDomain', () => {
  it.each([
    ['a window in the middle gets a quarter of its width each side', { start: 1000, end: 1100 }, { start: 975, end: 1125 }],
    ['a one-day window shows a week', { start: 3000, end: 3001 }, { start: 2997, end: 3004 }],
    ['the whole range is the whole range', { start: 0, end: 6000 }, { start: 0, end: 6000 }],
    ['near the start: shifted inside, width kept', { start: 10, end: 110 }, { start: 0, end: 150 }],
    ['near the end: shifted inside, width kept', { start: 5950, end: 6000 }, { start: 5925, end: 6000 }],
    ['wider than the bounds with its margin: the bounds', { start: 500, end: 5500 }, { start: 0, end: 6000 }],
    ['reversed input is read in order', { start: 1100, end: 1000 }, { start: 975, end: 1125 }],
  ])('%s', (_name, w, expected) => {
    expect(focusDomain(w, bounds)).toEqual(expected);
  });

  it('always contains the window (inside the bounds)', () => {
    for (let s = 0; s < 6000; s += 397)
      for (const width of [1, 7, 30, 365, 2000]) {
        const w = { start: s, end: Math.min(6000, s + width) };
        const d = focusDomain(w, bounds);
        expect(d.start).toBeLessThanOrEqual(w.start);
        expect(d.end).toBeGreaterThanOrEqual(w.end);
        expect(d.start).toBeGreaterThanOrEqual(0);
        expect(d.end).toBeLessThanOrEqual(6000);
      }
  });
});
