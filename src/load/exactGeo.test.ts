/** loadExactGeo: the exact geography on demand — fetched once, validated, put into the store in place of the light one. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../state/appStore';
import { useFetchMock } from '../testing/fetchMock';
import type { Dataset, GeoBundle } from '../model/types';
import { GEO_FILES, GEO_LIGHT, GEO_PACKED } from '../schema/manifest';

const readData = (path: string): string => readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8');
const dataset = (): Dataset => ({ sources: [], reportIndex: [], events: [], phases: [], outposts: [] });

/** Serves the data files by name, as the build's asset URLs end with them. */
function serve(files: Record<string, string>): (url: string) => Promise<Response> {
  return (url) => {
    const name = Object.keys(files).find((f) => url.includes(f.replace(/^geo\//, '').replace(/\.json$/, '')));
    return Promise.resolve(name === undefined ? new Response('', { status: 404 }) : new Response(files[name]));
  };
}

describe('loadExactGeo', () => {
  const fetched = useFetchMock();
  let store: AppStore;
  let light: GeoBundle;
  beforeEach(async () => {
    fetched.fn.mockImplementation(serve({ [GEO_LIGHT]: readData(GEO_LIGHT), [GEO_FILES.credits]: readData(GEO_FILES.credits) }));
    light = await (await import('./fetchDefault')).fetchGeo(GEO_LIGHT);
    store = createAppStore({ start: 0, end: 100 });
    store.getState().setData(dataset(), light);
    fetched.fn.mockClear();
  });

  it('fetches the exact file once and replaces the light geometry in the store, keeping the dataset', async () => {
    const { loadExactGeo } = await import('./exactGeo');
    fetched.fn.mockImplementation(serve({ [GEO_PACKED]: readData(GEO_PACKED), [GEO_FILES.credits]: readData(GEO_FILES.credits) }));
    const shownDataset = store.getState().data.dataset;
    const [a, b] = await Promise.all([loadExactGeo(store), loadExactGeo(store)]);
    expect(b).toBe(a);
    expect(store.getState().data.geo).toBe(a);
    expect(store.getState().data.dataset).toBe(shownDataset);
    // The exact lines are the committed GeoJSON's, and differ from the light ones.
    const committed = JSON.parse(readData(GEO_FILES.border)) as GeoBundle['border'];
    expect(a.border.features[0]!.geometry).toStrictEqual(committed.features[0]!.geometry);
    expect(light.border.features[0]!.geometry).not.toStrictEqual(committed.features[0]!.geometry);
    await loadExactGeo(store);
    expect(fetched.fn.mock.calls.map(([u]) => u).filter((u) => u.includes('geo.packed'))).toHaveLength(1);
  });

  it('a failure leaves the light geometry on screen and is retried; withExactGeo logs it and resolves', async () => {
    const { loadExactGeo, withExactGeo } = await import('./exactGeo');
    fetched.fn.mockImplementation(serve({}));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(loadExactGeo(store)).rejects.toMatchObject({ message: 'geo.packed.json: HTTP 404' });
    await expect(withExactGeo(store)).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
    expect(store.getState().data.geo).toBe(light);
    fetched.fn.mockImplementation(serve({ [GEO_PACKED]: readData(GEO_PACKED), [GEO_FILES.credits]: readData(GEO_FILES.credits) }));
    const exact = await loadExactGeo(store);
    expect(store.getState().data.geo).toBe(exact);
    expect(exact).not.toBe(light);
  });

  it('an invalid exact file is named and changes nothing', async () => {
    const { loadExactGeo } = await import('./exactGeo');
    const packed = JSON.parse(readData(GEO_PACKED)) as { files: Record<string, unknown> };
    delete packed.files['border'];
    fetched.fn.mockImplementation(serve({ [GEO_PACKED]: JSON.stringify(packed), [GEO_FILES.credits]: readData(GEO_FILES.credits) }));
    await expect(loadExactGeo(store)).rejects.toMatchObject({ message: 'Geography files are invalid' });
    expect(store.getState().data.geo).toBe(light);
  });
});
