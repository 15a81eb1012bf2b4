import { describe, expect, it } from 'vitest';
import { SYNTHETIC_FRAME, syntheticRaw, syntheticRecords } from './synthetic';
import { civilToDayNumber } from '../../src/calendar/dates';

describe('synthetic events', { timeout: 30_000 }, () => {
  it('the same seed gives the same events; another seed does not', () => {
    const a = syntheticRaw(5000, 42);
    const b = syntheticRaw(5000, 42);
    const c = syntheticRaw(5000, 43);
    expect(a.lon).toEqual(b.lon);
    expect(a.startDay).toEqual(b.startDay);
    expect(a.kind).toEqual(b.kind);
    expect(a.lon).not.toEqual(c.lon);
  });

  it('stays inside the frontier frame and 2013–2029, with a precision mix', () => {
    const r = syntheticRaw(20_000, 1);
    const f = SYNTHETIC_FRAME;
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < r.count; i++) {
      expect(r.lon[i]).toBeGreaterThanOrEqual(f.west);
      expect(r.lon[i]).toBeLessThanOrEqual(f.east);
      expect(r.lat[i]).toBeGreaterThanOrEqual(f.south);
      expect(r.lat[i]).toBeLessThanOrEqual(f.north);
      expect(r.startDay[i]).toBeGreaterThanOrEqual(civilToDayNumber(2013, 1, 1));
      expect(r.endDay[i]).toBeLessThanOrEqual(civilToDayNumber(2029, 12, 31));
      expect(r.endDay[i]).toBeGreaterThanOrEqual(r.startDay[i]!);
      counts[r.datePrecision[i]!]!++;
    }
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts[0]! / r.count).toBeGreaterThan(0.6);
  });

  it('records match the raw columns', () => {
    const recs = syntheticRecords(100, 9);
    const raw = syntheticRaw(100, 9);
    expect(recs[5]).toMatchObject({
      lon: raw.lon[5],
      startDay: raw.startDay[5],
      id: 'syn-9-6',
      title: expect.stringMatching(/^Synthetic .* #6$/),
    });
  });
});
