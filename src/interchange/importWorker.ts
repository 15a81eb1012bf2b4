/**
 * The import worker: reads and validates a file off the main thread (so a 50 MB file never
 * freezes the page) and posts progress, then the records in slices (each slice is received in a
 * task of its own, so the page keeps responding while a million records arrive), then the
 * bounded report. A failure of any kind is posted as a message, never left as a silent rejection.
 */
import { importFile } from './importFile';
import type { ImportOptions } from './importTypes';
import type { ImportRecord } from '../model/types';
import { toReport, type ImportReport } from './problemSummary';

/** Main thread → worker. */
export interface ImportRequest {
  input: Blob | string;
  name: string;
  options: ImportOptions;
}

/**
 * Records per `records` message: small enough that receiving one stays far under a frame's budget.
 * With a million records on the page the collector's marking work lands in these tasks too (it
 * grows with what a task allocates): 2,000 records made tasks of 100–450 ms on a busy machine.
 */
export const RECORDS_PER_MESSAGE = 500;

/** Worker → main thread: progress, the records in order, then the report (its `records` empty), or a failure. */
export type ImportReply =
  | { type: 'progress'; fraction: number }
  | { type: 'records'; records: ImportRecord[] }
  | { type: 'report'; report: ImportReport }
  | { type: 'failed'; message: string };

const scope = self as unknown as { onmessage: ((ev: MessageEvent<ImportRequest>) => void) | null; postMessage(m: ImportReply): void };

const messageOf = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

async function run({ input, name, options }: ImportRequest): Promise<void> {
  const result = await importFile(input, name, options, (fraction) => scope.postMessage({ type: 'progress', fraction }));
  const report = toReport(result);
  const { records } = report;
  for (let i = 0; i < records.length; i += RECORDS_PER_MESSAGE)
    scope.postMessage({ type: 'records', records: records.slice(i, i + RECORDS_PER_MESSAGE) });
  scope.postMessage({ type: 'report', report: { ...report, records: [] } });
}

scope.onmessage = (ev) => {
  run(ev.data).catch((e: unknown) => {
    try {
      scope.postMessage({ type: 'failed', message: messageOf(e) });
    } catch {
      // Not even a string could be posted: an uncaught error reaches the Worker's `error` event.
      setTimeout(() => {
        throw e;
      });
    }
  });
};
