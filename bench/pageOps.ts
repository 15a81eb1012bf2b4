/**
 * What the benchmark does inside the page. Every time is taken with `performance.now()` in the
 * page, from the window change to the map's `idle` after it, and each sample checks that the
 * finished frame is the one for the requested window (layer stats / the layer's filter).
 */
import type { Page } from 'playwright-core';
import type { TimeWindow } from '../src/calendar/window';
import type { NaiveBaseline } from './hooks/naiveBaseline';

type NaiveWindow = Window & { __naive?: NaiveBaseline };

export interface ScrubSample {
  /** Window change → the first frame that shows the bulk data for it. */
  ms: number;
  /** Window change → the map's idle (every overlay, curated events included, settled). */
  idleMs: number;
  /** Synchronous JS of the store update (every subscriber: timeline, list, layers). */
  syncMs: number;
  /** JS time of our layer's render call in the finished frame. */
  layerMs: number;
  submitted: number;
  ok: boolean;
}

/** One window change on our layer, to the finished frame. */
export function scrubOurs(page: Page, w: TimeWindow): Promise<ScrubSample> {
  return page.evaluate(async (win) => {
    const f = window.__frontier!;
    const layer = (await f.bulk!()).bulkLayerOf(f.store)!;
    const shows = (): boolean => {
      const w = layer.stats().window;
      return !!w && w.start === win.start && w.end === win.end;
    };
    // The frame that shows the window: the first rendered frame in which our layer drew it.
    let frameAt = 0;
    const onRender = (): void => {
      if (!frameAt && shows()) frameAt = performance.now();
    };
    f.map.on('render', onRender);
    const idle = new Promise((r) => f.map.once('idle', r));
    const t0 = performance.now();
    f.store.getState().setWindow(win);
    const t1 = performance.now();
    await idle;
    const t2 = performance.now();
    f.map.off('render', onRender);
    const st = layer.stats();
    return {
      ms: (frameAt || t2) - t0,
      idleMs: t2 - t0,
      syncMs: t1 - t0,
      layerMs: st.renderMs,
      submitted: st.submitted,
      ok: frameAt > 0 && shows(),
    };
  }, w);
}

export interface FilterSample {
  /** Filter change → the first frame our layer drew with the new filter values. */
  ms: number;
  /** Filter change → the map's idle. */
  idleMs: number;
  /** Synchronous JS of the store update (list, timeline, readout, curated overlay, URL). */
  syncMs: number;
  /** Match-mask uploads the change caused (0 for numeric filters: only uniforms change). */
  maskUploads: number;
  ok: boolean;
}

/**
 * One filter change on our layer (filters given by URL parameter, e.g. `{ kind: 'incident' }`),
 * to the first frame drawn with it: measured like a window change, beside it.
 */
export function filterChangeOurs(page: Page, params: Record<string, string>): Promise<FilterSample> {
  return page.evaluate(async (p) => {
    const f = window.__frontier!;
    const api = await f.bulk!();
    const layer = api.bulkLayerOf(f.store)!;
    const values = api.filtersFromParams(p);
    let frameAt = 0;
    const onRender = (): void => {
      if (!frameAt && layer.stats().filters === f.store.getState().filters) frameAt = performance.now();
    };
    const uploads0 = layer.stats().maskUploads;
    f.map.on('render', onRender);
    const idle = new Promise((r) => f.map.once('idle', r));
    const t0 = performance.now();
    f.store.getState().setFilters(values);
    const t1 = performance.now();
    await idle;
    const t2 = performance.now();
    f.map.off('render', onRender);
    const st = layer.stats();
    return {
      ms: (frameAt || t2) - t0,
      idleMs: t2 - t0,
      syncMs: t1 - t0,
      maskUploads: st.maskUploads - uploads0,
      ok: frameAt > 0 && st.filters === f.store.getState().filters,
    };
  }, params);
}

/** One window change on the naive baseline (store + setFilter), to the finished frame. */
export function scrubNaive(page: Page, w: TimeWindow): Promise<ScrubSample> {
  return page.evaluate(async (win) => {
    const f = window.__frontier!;
    const naive = (window as NaiveWindow).__naive!;
    const idle = new Promise((r) => f.map.once('idle', r));
    const t0 = performance.now();
    f.store.getState().setWindow(win);
    naive.setWindow(win);
    const t1 = performance.now();
    await idle;
    const t2 = performance.now();
    const filter = JSON.stringify(f.map.getFilter('naive-bulk-points'));
    const ok = filter.includes(String(win.end)) && filter.includes(String(win.start)) && f.map.areTilesLoaded();
    // The baseline's data is only right once its tiles are re-filtered, i.e. at idle.
    return { ms: t2 - t0, idleMs: t2 - t0, syncMs: t1 - t0, layerMs: 0, submitted: 0, ok };
  }, w);
}

