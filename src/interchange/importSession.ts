/**
 * What is imported and how it joined the map. One import at a time: applying another first
 * restores the default set. Small imports become events in the store's dataset; larger ones go to
 * the GPU bulk path (src/overlays/bulk). `remove()` restores the default set as it was. The session
 * holds no state of its own: what is imported lives in the store's `imports` slice.
 */
import type { FrontierEvent, ImportRecord } from '../model/types';
import { BULK_THRESHOLD } from '../model/types';
import { compareEvents } from '../load/normalise';
import type { AppStore } from '../state/appStore';
import { watch } from '../state/appStore';
import { noImports, type ActiveImport, type ImportMode } from '../state/imports';
import { clearBulk, loadBulk } from '../overlays/bulk/loadBulk';
import { toFrontierEvent } from './toFrontierEvents';

export type { ActiveImport, ImportMode } from '../state/imports';

export interface ImportSession {
  current(): ActiveImport | null;
  /** Shows `records` from `name`; resolves once they are on the map. */
  apply(records: readonly ImportRecord[], name: string, mode: ImportMode): Promise<ActiveImport>;
  /** Removes the import and restores the default set. */
  remove(): void;
  /** Original records of imported events by id (exports write them back unchanged). */
  importedById(): ReadonlyMap<string, ImportRecord>;
  /** Calls `fn` when the import on screen changes. */
  subscribe(fn: () => void): () => void;
}

/** Takes the import off the map: the bulk set goes, the default set comes back. */
function restore(store: AppStore): void {
  const s = store.getState();
  const { active, baseline } = s.imports;
  if (active?.bulk) clearBulk(store);
  if (baseline && s.data.geo) s.setData(baseline, s.data.geo);
  if (active) s.setImports({ ...noImports(), baseline });
}

/** Show what was imported: the window spans its dates (clamped to the timeline by the store). */
function fitWindow(store: AppStore, records: readonly ImportRecord[]): void {
  if (records.length === 0) return;
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of records) {
    if (r.startDay < lo) lo = r.startDay;
    if (r.endDay > hi) hi = r.endDay;
  }
  store.getState().setWindow({ start: lo, end: hi + 1 });
}

/** Creates the session for `store`; the dataset on screen at the first import is the default set it restores. */
export function createImportSession(store: AppStore): ImportSession {
  return {
    current: () => store.getState().imports.active,
    importedById: () => store.getState().imports.byId,
    subscribe: (fn) => watch(store, (s) => [s.imports.active] as const, fn),
    remove: () => restore(store),
    apply: async (records, name, mode) => {
      restore(store);
      const s = store.getState();
      const geo = s.data.geo;
      const baseline = s.imports.baseline ?? s.data.dataset;
      if (!geo || !baseline) throw new Error('the map is not ready yet');
      // Remember the default set before the data on screen changes (even if this load fails).
      if (s.imports.baseline !== baseline) s.setImports({ ...s.imports, baseline });
      const taken = new Set(mode === 'join' ? baseline.events.map((e) => e.id) : []);
      const kept = records.filter((r) => !taken.has(r.id));
      const bulk = kept.length > BULK_THRESHOLD;
      const active: ActiveImport = { name, mode, records: kept, bulk, clashes: records.length - kept.length };
      const byId = new Map(kept.map((r) => [r.id, r]));
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
      fitWindow(store, kept);
      store.getState().setImports({ active, baseline, byId });
      return active;
    },
  };
}
