import { describe, expect, it } from 'vitest';
import { exportPixelSize, exportZoom, metresPerPixel, scaleBar, slideLayout } from './exportLayout';

describe('exportPixelSize', () => {
  const screen = { width: 980, height: 560 };
  it.each([
    ['screen', 980, 560],
    ['2x', 1960, 1120],
    ['slide', 1920, 1080],
    ['a4', 3508, 2480],
  ] as const)('%s → %i × %i', (id, w, h) => expect(exportPixelSize(id, screen)).toEqual({ width: w, height: h }));
});

describe('slideLayout', () => {
  it.each([[{ width: 1920, height: 1080 }], [{ width: 3508, height: 2480 }], [{ width: 640, height: 400 }], [{ width: 300, height: 900 }]])(
    'regions fit inside %j and do not overlap',
    (size) => {
      const L = slideLayout(size);
      for (const r of [L.title, L.map, L.legend, L.footer]) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(size.width);
        expect(r.y + r.height).toBeLessThanOrEqual(size.height);
        expect(r.width).toBeGreaterThan(0);
      }
      expect(L.map.x + L.map.width).toBeLessThanOrEqual(L.legend.x);
      expect(L.title.y + L.title.height).toBeLessThanOrEqual(L.map.y);
      expect(L.map.y + L.map.height).toBeLessThanOrEqual(L.footer.y);
    },
  );
  it('a taller title band for step text leaves the regions in order', () => {
    const L = slideLayout({ width: 1920, height: 1080 }, 4);
    expect(L.title.height).toBe(112 + 108);
    expect(L.title.y + L.title.height).toBeLessThanOrEqual(L.map.y);
    expect(L.map.y + L.map.height).toBeLessThanOrEqual(L.footer.y);
    expect(L.map.height).toBeGreaterThan(500);
  });
  it('scales type with the image: A4 at 300 dpi is about twice the slide', () => {
    expect(slideLayout({ width: 1920, height: 1080 }).scale).toBe(1);
    expect(slideLayout({ width: 3508, height: 2480 }).scale).toBeCloseTo(2.05, 1);
  });
});

describe('exportZoom', () => {
  it('keeps the zoom for the same CSS size and adds one level for twice the size', () => {
    expect(exportZoom(7, { width: 800, height: 600 }, { width: 800, height: 600 }, 1)).toBe(7);
    expect(exportZoom(7, { width: 800, height: 600 }, { width: 1600, height: 1200 }, 1)).toBe(8);
    // The same area at pixel ratio 2 is the same CSS size: the same zoom.
    expect(exportZoom(7, { width: 800, height: 600 }, { width: 1600, height: 1200 }, 2)).toBe(7);
  });
  it('fits the tighter dimension', () => {
    expect(exportZoom(7, { width: 800, height: 600 }, { width: 1600, height: 600 }, 1)).toBe(7);
  });
});

describe('scale bar', () => {
  it('metres per pixel halves per zoom level', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(38, 7) / metresPerPixel(38, 8)).toBeCloseTo(2, 10);
  });
  it.each([
    [100, 200, 20_000, '20 km', 200],
    [100, 150, 10_000, '10 km', 100],
    [100, 99, 5_000, '5 km', 50],
    [1, 260, 200, '200 m', 200],
    [37, 260, 5_000, '5 km', 5000 / 37],
  ])('%f m/px in %i px → %i m', (mpp, max, metres, label, px) => {
    const s = scaleBar(mpp, max);
    expect(s.metres).toBe(metres);
    expect(s.label).toBe(label);
    expect(s.px).toBeCloseTo(px, 6);
    expect(s.px).toBeLessThanOrEqual(max);
  });
  it('is empty for degenerate input', () => {
    expect(scaleBar(0, 100).px).toBe(0);
    expect(scaleBar(Number.NaN, 100).px).toBe(0);
  });
});
