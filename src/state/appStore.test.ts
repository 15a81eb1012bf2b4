import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from '../calendar/dates.ts';
import type { TimeWindow } from '../calendar/window.ts';
import { DEFAULT_CAMERA, createAppStore, defaultLayers, watch, type UrlState } from './appStore.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);
const bounds = (): TimeWindow => ({ start: d('2013-01-01'), end: d('2030-01-01') });

describe('createAppStore', () => {
  it('createAppStore() starts with the whole bounds as the window', () => {
    const b = bounds();
    const store = createAppStore(b);
    const s = store.getState();
    expect(s.time.bounds).toEqual(b);
    expect(s.time.window).toEqual(b);
    expect(s.time.window).not.toBe(s.time.bounds);
    expect(s.time.playing).toBe(false);
    expect(s.selection).toEqual({ selectedId: null, panelOpen: false });
    expect(s.view.camera).toEqual(DEFAULT_CAMERA);
    expect(s.view.layers).toEqual(defaultLayers());
    expect(s.view.lang).toBe('en');
    expect(s.data).toEqual({ dataset: null, geo: null, loadError: null, bulk: null, failedPart: null });
  });

  it('createAppStore() makes independent stores', () => {
    const a = createAppStore(bounds());
    const b = createAppStore(bounds());
    a.getState().setLang('ru');
    a.getState().setLayer('rivers', false);
    expect(b.getState().view.lang).toBe('en');
    expect(b.getState().view.layers.rivers).toBe(true);
  });
});

describe('setWindow', () => {
  it.each<[string, TimeWindow, TimeWindow]>([
    ['a window inside the bounds', { start: d('2025-11-28'), end: d('2025-12-06') }, { start: d('2025-11-28'), end: d('2025-12-06') }],
    ['a reversed window', { start: d('2025-12-06'), end: d('2025-11-28') }, { start: d('2025-11-28'), end: d('2025-12-06') }],
    ['a zero-width window', { start: d('2025-11-28'), end: d('2025-11-28') }, { start: d('2025-11-28'), end: d('2025-11-29') }],
    ['a window past the start', { start: d('2012-12-25'), end: d('2013-01-04') }, { start: d('2013-01-01'), end: d('2013-01-11') }],
    ['a window past the end', { start: d('2029-12-25'), end: d('2030-01-04') }, { start: d('2029-12-22'), end: d('2030-01-01') }],
    ['a window wider than the bounds', { start: d('2000-01-01'), end: d('2040-01-01') }, { start: d('2013-01-01'), end: d('2030-01-01') }],
    ['a reversed window past the end', { start: d('2031-01-01'), end: d('2029-12-01') }, { start: d('2028-12-01'), end: d('2030-01-01') }],
  ])('setWindow() clamps and repairs %s', (_name, input, expected) => {
    const store = createAppStore(bounds());
    store.getState().setWindow(input);
    expect(store.getState().time.window).toEqual(expected);
    expect(store.getState().time.bounds).toEqual(bounds());
  });
});

describe('selection', () => {
  it('select() opens the panel', () => {
    const store = createAppStore(bounds());
    store.getState().select('evt-1');
    expect(store.getState().selection).toEqual({ selectedId: 'evt-1', panelOpen: true });
  });

  it('select(id, false) selects without opening the panel', () => {
    const store = createAppStore(bounds());
    store.getState().select('evt-1', false);
    expect(store.getState().selection).toEqual({ selectedId: 'evt-1', panelOpen: false });
  });

  it('select(null) clears the selection and closes the panel', () => {
    const store = createAppStore(bounds());
    store.getState().select('evt-1');
    store.getState().select(null);
    expect(store.getState().selection).toEqual({ selectedId: null, panelOpen: false });
  });

  it('select(null, true) still keeps the panel closed', () => {
    const store = createAppStore(bounds());
    store.getState().select(null, true);
    expect(store.getState().selection.panelOpen).toBe(false);
  });

  it('closePanel() keeps the selection', () => {
    const store = createAppStore(bounds());
    store.getState().select('evt-1');
    store.getState().closePanel();
    expect(store.getState().selection).toEqual({ selectedId: 'evt-1', panelOpen: false });
  });

  it('closePanel() with nothing selected is harmless', () => {
    const store = createAppStore(bounds());
    store.getState().closePanel();
    expect(store.getState().selection).toEqual({ selectedId: null, panelOpen: false });
  });
});

