/** The hatched areas are cut from the store's geography, so they follow the exact lines when those replace the light ones. */
import { describe, expect, it } from 'vitest';
import { civilToDayNumber } from '../../calendar/dates.ts';
import { mountOverlays } from '../mountOverlays.ts';
import { OVERLAYS } from '../registry.ts';
import { committedGeo, overlayFixture } from '../testMap.ts';
import { AREAS_SOURCE } from './eventLayers.ts';

type Shapes = { features: Array<{ properties: { id: string }; geometry: unknown }> };

describe('the events overlay’s hatched areas', () => {
  it('draw the areas of the window’s events from the store’s geography, and again when it is replaced', () => {
    const f = overlayFixture();
    // July 2021: province- and district-precision events (GBAO among them).
    f.store.getState().setWindow({ start: civilToDayNumber(2021, 7, 1), end: civilToDayNumber(2021, 8, 1) });
    mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    const shapes = (): Shapes => f.map.sources.get(AREAS_SOURCE)!.data as Shapes;
    const shown = shapes().features;
    expect(shown.map((s) => s.properties.id)).toContain('TJ-BK');
    const regionOf = (geo: ReturnType<typeof committedGeo>, id: string): unknown =>
      geo.regions.features.find((r) => r.properties.id === id)!.geometry;
    for (const s of shown) expect(s.geometry).toBe(regionOf(f.ctx.geo, s.properties.id));
    const exact = committedGeo();
    f.store.getState().setGeo(exact);
    expect(shapes().features.map((s) => s.properties.id)).toEqual(shown.map((s) => s.properties.id));
    for (const s of shapes().features) expect(s.geometry).toBe(regionOf(exact, s.properties.id));
  });
});
