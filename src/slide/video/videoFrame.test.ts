import { describe, expect, it } from 'vitest';
import { dayX, videoLayout } from './videoFrame';

describe('videoLayout', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
    [854, 480],
  ])('%i × %i: header, map, timeline and footer stack from top to bottom inside the frame', (width, height) => {
    const L = videoLayout({ width, height });
    expect(L.header.y).toBe(0);
    expect(L.map.y).toBe(L.header.height);
    expect(L.map.y + L.map.height).toBeLessThanOrEqual(L.timeline.y);
    expect(L.timeline.y + L.timeline.height).toBeLessThanOrEqual(L.footer.y);
    expect(L.footer.y + L.footer.height).toBeLessThanOrEqual(height);
    expect(L.map.height / height).toBeGreaterThan(0.7);
  });
});

describe('dayX', () => {
  const r = { x: 10, y: 0, width: 100, height: 10 };
  it.each([
    [0, 10],
    [50, 60],
    [100, 110],
  ])('day %i → x %i', (day, x) => expect(dayX(day, { start: 0, end: 100 }, r)).toBe(x));
  it('an empty span does not divide by zero', () => expect(dayX(5, { start: 5, end: 5 }, r)).toBe(10));
});
