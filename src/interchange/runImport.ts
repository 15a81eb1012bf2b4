/**
 * Runs one import in a fresh worker; resolves with its bounded report and reports progress on the
 * way. Every way a worker can fail (an error event, a message that cannot be received, a failure
 * it posts, running out of memory) resolves as a fatal report saying so: the promise never hangs.
 */
import type { ImportRecord } from '../model/types';
import type { ImportOptions, ProgressFn } from './importTypes';
import type { ImportReply, ImportRequest } from './importWorker';
import { fatalReport, toReport, type ImportReport } from './problemSummary';

/** A running import that can be abandoned (the worker is terminated). */
export interface ImportJob {
  result: Promise<ImportReport>;
  cancel(): void;
}

/** The part of a Worker the import uses (tests pass a fake). */
export interface ImportWorkerLike {
  addEventListener(type: 'message' | 'messageerror' | 'error', fn: (ev: Event) => void): void;
  postMessage(m: ImportRequest): void;
  terminate(): void;
}

/** Starts the worker; throws where module workers cannot start (a file:// page). */
export type ImportWorkerFactory = () => ImportWorkerLike;

const defaultWorker: ImportWorkerFactory = () =>
  new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'frontier-import' });

const OUT_OF_MEMORY = /out of memory|allocation failed|invalid (string|array|typed array) length|cannot be cloned|maximum call stack/i;

/** The message a fatal report gives for a worker failure: running out of memory is named as such. */
export function failureMessage(detail: string): string {
  const d = detail.trim() || 'no detail given';
  return OUT_OF_MEMORY.test(d)
    ? `the browser ran out of memory reading this file (${d}); nothing was imported`
    : `the import stopped with an error (${d}); nothing was imported`;
}

/** Longest value shared between records on arrival; longer ones (notes, titles) are rarely repeated. */
const SHARED_MAX = 64;
/** Distinct values remembered (values unique to each row, like timestamps, stop being remembered). */
const SHARED_COUNT = 50_000;

/**
 * A received record's short repeated values (actor, region, source…) as one shared string each: a
 * message brings its own copy of every string, and a million copies of "Political violence" would
 * keep the garbage collector busy (long pauses on the page) for nothing.
 */
function sharer(): (r: ImportRecord) => ImportRecord {
  const seen = new Map<string, string>();
  const share = (v: string): string => {
    if (v.length > SHARED_MAX) return v;
    const had = seen.get(v);
    if (had !== undefined) return had;
    if (seen.size < SHARED_COUNT) seen.set(v, v);
    return v;
  };
  return (r) => {
    r.sourceName = share(r.sourceName);
    const extra = r.extra;
    if (extra) for (const k of Object.keys(extra)) extra[k] = share(extra[k]!);
    return r;
  };
}

const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Parses on the main thread (no module worker from a file:// page): slower, same report. */
function runOnPage(input: Blob | string, name: string, options: ImportOptions, onProgress: ProgressFn): ImportJob {
  let cancelled = false;
  const result = import('./importFile')
    .then(({ importFile }) => importFile(input, name, options, onProgress))
    .then((r) => (cancelled ? fatalReport(name, 'cancelled') : toReport(r)))
    .catch((e: unknown) => fatalReport(name, failureMessage(errorText(e))));
  return { result, cancel: () => void (cancelled = true) };
}

/** Starts parsing `input` (a File, Blob or text) named `name` in a worker. */
export function runImport(
  input: Blob | string,
  name: string,
  options: ImportOptions,
  onProgress: ProgressFn,
  makeWorker: ImportWorkerFactory = defaultWorker,
): ImportJob {
  let worker: ImportWorkerLike;
  try {
    worker = makeWorker();
  } catch {
    return runOnPage(input, name, options, onProgress);
  }
  let settled = false;
  let settle: (r: ImportReport) => void = () => undefined;
  const result = new Promise<ImportReport>((resolve) => (settle = resolve));
  const finish = (r: ImportReport): void => {
    if (settled) return;
    settled = true;
    worker.terminate();
    settle(r);
  };
  const records: ImportRecord[] = [];
  const share = sharer();
  worker.addEventListener('message', (ev) => {
    const m = (ev as MessageEvent<ImportReply>).data;
    if (m.type === 'progress') onProgress(m.fraction);
    else if (m.type === 'records') for (const r of m.records) records.push(share(r));
    else if (m.type === 'report') finish({ ...m.report, records });
    else finish(fatalReport(name, failureMessage(m.message)));
  });
  worker.addEventListener('messageerror', () =>
    finish(fatalReport(name, failureMessage('a message from the import worker could not be received'))),
  );
  worker.addEventListener('error', (ev) => {
    // Handled here (the dialog says what happened), so not reported again as an uncaught error.
    ev.preventDefault();
    finish(fatalReport(name, failureMessage((ev as ErrorEvent).message || 'the import worker could not run')));
  });
  try {
    worker.postMessage({ input, name, options });
  } catch (e) {
    finish(fatalReport(name, failureMessage(errorText(e))));
  }
  return { result, cancel: () => finish(fatalReport(name, 'cancelled')) };
}
