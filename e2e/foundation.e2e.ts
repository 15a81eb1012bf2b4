/** The built page shows the frontier map offline, with the border, regions and Shadak. */
import { describe, expect, inject, it } from 'vitest';
import { useAppSession } from './browser';

const origin = inject('origin');
const app = useAppSession(origin);

describe('foundation: offline map of the frontier', () => {
  it('loads with zero console errors, zero failed responses and zero off-origin requests', () => {
    expect(app.g.errors).toEqual([]);
    expect(app.g.failed).toEqual([]);
    expect(app.g.offOrigin).toEqual([]);
  });

  it('renders the border, both Tajik regions and the Shadak label', async () => {
    await app.g.page.screenshot({ path: 'test-results/foundation.png' });
    const found = await app.g.page.evaluate(() => {
      const map = window.__frontier!.map;
      const all = map.queryRenderedFeatures();
      const ids = (layer: string): string[] => all.filter((f) => f.layer.id === layer).map((f) => String(f.properties['id']));
      return {
        border: ids('border-line'),
        regions: ids('regions-fill'),
        regionLabels: ids('regions-label'),
        riverLabels: [...ids('rivers-label-point'), ...ids('rivers-label')],
        places: [...ids('places-label'), ...ids('places-label-key')],
      };
    });
    expect(found.border).toContain('tj-af');
    expect(found.regions).toEqual(expect.arrayContaining(['TJ-KL', 'TJ-BK']));
    expect(found.places).toContain('shadak');
    // Labelled, not just drawn: both Tajik regions, the Afghan provinces in frame, the rivers.
    expect(found.regionLabels).toEqual(expect.arrayContaining(['TJ-KL', 'TJ-BK', 'AF-BD', 'AF-TK', 'AF-KZ']));
    expect(found.riverLabels).toEqual(expect.arrayContaining(['panj', 'pamir', 'vakhsh', 'amu-darya']));
    expect(found.places).toEqual(expect.arrayContaining(['dushanbe', 'kulob', 'khorugh', 'rushon', 'faizabad', 'kunduz']));
  });

  it('frames the frontier and shows the computed border length and attribution', async () => {
    const bounds = await app.g.page.evaluate(() => window.__frontier!.map.getBounds().toArray());
    const [[w, s], [e, n]] = bounds as [[number, number], [number, number]];
    expect(w).toBeLessThanOrEqual(67.8);
    expect(e).toBeGreaterThanOrEqual(74.9);
    expect(s).toBeLessThanOrEqual(36.7);
    expect(n).toBeGreaterThanOrEqual(38.5);
    const length = await app.g.page.locator('.border-length').textContent();
    expect(length).toMatch(/^1,3\d\d km as drawn · 1,344 km official$/);
    const attrib = await app.g.page.locator('.maplibregl-ctrl-attrib').textContent();
    expect(attrib).toMatch(/OpenStreetMap/);
    expect(attrib).toMatch(/GeoNames/);
    expect(attrib).toMatch(/Natural Earth/);
    await expect(app.g.page.locator('.maplibregl-ctrl-scale').count()).resolves.toBe(1);
    await expect(app.g.page.locator('.maplibregl-ctrl-zoom-in').count()).resolves.toBe(1);
  });
});
