/**
 * What is imported and how it joined the map. One import at a time: applying another first
 * restores the default set. Small imports become events in the store's dataset; larger ones go to
 * the GPU bulk path (src/bulk). `remove()` restores the default set as it was.
 */
import type { Dataset, FrontierEvent, ImportRecord } from '../model/types';
import { BULK_THRESHOLD } from '../model/types';
import { compareEvents } from '../load/normalise';
import type { AppStore } from '../state/appStore';
import { clearBulk, loadBulk } from '../overlays/bulk/loadBulk';
import { toFrontierEvent } from './toFrontierEvents';

export type ImportMode = 'join' | 'replace';

/** The import on screen. */
export interface ActiveImport {
  name: string;
  mode: ImportMode;
  /** Records shown (after skipping ids that clash with the default set when joining). */
  records: ImportRecord[];
  bulk: boolean;
  /** Records left out because their id is already used by an event on screen (join only). */
  clashes: number;
}

export interface ImportSession {
  current(): ActiveImport | null;
  /** Shows `records` from `name`; resolves once they are on the map. */
  apply(records: readonly ImportRecord[], name: string, mode: ImportMode): Promise<ActiveImport>;
  /** Removes the import and restores the default set. */
  remove(): void;
  /** Original records of imported events by id (exports write them back unchanged). */
  importedById(): ReadonlyMap<string, ImportRecord>;
  subscribe(fn: () => void): () => void;
}

/** Creates the session for `store`; the dataset on screen now is the default set it restores. */
export function createImportSession(store: AppStore): ImportSession {
  let baseline: Dataset | null = null;
  let active: ActiveImport | null = null;
  let byId = new Map<string, ImportRecord>();
  const listeners = new Set<() => void>();
  const emit = (): void => listeners.forEach((fn) => fn());

  const restore = (): void => {
    const s = store.getState();
    if (active?.bulk) clearBulk(store);
    if (baseline && s.data.geo) s.setData(baseline, s.data.geo);
    active = null;
    byId = new Map();
  };

  const fitWindow = (records: readonly ImportRecord[]): void => {
    if (records.length === 0) return;
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of records) {
      if (r.startDay < lo) lo = r.startDay;
      if (r.endDay > hi) hi = r.endDay;
    }
    // Show what was imported: the window spans its dates (clamped to the timeline by the store).
    store.getState().setWindow({ start: lo, end: hi + 1 });
  };

  return {
    current: () => active,
    importedById: () => byId,
    subscribe: (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    remove: () => {
      restore();
      emit();
    },
    apply: async (records, name, mode) => {
      restore();
      const s = store.getState();
      const geo = s.data.geo;
      baseline = baseline ?? s.data.dataset;
      if (!geo || !baseline) throw new Error('the map is not ready yet');
      const taken = new Set(mode === 'join' ? baseline.events.map((e) => e.id) : []);
      const kept = records.filter((r) => !taken.has(r.id));
      const bulk = kept.length > BULK_THRESHOLD;
      active = { name, mode, records: kept, bulk, clashes: records.length - kept.length };
      byId = new Map(kept.map((r) => [r.id, r]));
      if (bulk) {
        if (mode === 'replace') s.setData({ ...baseline, events: [] }, geo);
        await loadBulk(store, kept, name);
      } else {
        const made = kept.map((r) => toFrontierEvent(r, name, geo));
        const events: FrontierEvent[] = [...(mode === 'join' ? baseline.events : []), ...made.map((m) => m.event)].sort(compareEvents);
        s.setData({ ...baseline, events, sources: [...baseline.sources, ...made.map((m) => m.source)] }, geo);
      }
      const sel = store.getState().selection.selectedId;
      if (sel && mode === 'replace' && !byId.has(sel)) store.getState().select(null);
      fitWindow(kept);
      emit();
      return active;
    },
  };
}
