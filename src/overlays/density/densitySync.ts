/**
 * Keeps the density heatmap's source in step with the window and the filters while density is on
 * and a large import is loaded: the grid is counted in the density worker (at most one request in flight; the
 * latest window wins), or on the main thread where no worker can start (file://). Loaded on demand.
 */
import type { AppStore } from '../../state/appStore';
import type { TimeWindow } from '../../calendar/window';
import type { BulkSet } from '../bulk/types';
import { bulkKeepMask } from '../bulk/bulkFilter';
import { setGeoJson } from '../defineOverlay';
import type { OverlayMap } from '../overlay';
import { aggregateDensity, densityGeoJson, type DensityCells } from './aggregate';
import type { DensityReply, DensityRequest } from './messages';

export const DENSITY_SOURCE = 'density';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** What the density view drew last (tests). */
export interface DensityStats {
  updates: number;
  cells: number;
  total: number;
  window: TimeWindow | null;
}

const statsOf = new WeakMap<AppStore, DensityStats>();

/** The density view's last update for a store, if any. */
export function densityStats(store: AppStore): DensityStats | null {
  return statsOf.get(store) ?? null;
}

/** One counter per bulk set: a worker holding a copy of its columns, or the main thread. */
function counter(
  set: BulkSet,
  onCells: (d: DensityCells, w: TimeWindow) => void,
): { request(w: TimeWindow, keep: Uint8Array | null): void; stop(): void } {
  const c = set.columns;
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./densityWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) return { request: (w, keep) => onCells(aggregateDensity(c, w, undefined, keep), w), stop: () => {} };
  let seq = 0;
  let inFlight: { seq: number; window: TimeWindow } | null = null;
  let next: { window: TimeWindow; keep: Uint8Array | null } | null = null;
  // The filter mask the worker holds (this thread's object): sent again only when it changes.
  let sentKeep: Uint8Array | null = null;
  const w0 = worker;
  const send = (w: TimeWindow, keep: Uint8Array | null): void => {
    inFlight = { seq: ++seq, window: w };
    if (keep === sentKeep) {
      w0.postMessage({ type: 'window', seq, window: w } satisfies DensityRequest);
      return;
    }
    sentKeep = keep;
    const copy = keep ? keep.slice() : null;
    w0.postMessage({ type: 'window', seq, window: w, keep: copy } satisfies DensityRequest, copy ? [copy.buffer] : []);
  };
  w0.onmessage = (ev: MessageEvent<DensityReply>) => {
    const m = ev.data;
    if (m.type === 'error') console.warn(`density: ${m.message}`);
    else if (inFlight && m.seq === inFlight.seq) onCells(m.density, inFlight.window);
    inFlight = null;
    if (next) {
      const n = next;
      next = null;
      send(n.window, n.keep);
    }
  };
  // Copies (not transfers): the GPU layer and the list keep using the main thread's columns.
  const columns = { pos: c.pos.slice(), start: c.start.slice(), endx: c.endx.slice(), buckets: c.buckets, centre: c.centre };
  w0.postMessage({ type: 'columns', columns } satisfies DensityRequest, [columns.pos.buffer, columns.start.buffer, columns.endx.buffer]);
  return {
    request: (w, keep) => {
      if (inFlight) next = { window: { ...w }, keep };
      else send({ ...w }, keep);
    },
    stop: () => w0.terminate(),
  };
}

/** Starts following the store; the teardown stops the worker. */
export function startDensitySync(map: OverlayMap, store: AppStore): () => void {
  let current: { set: BulkSet; counter: ReturnType<typeof counter> } | null = null;
  const stats: DensityStats = { updates: 0, cells: 0, total: 0, window: null };
  statsOf.set(store, stats);
  const sync = (): void => {
    const s = store.getState();
    const set = s.view.layers.density ? s.data.bulk : null;
    if (current && current.set !== set) {
      current.counter.stop();
      current = null;
      setGeoJson(map, DENSITY_SOURCE, EMPTY);
    }
    if (!set) return;
    current ??= {
      set,
      counter: counter(set, (d, w) => {
        setGeoJson(map, DENSITY_SOURCE, densityGeoJson(d));
        Object.assign(stats, { updates: stats.updates + 1, cells: d.cells.length / 3, total: d.total, window: { ...w } });
        map.triggerRepaint();
      }),
    };
    current.counter.request(s.time.window, bulkKeepMask(set, s.filters));
  };
  sync();
  const unsub = store.subscribe(
    (s) => [s.view.layers.density, s.data.bulk, s.time.window, s.filters, s.analysis.measuredBulk] as const,
    sync,
    {
      equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3],
    },
  );
  return () => {
    unsub();
    current?.counter.stop();
    current = null;
    statsOf.delete(store);
  };
}