/** A repaint with nothing changed; `hideBulk` hides our layer first (the empty-map repaint). */
export function repaint(page: Page, hideBulk: boolean): Promise<number> {
  return page.evaluate(async (hide) => {
    const map = window.__frontier!.map;
    if (map.getLayer('bulk-points')) map.setLayoutProperty('bulk-points', 'visibility', hide ? 'none' : 'visible');
    if (hide) await new Promise((r) => (map.once('idle', r), map.triggerRepaint()));
    const idle = new Promise((r) => map.once('idle', r));
    const t0 = performance.now();
    map.triggerRepaint();
    await idle;
    const ms = performance.now() - t0;
    if (hide && map.getLayer('bulk-points')) {
      map.setLayoutProperty('bulk-points', 'visibility', 'visible');
      await new Promise((r) => (map.once('idle', r), map.triggerRepaint()));
    }
    return ms;
  }, hideBulk);
}

export interface LoadResult {
  /** Call → first frame with the data, then idle. */
  ms: number;
  workerMs: number;
  /** Longest main-thread task while loading (responsiveness). */
  maxLongTaskMs: number;
  longTasks: number;
  gpuBytes: number;
}

/** Loads `count` synthetic events through the worker path and waits for the first frame. */
export function loadOurs(page: Page, count: number, seed: number): Promise<LoadResult> {
  return page.evaluate(
    async ([n, s]) => {
      const f = window.__frontier!;
      const api = await f.bulk!();
      const tasks: number[] = [];
      const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
      obs.observe({ type: 'longtask', buffered: false });
      const t0 = performance.now();
      const t = await api.loadSynthetic(f.store, n, s);
      for (;;) {
        const layer = api.bulkLayerOf(f.store);
        if (layer && layer.stats().frames > 0) break;
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => (f.map.once('idle', r), f.map.triggerRepaint()));
      const ms = performance.now() - t0;
      obs.disconnect();
      return {
        ms,
        workerMs: t.worker,
        maxLongTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.length,
        gpuBytes: api.bulkLayerOf(f.store)!.stats().gpuBytes,
      };
    },
    [count, seed] as const,
  );
}

/** Adds the naive GeoJSON baseline; resolves with its load time (call → source loaded, idle). */
export function loadNaive(page: Page, count: number, seed: number, w: TimeWindow): Promise<number> {
  return page.evaluate(
    async ([n, s, win]) => {
      const f = window.__frontier!;
      const api = await f.bulk!();
      const t0 = performance.now();
      (window as NaiveWindow).__naive = await api.addNaiveBaseline(f.map, n, s, win);
      return performance.now() - t0;
    },
    [count, seed, w] as const,
  );
}

/** Plays for `seconds` in moving-window mode; frames of our layer per second of wall time. */
export function playbackFps(page: Page, w: TimeWindow, seconds: number): Promise<number> {
  return page.evaluate(
    async ([win, secs]) => {
      const f = window.__frontier!;
      const layer = (await f.bulk!()).bulkLayerOf(f.store)!;
      const st = f.store.getState();
      st.setMode('window');
      st.setSpeed(90);
      st.setWindow(win);
      await new Promise((r) => (f.map.once('idle', r), f.map.triggerRepaint()));
      const f0 = layer.stats().frames;
      const t0 = performance.now();
      f.store.getState().setPlaying(true);
      await new Promise((r) => setTimeout(r, secs * 1000));
      f.store.getState().setPlaying(false);
      const fps = ((layer.stats().frames - f0) * 1000) / (performance.now() - t0);
      await new Promise((r) => f.map.once('idle', r));
      return fps;
    },
    [w, seconds] as const,
  );
}

