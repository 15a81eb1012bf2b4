import { describe, expect, it } from 'vitest';
import { allocRaw } from '../bulk/raw';
import { buildColumns } from '../bulk/pack';
import { countInWindow } from '../bulk/windowRange';
import { aggregateDensity, densityGeoJson } from './aggregate';

function columns(points: Array<[number, number, number]>) {
  const raw = allocRaw(points.length);
  points.forEach(([lon, lat, day], i) => {
    raw.lon[i] = lon;
    raw.lat[i] = lat;
    raw.startDay[i] = day;
    raw.endDay[i] = day;
  });
  return buildColumns(raw);
}

describe('aggregateDensity', () => {
  const c = columns([
    [70, 37, 10],
    [70.0001, 37.0001, 11], // same cell as the first
    [70, 37, 50], // same place, outside the window below
    [71.5, 37.8, 12], // another cell
  ]);

  it.each([
    [{ start: 0, end: 20 }, 3, [2, 1]],
    [{ start: 0, end: 100 }, 4, [3, 1]],
    [{ start: 11, end: 12 }, 1, [1]],
    [{ start: 60, end: 70 }, 0, []],
  ])('aggregateDensity(%o) counts %i events in cells %o, as many as the map draws', (w, total, perCell) => {
    const d = aggregateDensity(c, w);
    expect(d.total).toBe(total);
    expect(d.total).toBe(countInWindow(c, w));
    const counts = [];
    for (let k = 2; k < d.cells.length; k += 3) counts.push(d.cells[k]);
    expect(counts.sort((a, b) => b! - a!)).toEqual(perCell);
    expect(d.max).toBe(perCell[0] ?? 0);
  });

  it('with a keep mask counts only the records it keeps (the filters)', () => {
    // Sorted order is by start day here (all day-precise): keep the records of days 10 and 12.
    const keep = Uint8Array.from([...c.start].map((day) => (day === 10 || day === 12 ? 1 : 0)));
    const d = aggregateDensity(c, { start: 0, end: 100 }, undefined, keep);
    expect(d.total).toBe(2);
    expect(d.max).toBe(1);
  });

  it('puts a cell centre within a cell of its points', () => {
    const d = aggregateDensity(c, { start: 12, end: 13 });
    expect(d.cells[0]).toBeCloseTo(71.5, 1);
    expect(d.cells[1]).toBeCloseTo(37.8, 1);
  });

  it('weights cells from 0 to 1 on a log scale, the fullest at 1', () => {
    const fc = densityGeoJson(aggregateDensity(c, { start: 0, end: 100 }));
    const ws = fc.features.map((f) => f.properties.w).sort();
    expect(ws.at(-1)).toBe(1);
    expect(ws[0]).toBeCloseTo(Math.log1p(1) / Math.log1p(3), 6);
  });

  it('is empty for empty columns', () => {
    expect(aggregateDensity(columns([]), { start: 0, end: 10 })).toEqual({ cells: new Float32Array(0), max: 0, total: 0 });
  });
});
