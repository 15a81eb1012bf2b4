/**
 * The map at z5, z8 and z11 (screenshots in test-results/zoom-z*.png): every class of base
 * feature is drawn where it should be, from the geometry the map downloads at each zoom.
 */
import { describe, expect, inject, it } from 'vitest';
import { cleanLog, useAppSession, waitForIdle } from './browser';

const origin = inject('origin');
const app = useAppSession(origin);

/** Source layers of each class of base feature. */
const CLASSES: Record<string, string[]> = {
  countries: ['countries-fill', 'countries-line'],
  border: ['border-line'],
  regions: ['regions-fill', 'regions-line'],
  rivers: ['rivers-line'],
  places: ['places-dot', 'settlements-dot'],
};

/** Centre and zoom of each view: the frontier, the Panj at Khorog, and Ishkashim close up. */
const VIEWS: Array<{ zoom: number; center: [number, number]; expect: string[] }> = [
  { zoom: 5, center: [71.3, 37.7], expect: ['countries', 'border', 'regions', 'rivers', 'places'] },
  { zoom: 8, center: [71.55, 37.5], expect: ['countries', 'border', 'regions', 'rivers', 'places'] },
  { zoom: 11, center: [71.6, 36.72], expect: ['countries', 'border', 'regions', 'rivers', 'places'] },
];

describe('the map by zoom', () => {
  it.each(VIEWS)('at z$zoom draws every class of base feature', async (v) => {
    const page = app.g.page;
    await page.evaluate(({ zoom, center }) => window.__frontier!.map.jumpTo({ zoom, center }), v);
    // From z11 the map swaps in the exact lines: the screenshot waits for them, so it is the same every run.
    if (v.zoom >= 11)
      await page.waitForFunction(() =>
        window
          .__frontier!.store.getState()
          .data.geo!.border.features[0]!.geometry.coordinates.flat(2)
          .some((c) => Math.abs(c * 1e4 - Math.round(c * 1e4)) > 1e-6),
      );
    await waitForIdle(page);
    await page.screenshot({ path: `test-results/zoom-z${v.zoom}.png` });
    const drawn = await page.evaluate((classes) => {
      const map = window.__frontier!.map;
      const out: Record<string, number> = {};
      for (const [cls, layers] of Object.entries(classes)) {
        const present = layers.filter((l) => map.getLayer(l));
        out[cls] = present.length ? map.queryRenderedFeatures({ layers: present }).length : 0;
      }
      return out;
    }, CLASSES);
    for (const cls of v.expect) expect(drawn[cls], `${cls} at z${v.zoom}`).toBeGreaterThan(0);
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
