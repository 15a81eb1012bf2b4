/** loadSourceTexts: the article texts on demand — fetched once, put on the sources in the store; a failure is retried. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../state/appStore';
import { useFetchMock } from '../testing/fetchMock';
import type { Dataset, GeoBundle, SourceDoc } from '../model/types';

const DIR = new URL('../../data/sources/', import.meta.url);
const INDEX = JSON.parse(readFileSync(new URL('index.json', DIR), 'utf8')) as SourceDoc[];
const textOf = (file: string): string => readFileSync(new URL(file, DIR), 'utf8');
const IMPORTED: SourceDoc = { ...INDEX[0]!, id: 'import:x', file: 'mine.csv', text: 'as imported' };

/** The default view's dataset: the index without texts, plus one imported source with its own. */
const dataset = (): Dataset => ({ sources: [...INDEX, IMPORTED], reportIndex: [], events: [], phases: [], outposts: [] });

function storeWithData(): AppStore {
  const store = createAppStore({ start: 0, end: 100 });
  store.getState().setData(dataset(), {} as GeoBundle);
  return store;
}

/** Answers a text's URL with that file from disk. */
const respond = (url: string): Promise<Response> => {
  const file = INDEX.find((s) => url.includes(s.file.replace('.txt', '')))?.file;
  return Promise.resolve(file ? new Response(textOf(file)) : new Response('', { status: 404 }));
};

describe('loadSourceTexts', () => {
  const fetched = useFetchMock();

  it('fetches each bundled text once and gives every source its text, an imported one keeping its own', async () => {
    const { loadSourceTexts } = await import('./sourceTexts');
    fetched.fn.mockImplementation(respond);
    const store = storeWithData();
    expect(store.getState().data.dataset?.sources.filter((s) => s.text === undefined)).toHaveLength(INDEX.length);
    const [a, b] = await Promise.all([loadSourceTexts(store), loadSourceTexts(store)]);
    expect(b).toEqual(a);
    for (const s of INDEX) expect(a.get(s.id)).toBe(textOf(s.file));
    expect(a.get('import:x')).toBe('as imported');
    expect(store.getState().data.dataset?.sources.map((s) => s.text)).toEqual([...INDEX.map((s) => textOf(s.file)), 'as imported']);
    await loadSourceTexts(storeWithData());
    expect(fetched.fn).toHaveBeenCalledTimes(INDEX.length);
  });

  it('rejects when a text cannot be fetched, leaves the sources without texts, and tries again on the next call', async () => {
    const { loadSourceTexts } = await import('./sourceTexts');
    fetched.fn.mockImplementation(() => Promise.resolve(new Response('', { status: 503 })));
    const store = storeWithData();
    await expect(loadSourceTexts(store)).rejects.toMatchObject({ message: expect.stringMatching(/HTTP 503/) as unknown });
    expect(store.getState().data.dataset?.sources.some((s) => s.text === undefined)).toBe(true);
    fetched.fn.mockImplementation(respond);
    await expect(loadSourceTexts(store)).resolves.toHaveProperty('size', INDEX.length + 1);
    expect(fetched.fn).toHaveBeenCalledTimes(2 * INDEX.length);
  });

  it('setSourceTexts also gives them to an import’s baseline, and is a no-op once both have them', async () => {
    const { loadSourceTexts } = await import('./sourceTexts');
    fetched.fn.mockImplementation(respond);
    const store = storeWithData();
    store.getState().setImports({ ...store.getState().imports, baseline: dataset() });
    await loadSourceTexts(store);
    expect(store.getState().imports.baseline?.sources[0]?.text).toBe(textOf(INDEX[0]!.file));
    const before = store.getState();
    store.getState().setSourceTexts(new Map(INDEX.map((s) => [s.file, 'other'])));
    expect(store.getState()).toBe(before);
  });
});