/** Init script: records navigation start → the map's first `idle` in `window.__firstIdle`. */
export const FIRST_IDLE_SCRIPT = `(() => {
  const look = () => {
    const f = window.__frontier;
    if (f && f.map) f.map.once('idle', () => { window.__firstIdle = performance.now(); window.__benchAtIdle?.(); });
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/** Navigation start → the first `idle` with the default data (the app's own boot). */
export async function navToIdle(page: Page): Promise<number> {
  await page.waitForFunction(() => typeof (window as Window & { __firstIdle?: number }).__firstIdle === 'number', null, {
    timeout: 60_000,
  });
  return page.evaluate(() => (window as Window & { __firstIdle?: number }).__firstIdle ?? Number.NaN);
}

/** Mean µs per click lookup (kdbush within radius, filtered by the window) at random map points. */
export function pickMicros(page: Page, clicks: number): Promise<{ usPerClick: number; hitRate: number }> {
  return page.evaluate(async (n) => {
    const f = window.__frontier!;
    const layer = (await f.bulk!()).bulkLayerOf(f.store)!;
    const b = f.map.getBounds();
    let seed = 12345;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
    const pts = Array.from(
      { length: n },
      () => [b.getWest() + rnd() * (b.getEast() - b.getWest()), b.getSouth() + rnd() * (b.getNorth() - b.getSouth())] as [number, number],
    );
    let hits = 0;
    const t0 = performance.now();
    for (const p of pts) if (layer.pick(p, 6) !== null) hits++;
    return { usPerClick: ((performance.now() - t0) * 1000) / n, hitRate: hits / n };
  }, clicks);
}

type IsoWindow = Window & { __hidden?: string[] };

/**
 * Hides every style layer except `keep` (and the background), as the original prototype measured
 * the data layer on an otherwise empty map; `restoreLayers` undoes it.
 */
export async function isolateLayer(page: Page, keep: string): Promise<void> {
  await page.evaluate(async (id) => {
    const map = window.__frontier!.map;
    const hidden: string[] = [];
    for (const l of map.getStyle().layers) {
      if (l.id === id || l.type === 'background' || map.getLayoutProperty(l.id, 'visibility') === 'none') continue;
      map.setLayoutProperty(l.id, 'visibility', 'none');
      hidden.push(l.id);
    }
    (window as IsoWindow).__hidden = hidden;
    await new Promise((r) => (map.once('idle', r), map.triggerRepaint()));
  }, keep);
}

/** Shows again the layers `isolateLayer` hid. */
export async function restoreLayers(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const map = window.__frontier!.map;
    for (const id of (window as IsoWindow).__hidden ?? []) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'visible');
    (window as IsoWindow).__hidden = [];
    await new Promise((r) => (map.once('idle', r), map.triggerRepaint()));
  });
}

/**
 * Imports `count` synthetic records through the import session (≤ BULK_THRESHOLD: they become
 * ordinary curated events, as a user's file would); resolves with the ms until the map is idle.
 */
export function importCurated(page: Page, count: number, seed: number): Promise<number> {
  return page.evaluate(
    async ([n, s]) => {
      const f = window.__frontier!;
      const api = await f.bulk!();
      const t0 = performance.now();
      const active = await api.createImportSession(f.store).apply(api.syntheticRecords(n, s), 'bench-curated', 'join');
      if (active.bulk) throw new Error(`${n} records went to the bulk path`);
      await new Promise((r) => (f.map.once('idle', r), f.map.triggerRepaint()));
      return performance.now() - t0;
    },
    [count, seed] as const,
  );
}

export interface CuratedSample {
  /** Window change → the map's idle (curated overlay re-filtered, timeline marks, list). */
  ms: number;
  /** Synchronous JS of the store update (every subscriber). */
  syncMs: number;
  /** Map frames rendered from the change to idle (a plain repaint is one; each is a full-map draw). */
  frames: number;
}

/** One window change with the curated import on screen, to idle. */
export function scrubCurated(page: Page, w: TimeWindow): Promise<CuratedSample> {
  return page.evaluate(async (win) => {
    const f = window.__frontier!;
    let frames = 0;
    const onRender = (): void => void frames++;
    f.map.on('render', onRender);
    const idle = new Promise((r) => f.map.once('idle', r));
    const t0 = performance.now();
    f.store.getState().setWindow(win);
    const t1 = performance.now();
    f.map.triggerRepaint();
    await idle;
    const ms = performance.now() - t0;
    f.map.off('render', onRender);
    return { ms, syncMs: t1 - t0, frames };
  }, w);
}

/**
 * Frames per second of the map redrawing continuously with nothing changed (`map.repaint`): the
 * frame rate the browser and its GPU process sustain for this map, which a single `repaint()` (to
 * `idle`, the main thread's part of one frame) does not show. The baseline of a playback frame.
 */
export function continuousFps(page: Page, seconds: number): Promise<number> {
  return page.evaluate(async (secs) => {
    const map = window.__frontier!.map;
    let frames = 0;
    const onRender = (): void => void frames++;
    await new Promise((r) => (map.once('idle', r), map.triggerRepaint()));
    map.on('render', onRender);
    const t0 = performance.now();
    map.repaint = true;
    await new Promise((r) => setTimeout(r, secs * 1000));
    map.repaint = false;
    const fps = (frames * 1000) / (performance.now() - t0);
    map.off('render', onRender);
    await new Promise((r) => map.once('idle', r));
    return fps;
  }, seconds);
}
