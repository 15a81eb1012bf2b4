/**
 * PNG export: every size choice downloads a PNG of exactly the requested pixel size, with
 * map content, a title band and a legend column (the images are kept in test-results/ to look at).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanLog, useAppSession } from './browser';
import { exportPixelSize, slideLayout, type ExportSizeId, type Rect } from '../src/slide/exportLayout';

const origin = inject('origin');
const app = useAppSession(origin, '/?from=2025-11-01&to=2025-12-31&sel=shadak-attack&cam=70.6,38.0,7.2');

/** Width and height from the PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Per region: share of non-white pixels and number of distinct (quantised) colours, decoded in the page. */
function inkStats(page: Page, b64: string, rects: Rect[]): Promise<Array<{ ink: number; colours: number }>> {
  return page.evaluate(
    async ([data, rs]) => {
      const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return rs.map((r) => {
        const d = ctx.getImageData(
          Math.round(r.x),
          Math.round(r.y),
          Math.max(1, Math.round(r.width)),
          Math.max(1, Math.round(r.height)),
        ).data;
        let ink = 0;
        const colours = new Set<number>();
        for (let i = 0; i < d.length; i += 4 * 7) {
          const [red, gr, bl] = [d[i]!, d[i + 1]!, d[i + 2]!];
          if (red + gr + bl < 762) ink++;
          colours.add(((red >> 4) << 8) | ((gr >> 4) << 4) | (bl >> 4));
        }
        return { ink: ink / (d.length / 28), colours: colours.size };
      });
    },
    [b64, rects] as const,
  );
}

async function exportAs(size: ExportSizeId): Promise<Buffer> {
  await app.g.page.locator('[data-testid="png-export-button"]').click();
  await app.g.page.locator(`[data-testid="png-export-size-${size}"]`).check();
  const [dl] = await Promise.all([
    app.g.page.waitForEvent('download', { timeout: 90_000 }),
    app.g.page.locator('[data-testid="png-export-go"]').click(),
  ]);
  const path = `test-results/export-${size}.png`;
  await dl.saveAs(path);
  await app.g.page.locator('[data-testid="png-export-dialog"] .panel-close').click();
  return readFileSync(path);
}

describe('PNG export', () => {
  it('the dialog offers every size and defaults the title to the selected event', async () => {
    await app.g.page.locator('[data-testid="png-export-button"]').click();
    await expect(app.g.page.locator('[data-testid="png-export-title"]').inputValue()).resolves.toBe(
      'Attack from Afghanistan kills two Chinese road workers at Shodak (Shadak), Darvaz district',
    );
    await expect(app.g.page.locator('input[name="png-export-size"]').count()).resolves.toBe(4);
    await app.g.page.locator('[data-testid="png-export-dialog"] .panel-close').click();
  });

  it.each(['screen', '2x', 'slide', 'a4'] as const)(
    '%s: the PNG has the requested pixel size, map content, a title and a legend',
    async (size) => {
      const screen = await app.g.page.evaluate(() => {
        const c = window.__frontier!.map.getContainer();
        return { width: c.clientWidth, height: c.clientHeight };
      });
      const want = exportPixelSize(size, screen);
      if (size === 'slide') expect(want).toEqual({ width: 1920, height: 1080 });
      if (size === 'a4') expect(want).toEqual({ width: 3508, height: 2480 });
      const png = await exportAs(size);
      expect(pngSize(png)).toEqual(want);
      const L = slideLayout(want);
      const [map, title, legend, footer] = await inkStats(app.g.page, png.toString('base64'), [L.map, L.title, L.legend, L.footer]);
      // The map is drawn (many colours, mostly non-white), and title, legend and footer carry ink.
      expect(map!.colours).toBeGreaterThan(20);
      expect(map!.ink).toBeGreaterThan(0.3);
      expect(title!.ink).toBeGreaterThan(0.01);
      expect(legend!.ink).toBeGreaterThan(0.01);
      expect(legend!.colours).toBeGreaterThan(5); // coloured symbols, not only text
      expect(footer!.ink).toBeGreaterThan(0.003);
      await expect(app.g.page.locator('[data-testid="png-export-status"]').getAttribute('data-width')).resolves.toBe(String(want.width));
    },
  );

  it('the four exports drew with one hidden map, kept for the next export with its canvas shrunk', async () => {
    const hidden = await app.g.page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('canvas.maplibregl-canvas')]
        .filter((c) => c !== window.__frontier!.map.getCanvas())
        .map((c) => ({ width: c.width, height: c.height })),
    );
    // Kept (its shader programs stay linked), but no 3508 × 2480 drawing buffer held between exports.
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.width * hidden[0]!.height).toBeLessThanOrEqual(64 * 64);
  });

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
