/**
 * What is imported and how it joined the map. One import at a time: applying another replaces it
 * (the default set comes back first). Small imports become events in the store's dataset; larger
 * ones go to the GPU bulk path (src/overlays/bulk). An import is built first and shown in one
 * step at the end, so a failed or cancelled one leaves the map as it was; loops over the records
 * run in time slices. `remove()` restores the default set as it was. The session holds no state of
 * its own: what is imported lives in the store's `imports` slice.
 */
import type { FrontierEvent, ImportRecord } from '../model/types';
import { BULK_THRESHOLD } from '../model/types';
import { compareEvents } from '../load/normalise';
import type { AppStore } from '../state/appStore';
import { watch } from '../state/appStore';
import { noImports, type ActiveImport, type ImportMode } from '../state/imports';
import { borderInputOf, clearBulk, prepareBulk, showBulk, type PreparedBulk } from '../overlays/bulk/loadBulk';
import { inSlices } from '../ui/slices';
import { toFrontierEvent } from './toFrontierEvents';

export type { ActiveImport, ImportMode } from '../state/imports';

export interface ImportSession {
  current(): ActiveImport | null;
  /** Shows `records` from `name`; resolves once they are on the map. Aborting `signal` before then changes nothing. */
  apply(records: readonly ImportRecord[], name: string, mode: ImportMode, signal?: AbortSignal): Promise<ActiveImport>;
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

/** The days the kept records span: earliest start, latest end (inclusive); null when none was kept. */
type Span = { lo: number; hi: number } | null;

/** Show what was imported: the window spans its dates (clamped to the timeline by the store). */
function fitWindow(store: AppStore, span: Span): void {
  if (span) store.getState().setWindow({ start: span.lo, end: span.hi + 1 });
}

/** The records whose id is not `taken`, all of them by id, and the days they span; built in time slices. */
async function keptById(
  records: readonly ImportRecord[],
  taken: ReadonlySet<string>,
  signal?: AbortSignal,
): Promise<{ kept: ImportRecord[]; byId: Map<string, ImportRecord>; span: Span }> {
  const kept: ImportRecord[] = [];
  const byId = new Map<string, ImportRecord>();
  let lo = Infinity;
  let hi = -Infinity;
  await inSlices(
    records.length,
    (from, to) => {
      for (let i = from; i < to; i++) {
        const r = records[i]!;
        if (taken.has(r.id)) continue;
        kept.push(r);
        byId.set(r.id, r);
        if (r.startDay < lo) lo = r.startDay;
        if (r.endDay > hi) hi = r.endDay;
      }
    },
    signal,
  );
  return { kept, byId, span: kept.length > 0 ? { lo, hi } : null };
}

/** Creates the session for `store`; the dataset on screen at the first import is the default set it restores. */
export function createImportSession(store: AppStore): ImportSession {
  return {
    current: () => store.getState().imports.active,
    importedById: () => store.getState().imports.byId,
    subscribe: (fn) => watch(store, (s) => [s.imports.active] as const, fn),
    remove: () => restore(store),
    apply: async (records, name, mode, signal) => {
      const s = store.getState();
      const geo = s.data.geo;
      const baseline = s.imports.baseline ?? s.data.dataset;
      if (!geo || !baseline) throw new Error('the map is not ready yet');
      const taken = new Set(mode === 'join' ? baseline.events.map((e) => e.id) : []);
      const { kept, byId, span } = await keptById(records, taken, signal);
      const bulk = kept.length > BULK_THRESHOLD;
      const active: ActiveImport = { name, mode, records: kept, bulk, clashes: records.length - kept.length };
      // Built off screen; nothing has changed on the map until the lines after the last await.
      const prepared: PreparedBulk | null = bulk ? await prepareBulk(kept, name, signal, borderInputOf(geo)) : null;
      signal?.throwIfAborted();
      restore(store);
      const now = store.getState();
      // The exact lines may have replaced the light ones during the awaits: keep (and measure on) what is on screen now.
      const shownGeo = now.data.geo ?? geo;
      if (now.imports.baseline !== baseline) now.setImports({ ...now.imports, baseline });
      if (prepared) {
        if (mode === 'replace') now.setData({ ...baseline, events: [] }, shownGeo);
        showBulk(store, prepared.set, prepared.border);
      } else {
        const made = kept.map((r) => toFrontierEvent(r, name, shownGeo));
        const events: FrontierEvent[] = [...(mode === 'join' ? baseline.events : []), ...made.map((m) => m.event)].sort(compareEvents);
        now.setData({ ...baseline, events, sources: [...baseline.sources, ...made.map((m) => m.source)] }, shownGeo);
      }
      const sel = store.getState().selection.selectedId;
      if (sel && mode === 'replace' && !byId.has(sel)) store.getState().select(null);
      fitWindow(store, span);
      store.getState().setImports({ active, baseline, byId });
      return active;
    },
  };
}
