/** loadEventTexts: the shipped events' texts and the posts' notes on demand — on the records on screen and the baseline; with any search. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../state/appStore';
import { splitEventTexts, splitPostTexts } from '../model/eventTexts';
import { searchFilter } from '../filters/defs/search';
import type { Dataset, FrontierEvent, Outpost } from '../model/types';

const SHIPPED = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as unknown[];
const POSTS = JSON.parse(readFileSync(new URL('../../data/outposts.json', import.meta.url), 'utf8')) as Array<{ note?: string }>;
const { core, texts } = splitEventTexts(SHIPPED);
const posts = splitPostTexts(POSTS);
/** The default view's events and posts: the first halves of the files (fields other than texts are not read here). */
const dataset = (): Dataset => ({
  sources: [],
  reportIndex: [],
  events: core as FrontierEvent[],
  phases: [],
  outposts: posts.core as Outpost[],
});
const withoutSummary = (d: Dataset | null): number => d?.events.filter((e) => e.summary === undefined).length ?? -1;
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

function storeWithData(): AppStore {
  const store = createAppStore({ start: 0, end: 100 });
  store.getState().setData(dataset(), {} as never);
  return store;
}

describe('loadEventTexts', () => {
  it('gives the texts the build split off, and puts them on the events on screen and the baseline', async () => {
    const { loadEventTexts } = await import('./loadEventTexts');
    const store = storeWithData();
    store.getState().setImports({ ...store.getState().imports, baseline: dataset() });
    expect(withoutSummary(store.getState().data.dataset)).toBe(SHIPPED.length);
    const [a, b] = await Promise.all([loadEventTexts(store), loadEventTexts(store)]);
    expect(b).toBe(a);
    expect(a).toEqual({ events: texts, posts: posts.texts });
    const shown = store.getState().data.dataset;
    expect(withoutSummary(shown)).toBe(0);
    expect(withoutSummary(store.getState().imports.baseline)).toBe(0);
    expect(shown?.events.map((e) => e.notes)).toEqual(SHIPPED.map((e) => (e as { notes?: string[] }).notes));
    expect(shown?.outposts.map((o) => o.note)).toEqual(POSTS.map((o) => o.note));
    expect(POSTS.filter((o) => o.note).length).toBeGreaterThan(0);
    await loadEventTexts(store);
    expect(store.getState().data.dataset).toBe(shown);
  });
});

describe('loadEventTextsWhenSearched', () => {
  it.each<[string, string, boolean]>([
    ['no search: nothing loads', '', false],
    ['a blank search is no search', '   ', false],
    ['a search loads them', 'Shadak', true],
  ])('%s', async (_name, query, loads) => {
    const { loadEventTextsWhenSearched } = await import('./loadEventTexts');
    const store = storeWithData();
    const stop = loadEventTextsWhenSearched(store);
    store.getState().setFilter(searchFilter, query);
    await tick();
    expect(withoutSummary(store.getState().data.dataset)).toBe(loads ? 0 : SHIPPED.length);
    stop();
  });

  it('a search already set (the URL, a briefing step) loads them at once', async () => {
    const { loadEventTextsWhenSearched } = await import('./loadEventTexts');
    const store = storeWithData();
    store.getState().setFilter(searchFilter, 'Shadak');
    const stop = loadEventTextsWhenSearched(store);
    await tick();
    expect(withoutSummary(store.getState().data.dataset)).toBe(0);
    stop();
  });
});

describe('loadLanguage', () => {
  it.each<[string, 'en' | 'ru' | 'tg', boolean]>([
    ['English needs only its strings: the titles are in the first half', 'en', false],
    ['Russian loads its strings and the translated titles', 'ru', true],
    ['Tajik too (it falls back to Russian titles)', 'tg', true],
  ])('%s', async (_name, lang, texts) => {
    const { loadLanguage } = await import('./loadEventTexts');
    const { localeLoaded } = await import('../i18n/registry');
    const store = storeWithData();
    await loadLanguage(store, lang);
    expect(localeLoaded(lang)).toBe(true);
    expect(withoutSummary(store.getState().data.dataset)).toBe(texts ? 0 : SHIPPED.length);
    if (texts) expect(store.getState().data.dataset?.events.filter((e) => e.title_ru !== undefined).length).toBeGreaterThan(0);
  });
});
