import { describe, expect, it } from 'vitest';
import KDBush from 'kdbush';
import type { ImportRecord } from '../../model/types';
import { buildColumns, mercX, mercY } from './pack';
import { allocRaw, extractRaw } from './raw';
import { lonOf, latOf, numericDetail, recordDetail, formatBulkDate } from './details';

const rec = (
  id: string,
  lon: number,
  lat: number,
  startDay: number,
  endDay: number,
  datePrecision: ImportRecord['datePrecision'] = 'day',
): ImportRecord => ({
  id,
  kind: 'incident',
  title: `Event ${id}`,
  lon,
  lat,
  startDay,
  endDay,
  datePrecision,
  locationPrecision: 'village',
  fatalities: null,
  sourceName: 'test',
  sourceText: `<b>text ${id}</b>`,
  row: 2,
});

describe('packing', () => {
  const records = [
    rec('a', 70, 37, 9000, 9000),
    rec('b', 71, 38, 8000, 8030, 'month'),
    rec('c', 69, 36.8, 8500, 8500),
    rec('d', 72, 37.5, 8000, 8000),
  ];
  const raw = allocRaw(records.length);
  extractRaw(records, 0, records.length, raw);
  const c = buildColumns(raw);

  it('sorts by (span bucket, start) and remembers each row', () => {
    expect([...c.start]).toEqual([8000, 8500, 9000, 8000]);
    expect([...c.origin]).toEqual([3, 2, 0, 1]);
    expect(c.buckets.map((b) => [b.from, b.to, b.maxSpan])).toEqual([
      [0, 3, 1],
      [3, 4, 31],
      [4, 4, 0],
      [4, 4, 0],
    ]);
    expect([...c.endx]).toEqual([8001, 8501, 9001, 8031]);
  });

  it('stores positions relative to the centre, small enough for float32 to keep them exact', () => {
    for (let i = 0; i < c.count; i++) {
      const r = records[c.origin[i]!]!;
      expect(lonOf(c.pos[2 * i]! + c.centre[0])).toBeCloseTo(r.lon, 5);
      expect(latOf(c.pos[2 * i + 1]! + c.centre[1])).toBeCloseTo(r.lat, 5);
      expect(Math.abs(c.pos[2 * i]!)).toBeLessThan(0.01);
    }
  });

  it('builds a kdbush index whose ids are sorted indices', () => {
    const idx = KDBush.from(c.index);
    const hits = idx.within(mercX(69), mercY(36.8), 1e-6);
    expect(hits).toEqual([1]);
  });

  it('resolves details from the caller’s records through the permutation', () => {
    const d = recordDetail(records, c, 3);
    expect(d).toMatchObject({ title: 'Event b', startDay: 8000, endDay: 8030, datePrecision: 'month', sourceText: '<b>text b</b>' });
    expect(numericDetail(c, 0).kind).toBe('incident');
    expect(formatBulkDate(d, 'en')).toBe('Nov 2021');
  });

  it('handles no records', () => {
    const e = buildColumns(allocRaw(0));
    expect(e.count).toBe(0);
    expect(e.buckets.every((b) => b.from === 0 && b.to === 0)).toBe(true);
  });
});
