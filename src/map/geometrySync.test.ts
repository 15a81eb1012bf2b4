/** The map's geometry sources: which they are, the zoom that asks for the exact file, and the swap when it arrives. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SourceSpecification } from 'maplibre-gl';
import { committedDataset, committedGeo } from '../overlays/testMap';
import { OVERLAYS } from '../overlays/registry';
import type { OverlayContext } from '../overlays/overlay';
import { labelPoints } from '../geo/labelPoints';
import { buildStyle } from '../style/style';
import { briefingTheme } from '../style/theme';
import { createAppStore } from '../state/appStore';
import { timelineBounds } from '../state/bounds';
import type { GeoBundle } from '../model/types';
import { EXACT_GEO_ZOOM } from '../load/exactGeo';
import type * as ExactGeo from '../load/exactGeo';
import { GEOMETRY_SOURCES, syncGeometry, type GeometryMap } from './geometrySync';

vi.mock('../load/exactGeo', async (importOriginal) => ({
  ...(await importOriginal<typeof ExactGeo>()),
  withExactGeo: vi.fn(() => Promise.resolve()),
}));
const { withExactGeo } = await import('../load/exactGeo');

/** Every source of the base style and the overlays, as the map mounts them. */
function allSources(geo: GeoBundle): Record<string, SourceSpecification> {
  const labels = labelPoints(geo);
  const store = createAppStore(timelineBounds(committedDataset()));
  store.getState().setData(committedDataset(), geo);
  const sources = { ...buildStyle(briefingTheme, geo, labels, 'en').sources } as Record<string, SourceSpecification>;
  for (const o of OVERLAYS) Object.assign(sources, o.sources({ theme: briefingTheme, geo, labels } as OverlayContext, store.getState()));
  return sources;
}

/** A map with a zoom, a `zoomend` listener and sources that record `setData`. */
function fakeMap(zoom: number, ids: readonly string[]) {
  const set: Record<string, unknown[]> = {};
  let onZoom: (() => void) | null = null;
  const map = {
    zoom,
    getZoom: () => map.zoom,
    getSource: (id: string) => (ids.includes(id) ? { setData: (d: unknown) => (set[id] ??= []).push(d) } : undefined),
    on: (_t: 'zoomend', l: () => void) => void (onZoom = l),
    off: (_t: 'zoomend', l: () => void) => void (onZoom = onZoom === l ? null : onZoom),
    zoomTo: (z: number) => {
      map.zoom = z;
      onZoom?.();
    },
    listening: () => onZoom !== null,
  };
  return { map: map satisfies GeometryMap, set };
}

afterEach(() => vi.mocked(withExactGeo).mockClear());

describe('the map geometry sync', () => {
  it('names exactly the sources whose data is a line or area collection of the geography', () => {
    const geo = committedGeo();
    const drawing = Object.entries(allSources(geo))
      .filter(
        ([, src]) => src.type === 'geojson' && (['countries', 'regions', 'border', 'rivers'] as const).some((k) => src.data === geo[k]),
      )
      .map(([id, src]) => [
        id,
        (['countries', 'regions', 'border', 'rivers'] as const).find((k) => (src as { data: unknown }).data === geo[k]),
      ]);
    expect(Object.fromEntries(drawing)).toEqual(GEOMETRY_SOURCES);
  });

  it('asks for the exact geometry once, from the threshold zoom on (at start or at a zoom end)', () => {
    const store = createAppStore({ start: 0, end: 1 });
    const { map } = fakeMap(EXACT_GEO_ZOOM - 0.01, []);
    const stop = syncGeometry(map, store, committedGeo());
    expect(withExactGeo).not.toHaveBeenCalled();
    map.zoomTo(EXACT_GEO_ZOOM);
    expect(withExactGeo).toHaveBeenCalledTimes(1);
    // Once per map: the load itself is kept (or, failed, logged) for the page.
    map.zoomTo(12);
    expect(withExactGeo).toHaveBeenCalledTimes(1);
    stop();
    expect(map.listening()).toBe(false);
    syncGeometry(fakeMap(12.5, []).map, store, committedGeo());
    expect(withExactGeo).toHaveBeenCalledTimes(2);
  });

  it('puts a new geography into every geometry source the map has, once, and stops at teardown', () => {
    const built = committedGeo();
    const store = createAppStore({ start: 0, end: 1 });
    store.getState().setData(committedDataset(), built);
    const { map, set } = fakeMap(5, Object.keys(GEOMETRY_SOURCES));
    const stop = syncGeometry(map, store, built);
    expect(set).toEqual({});
    const exact = committedGeo();
    store.getState().setGeo(exact);
    expect(set).toEqual({ countries: [exact.countries], regions: [exact.regions], border: [exact.border], rivers: [exact.rivers] });
    stop();
    store.getState().setGeo(committedGeo());
    expect(set['border']).toHaveLength(1);
  });

  it('a geography that arrived while the map loaded is put in at start', () => {
    const built = committedGeo();
    const exact = committedGeo();
    const store = createAppStore({ start: 0, end: 1 });
    store.getState().setData(committedDataset(), exact);
    const { map, set } = fakeMap(5, ['border']);
    syncGeometry(map, store, built);
    expect(set).toEqual({ border: [exact.border] });
  });
});
