/** The import session keeps what is imported in the store's `imports` slice and restores the default set. */
import { NO_MEASURE } from '../geo/borderMeasure.ts';
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../state/appStore';
import type { Dataset, FrontierEvent, GeoBundle, ImportRecord } from '../model/types';
import { civilToDayNumber } from '../calendar/dates';
import { createImportSession } from './importSession';

const day = (y: number, m: number, d: number): number => civilToDayNumber(y, m, d);
const empty = <T>(): { type: 'FeatureCollection'; features: T[] } => ({ type: 'FeatureCollection', features: [] });
const geo = (): GeoBundle => ({
  border: empty(),
  regions: empty(),
  countries: empty(),
  rivers: empty(),
  places: empty(),
  settlements: empty(),
  districts: empty(),
  credits: [],
});

function curated(id: string): FrontierEvent {
  return {
    id,
    kind: 'incident',
    title: id,
    summary: '',
    date: { start: '2025-11-30', precision: 'day' },
    location: { precision: 'none', asReported: '' },
    sources: [],
    startDay: day(2025, 11, 30),
    endDay: day(2025, 11, 30),
    geometry: null,
    areaRef: null,
    border: NO_MEASURE,
  };
}

function record(id: string): ImportRecord {
  return {
    id,
    kind: 'incident',
    title: `Imported ${id}`,
    lon: 71.55,
    lat: 37.66,
    startDay: day(2025, 12, 1),
    endDay: day(2025, 12, 1),
    datePrecision: 'day',
    locationPrecision: 'point',
    fatalities: null,
    sourceName: 'Test',
    sourceText: `Text of ${id}`,
    row: 2,
  };
}

function setup(): { store: AppStore; baseline: Dataset } {
  const store = createAppStore({ start: day(2013, 1, 1), end: day(2030, 1, 1) });
  const baseline: Dataset = { sources: [], reportIndex: [], events: [curated('a'), curated('b')], phases: [], outposts: [] };
  store.getState().setData(baseline, geo());
  return { store, baseline };
}

const ids = (store: AppStore): string[] => (store.getState().data.dataset?.events ?? []).map((e) => e.id).sort();

describe('createImportSession', () => {
  it('apply(join) adds the records as events, skips clashing ids, and records the import in the store', async () => {
    const { store, baseline } = setup();
    const session = createImportSession(store);
    const a = await session.apply([record('a'), record('x'), record('y')], 'f.csv', 'join');
    expect(ids(store)).toEqual(['a', 'b', 'x', 'y']);
    expect(a).toMatchObject({ name: 'f.csv', mode: 'join', bulk: false, clashes: 1 });
    expect(store.getState().imports.active).toBe(a);
    expect(store.getState().imports.baseline).toBe(baseline);
    expect([...session.importedById().keys()]).toEqual(['x', 'y']);
    expect(session.current()).toBe(a);
  });

  it('apply(replace) shows only the records; remove() restores the default set as it was', async () => {
    const { store, baseline } = setup();
    const session = createImportSession(store);
    await session.apply([record('x')], 'f.csv', 'replace');
    expect(ids(store)).toEqual(['x']);
    session.remove();
    expect(store.getState().data.dataset).toBe(baseline);
    expect(store.getState().imports).toMatchObject({ active: null, baseline });
    expect(session.importedById().size).toBe(0);
  });

  it('a second import replaces the first, never stacking on it', async () => {
    const { store } = setup();
    const session = createImportSession(store);
    await session.apply([record('x')], 'one.csv', 'join');
    await session.apply([record('y')], 'two.csv', 'join');
    expect(ids(store)).toEqual(['a', 'b', 'y']);
    expect(session.current()?.name).toBe('two.csv');
  });

  it('subscribers hear of each change of the import on screen, and the window spans the records', async () => {
    const { store } = setup();
    const session = createImportSession(store);
    let calls = 0;
    const stop = session.subscribe(() => (calls += 1));
    await session.apply([record('x')], 'f.csv', 'join');
    expect(calls).toBe(1);
    expect(store.getState().time.window).toEqual({ start: day(2025, 12, 1), end: day(2025, 12, 2) });
    session.remove();
    expect(calls).toBe(2);
    stop();
    await session.apply([record('x')], 'f.csv', 'join');
    expect(calls).toBe(2);
  });

  it('the state belongs to the store: a second session on the same store sees the import, another store does not', async () => {
    const { store } = setup();
    await createImportSession(store).apply([record('x')], 'f.csv', 'join');
    expect(createImportSession(store).current()?.name).toBe('f.csv');
    expect(createImportSession(setup().store).current()).toBeNull();
  });

  it('an aborted apply fails and changes nothing: the import on screen and the data stay as they were', async () => {
    const { store } = setup();
    const session = createImportSession(store);
    const first = await session.apply([record('x')], 'one.csv', 'join');
    const before = store.getState().data.dataset;
    const abort = new AbortController();
    abort.abort(new Error('cancelled'));
    await expect(session.apply([record('y')], 'two.csv', 'replace', abort.signal)).rejects.toThrow('cancelled');
    expect(store.getState().data.dataset).toBe(before);
    expect(session.current()).toBe(first);
    expect(ids(store)).toEqual(['a', 'b', 'x']);
  });
});
