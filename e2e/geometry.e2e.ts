/**
 * Geometry by zoom: the default view downloads and draws the light lines (simplified, 1e-3°);
 * zooming in past `EXACT_GEO_ZOOM` (z8), or opening a view that measures along the border, loads the exact lines (the committed
 * GeoJSON) once, and the map then draws those. Shipped events sit where the exact lines put them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { LineString } from 'geojson';
import { lineLabelPoint } from '../src/geo/geoLookup';
import { EXACT_GEO_ZOOM, LIGHT_SCALE } from '../src/geo/packGeo';
import { cleanLog, guardedPage, launchBrowser, openApp, waitForIdle, type GuardedPage } from './browser';

const origin = inject('origin');
const committedBorder = (
  JSON.parse(readFileSync(new URL('../data/geo/border.geojson', import.meta.url), 'utf8')) as { features: Array<{ geometry: LineString }> }
).features[0]!.geometry;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records which geography files it requested. */
async function openRecorded(): Promise<{ g: GuardedPage; geoFiles: string[] }> {
  const g = await guardedPage(browser, origin);
  const geoFiles: string[] = [];
  g.page.on('request', (r) => {
    const m = /\/(geo\.(?:light|packed))[^/]*\.json/.exec(r.url());
    if (m) geoFiles.push(m[1]!);
  });
  await openApp(g, origin);
  return { g, geoFiles };
}

/** The border as the map's `border` source holds it. */
const drawnBorder = (g: GuardedPage): Promise<number[][]> =>
  g.page.evaluate(async () => {
    const src = window.__frontier!.map.getSource('border') as unknown as {
      getData(): Promise<GeoJSON.FeatureCollection<GeoJSON.LineString>>;
    };
    return (await src.getData()).features[0]!.geometry.coordinates;
  });

const onStep = (c: number, scale: number): boolean => Math.abs(c * scale - Math.round(c * scale)) < 1e-6;

describe('geometry by zoom', () => {
  it('the default view downloads only the light lines, draws them, and places border-precision events on the exact line', async () => {
    const { g, geoFiles } = await openRecorded();
    expect(geoFiles).toEqual(['geo.light']);
    const drawn = await drawnBorder(g);
    expect(drawn.length).toBeLessThan(committedBorder.coordinates.length);
    expect(drawn.flat().every((c) => onStep(c, LIGHT_SCALE))).toBe(true);
    expect(drawn).not.toEqual(committedBorder.coordinates);
    const onBorder = await g.page.evaluate(() =>
      window
        .__frontier!.store.getState()
        .data.dataset!.events.filter((e) => e.location.precision === 'border')
        .map((e) => e.geometry),
    );
    expect(onBorder.length).toBeGreaterThan(0);
    const exactPoint = lineLabelPoint(committedBorder)!;
    for (const geometry of onBorder) expect(geometry).toEqual(exactPoint);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });

  it('zoomed in past z8 the map loads the exact lines once and draws them; zooming out keeps them', async () => {
    const { g, geoFiles } = await openRecorded();
    await g.page.evaluate(() => window.__frontier!.map.jumpTo({ zoom: 8.5, center: [71.6, 36.72] }));
    await expect.poll(() => drawnBorder(g)).toEqual(committedBorder.coordinates);
    await waitForIdle(g.page);
    await g.page.evaluate(() => window.__frontier!.map.jumpTo({ zoom: 6 }));
    await waitForIdle(g.page);
    await g.page.evaluate(() => window.__frontier!.map.jumpTo({ zoom: 12 }));
    await waitForIdle(g.page);
    expect(await drawnBorder(g)).toEqual(committedBorder.coordinates);
    expect(geoFiles).toEqual(['geo.light', 'geo.packed']);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });

  it('opening the along-the-border chart loads the exact lines before it measures, at any zoom', async () => {
    const { g, geoFiles } = await openRecorded();
    expect(await g.page.evaluate(() => window.__frontier!.map.getZoom())).toBeLessThan(EXACT_GEO_ZOOM);
    await g.page.locator('[data-testid="border-chart-toggle"]').click();
    await g.page.locator('[data-testid="border-chart-svg"] g.bc-mark').first().waitFor();
    expect(geoFiles).toEqual(['geo.light', 'geo.packed']);
    const stored = await g.page.evaluate(() => window.__frontier!.store.getState().data.geo!.border.features[0]!.geometry);
    expect(stored).toEqual(committedBorder);
    expect(await drawnBorder(g)).toEqual(committedBorder.coordinates);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });
});
