/**
 * The bulk loader (fetched on demand by `loadBulk`). The numbers are copied out of the records in
 * time-sliced chunks (the page stays responsive), then a worker sorts and indexes them and
 * transfers the columns back without copying; the border measures follow in a second pass.
 * Strings never leave the caller's records.
 */
import type { ImportRecord } from '../../model/types';
import type { AppStore } from '../../state/appStore';
import type { BorderIndexInput } from '../../geo/borderMeasure';
import { formatNumber } from '../../calendar/format';
import { BASE_LANG } from '../../i18n/langs';
import { allocRaw, extractRaw, rawTransferables } from './raw';
import { recordDetail, numericDetail } from './details';
import { showBulk, type PreparedBulk } from './clearBulk';
import { inSlices } from '../../ui/slices';
import { showBulkProgress, type ProgressHandle } from './progressBar';
import type { WorkerReply, WorkerRequest } from './messages';
import type { BulkColumns, BulkSet } from './types';
import { borderInputOf } from './borderInput';
import './registerCounting';
import type { BorderColumns } from './borderColumns';

const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Timings of one load, ms (reported by the benchmark). */
export interface LoadTimings {
  read: number;
  worker: number;
  total: number;
}

/**
 * Where no module worker can start (the standalone file opened from file:// has an opaque origin),
 * build the columns on the main thread instead: slower and blocking, but the data still loads.
 */
async function buildOnMainThread(req: WorkerRequest, progress: ProgressHandle): Promise<BulkColumns> {
  if (req.type !== 'build') throw new Error('bulk: synthetic data needs the worker');
  const [{ buildColumns }, { createBorderIndex }] = await Promise.all([import('./pack'), import('../../geo/borderMeasure')]);
  const border = req.border ? createBorderIndex(req.border) : undefined;
  return buildColumns(
    req.raw,
    (phase, f) => progress.update({ phase, fraction: phase === 'sorting' ? 0.4 + 0.3 * f : 0.7 + 0.25 * f }),
    border,
  );
}

/** The worker's columns, and its border measures when they follow (null without a border or a worker). */
interface WorkerResult {
  columns: BulkColumns;
  border: Promise<BorderColumns | null>;
}

/**
 * Runs the worker on `req`. An abort terminates it, during the points or the border pass after
 * them; whenever the worker stops, the border promise settles (null unless the measures came).
 */
function runWorker(req: WorkerRequest, transfer: Transferable[], progress: ProgressHandle, signal?: AbortSignal): Promise<WorkerResult> {
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bulkWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return buildOnMainThread(req, progress).then((columns) => ({ columns, border: Promise.resolve(null) }));
  }
  let settleBorder: (b: BorderColumns | null) => void = () => {};
  const border = new Promise<BorderColumns | null>((r) => (settleBorder = r));
  return new Promise<WorkerResult>((resolve, reject) => {
    const onAbort = (): void => {
      stop();
      reject(signal?.reason);
    };
    const stop = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      settleBorder(null);
    };
    worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
      const m = ev.data;
      if (m.type === 'progress') progress.update(m.progress);
      else if (m.type === 'done') {
        resolve({ columns: m.columns, border });
        if (!req.border) stop();
      } else if (m.type === 'border') {
        settleBorder(m.columns);
        stop();
      } else {
        stop();
        reject(new Error(`bulk load failed: ${m.message}`));
      }
    };
    worker.onerror = (ev) => {
      stop();
      reject(new Error(`bulk worker failed: ${ev.message}`));
    };
    signal?.addEventListener('abort', onAbort);
    worker.postMessage(req, transfer);
  });
}

/**
 * Builds the bulk set `name` from imported records without showing it (nothing on screen changes,
 * so an abort or a failure leaves the map as it was). The numbers are copied in time slices.
 * With `border` (see `borderInputOf`), the worker measures the events against the border after the
 * points: `showBulk(store, set, border)` writes the measures in when they come.
 */
export async function prepareBulk(
  records: readonly ImportRecord[],
  name: string,
  signal?: AbortSignal,
  borderInput?: BorderIndexInput,
): Promise<PreparedBulk & { timings: LoadTimings }> {
  const t0 = performance.now();
  const progress = showBulkProgress(name);
  try {
    const raw = allocRaw(records.length);
    const n = Math.max(1, records.length);
    await inSlices(
      records.length,
      (from, to) => {
        extractRaw(records, from, to, raw);
        progress.update({ phase: 'reading', fraction: (0.4 * to) / n });
      },
      signal,
      10_000,
    );
    const t1 = performance.now();
    const req: WorkerRequest = { type: 'build', raw, ...(borderInput ? { border: borderInput } : {}) };
    const { columns, border } = await runWorker(req, rawTransferables(raw), progress, signal);
    const t2 = performance.now();
    const set: BulkSet = { name, columns, detail: (i) => recordDetail(records, columns, i) };
    return { set, border, timings: { read: t1 - t0, worker: t2 - t1, total: performance.now() - t0 } };
  } finally {
    progress.done();
  }
}

/** Loads imported records as the bulk set `name` and reports where the time went. */
export async function loadBulkTimed(store: AppStore, records: readonly ImportRecord[], name: string): Promise<LoadTimings> {
  const t0 = performance.now();
  const { set, border, timings } = await prepareBulk(records, name, undefined, borderInputOf(store.getState().data.geo));
  showBulk(store, set, border);
  return { ...timings, total: performance.now() - t0 };
}

/**
 * Benchmark/dev path: the worker generates `count` seeded synthetic events and then runs the very
 * same sort, index, transfer, store and layer steps as an import.
 */
export async function loadSynthetic(store: AppStore, count: number, seed: number): Promise<LoadTimings> {
  const t0 = performance.now();
  const name = `synthetic ${formatNumber(count, BASE_LANG)} (seed ${seed})`;
  const progress = showBulkProgress(name);
  try {
    const border = borderInputOf(store.getState().data.geo);
    const { columns, border: measured } = await runWorker({ type: 'generate', count, seed, ...(border ? { border } : {}) }, [], progress);
    const t1 = performance.now();
    progress.update({ phase: 'uploading', fraction: 0.97 });
    await nextTask();
    const set: BulkSet = {
      name,
      columns,
      detail: (i) => {
        const row = columns.origin[i]!;
        return {
          ...numericDetail(columns, i),
          title: `Synthetic ${numericDetail(columns, i).kind} #${row + 1}`,
          fatalities: null,
          sourceName: `Synthetic benchmark data (seed ${seed})`,
          sourceText: `Generated event ${row + 1} of a seeded synthetic set; not a real incident.`,
        };
      },
    };
    showBulk(store, set, measured);
    return { read: 0, worker: t1 - t0, total: performance.now() - t0 };
  } finally {
    progress.done();
  }
}
