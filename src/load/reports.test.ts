/** loadReports: the full reports on demand — fetched once, validated, put into the store; a failure is retried. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../state/appStore';
import { useFetchMock } from '../testing/fetchMock';
import type { Dataset, GeoBundle } from '../model/types';

const REPORTS = JSON.parse(readFileSync(new URL('../../data/reports.json', import.meta.url), 'utf8')) as Array<{ id: string }>;
const dataset = (): Dataset => ({ sources: [], reportIndex: [], events: [], phases: [], outposts: [] });

function storeWithData(): AppStore {
  const store = createAppStore({ start: 0, end: 100 });
  store.getState().setData(dataset(), {} as GeoBundle);
  return store;
}

const respond = (body: unknown, status = 200): Response => new Response(JSON.stringify(body), { status });

describe('loadReports', () => {
  const fetched = useFetchMock();

  it('fetches reports.json once, validates it and puts every report into the store', async () => {
    const { loadReports } = await import('./reports');
    fetched.fn.mockImplementation(() => Promise.resolve(respond(REPORTS)));
    const store = storeWithData();
    expect(store.getState().data.dataset?.reports).toBeUndefined();
    const [a, b] = await Promise.all([loadReports(store), loadReports(store)]);
    expect(a.map((r) => r.id)).toEqual(REPORTS.map((r) => r.id));
    expect(b).toBe(a);
    expect(store.getState().data.dataset?.reports).toBe(a);
    await loadReports(storeWithData());
    expect(fetched.fn).toHaveBeenCalledTimes(1);
    expect(fetched.fn.mock.calls[0]![0]).toMatch(/reports\.json/);
  });

  it('rejects an invalid file with the problems named, and tries again on the next call', async () => {
    const { loadReports } = await import('./reports');
    fetched.fn.mockImplementationOnce(() => Promise.resolve(respond([{ id: 'x' }])));
    const store = storeWithData();
    await expect(loadReports(store)).rejects.toMatchObject({ message: 'Cited reports are invalid' });
    expect(store.getState().data.dataset?.reports).toBeUndefined();
    fetched.fn.mockImplementationOnce(() => Promise.resolve(respond(REPORTS)));
    await expect(loadReports(store)).resolves.toHaveLength(REPORTS.length);
    expect(fetched.fn).toHaveBeenCalledTimes(2);
  });

  it('setReports also gives them to an import’s baseline, and is a no-op once both have them', async () => {
    const { loadReports } = await import('./reports');
    fetched.fn.mockImplementation(() => Promise.resolve(respond(REPORTS)));
    const store = storeWithData();
    const baseline = dataset();
    store.getState().setImports({ ...store.getState().imports, baseline });
    const reports = await loadReports(store);
    expect(store.getState().imports.baseline?.reports).toBe(reports);
    const before = store.getState();
    store.getState().setReports(reports);
    expect(store.getState()).toBe(before);
  });
});