describe('applyUrlState', () => {
  const url = (): UrlState => ({
    window: { start: d('2025-11-28'), end: d('2025-12-06') },
    selectedId: 'evt-2025-11-30',
    camera: { center: [70, 38], zoom: 8, bearing: 10, pitch: 20 },
    layers: { ...defaultLayers(), rivers: false, regions: false },
    lang: 'ru',
    mode: 'cumulative',
    speed: 7,
    showContext: true,
    filters: {},
  });

  it('applyUrlState() applies every field in one notification', () => {
    const store = createAppStore(bounds());
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    const u = url();
    store.getState().applyUrlState(u);
    unsubscribe();
    expect(calls).toBe(1);
    const s = store.getState();
    expect(s.time.window).toEqual(u.window);
    expect(s.time.mode).toBe('cumulative');
    expect(s.time.speed).toBe(7);
    expect(s.time.showContext).toBe(true);
    expect(s.selection).toEqual({ selectedId: 'evt-2025-11-30', panelOpen: true });
    expect(s.view.camera).toEqual(u.camera);
    expect(s.view.layers).toEqual(u.layers);
    expect(s.view.lang).toBe('ru');
  });

  it('applyUrlState() fires a multi-slice watcher once', () => {
    const store = createAppStore(bounds());
    let calls = 0;
    watch(
      store,
      (s) => [s.time, s.selection, s.view] as const,
      () => calls++,
    );
    store.getState().applyUrlState(url());
    expect(calls).toBe(1);
  });

  it.each<[string, TimeWindow, TimeWindow]>([
    ['a window past the end', { start: d('2029-12-25'), end: d('2030-01-04') }, { start: d('2029-12-22'), end: d('2030-01-01') }],
    ['a reversed window', { start: d('2025-12-06'), end: d('2025-11-28') }, { start: d('2025-11-28'), end: d('2025-12-06') }],
  ])('applyUrlState() clamps %s', (_name, window, expected) => {
    const store = createAppStore(bounds());
    store.getState().applyUrlState({ ...url(), window });
    expect(store.getState().time.window).toEqual(expected);
  });

  it('applyUrlState() with no selection closes the panel', () => {
    const store = createAppStore(bounds());
    store.getState().select('evt-1');
    store.getState().applyUrlState({ ...url(), selectedId: null });
    expect(store.getState().selection).toEqual({ selectedId: null, panelOpen: false });
  });

  it('applyUrlState() keeps playing and bounds', () => {
    const store = createAppStore(bounds());
    store.getState().setPlaying(true);
    store.getState().applyUrlState(url());
    expect(store.getState().time.playing).toBe(true);
    expect(store.getState().time.bounds).toEqual(bounds());
  });
});

describe('watch', () => {
  it('watch() fires when the watched slice changes identity', () => {
    const store = createAppStore(bounds());
    let calls = 0;
    watch(
      store,
      (s) => [s.time.window] as const,
      () => calls++,
    );
    store.getState().setWindow({ start: d('2025-01-01'), end: d('2025-02-01') });
    expect(calls).toBe(1);
    store.getState().setWindow({ start: d('2025-01-01'), end: d('2025-03-01') });
    expect(calls).toBe(2);
  });

  it.each<[string, (s: ReturnType<typeof createAppStore>) => void]>([
    ['setLang', (s) => s.getState().setLang('ru')],
    ['setLayer', (s) => s.getState().setLayer('rivers', false)],
    ['select', (s) => s.getState().select('evt-1')],
    ['closePanel', (s) => s.getState().closePanel()],
    ['setCamera', (s) => s.getState().setCamera({ center: [70, 38], zoom: 7, bearing: 0, pitch: 0 })],
    ['setLoadError', (s) => s.getState().setLoadError('boom')],
    ['setPlaying', (s) => s.getState().setPlaying(true)],
    ['setSpeed', (s) => s.getState().setSpeed(90)],
  ])('watch() on the window does not fire for %s', (_name, act) => {
    const store = createAppStore(bounds());
    let calls = 0;
    watch(
      store,
      (s) => [s.time.window] as const,
      () => calls++,
    );
    act(store);
    expect(calls).toBe(0);
  });

  it('watch() on several slices fires once per change of any of them', () => {
    const store = createAppStore(bounds());
    let calls = 0;
    watch(
      store,
      (s) => [s.view.lang, s.selection.selectedId] as const,
      () => calls++,
    );
    store.getState().setLang('ru');
    store.getState().select('evt-1');
    store.getState().setSpeed(7);
    store.getState().closePanel();
    expect(calls).toBe(2);
  });

  it('watch() does not fire when a primitive is set to the same value', () => {
    const store = createAppStore(bounds());
    let calls = 0;
    watch(
      store,
      (s) => [s.view.lang] as const,
      () => calls++,
    );
    store.getState().setLang('en');
    expect(calls).toBe(0);
  });

  it('watch() returns an unsubscribe function', () => {
    const store = createAppStore(bounds());
    let calls = 0;
    const off = watch(
      store,
      (s) => [s.view.lang] as const,
      () => calls++,
    );
    off();
    store.getState().setLang('ru');
    expect(calls).toBe(0);
  });
});
