/**
 * The import worker: reads and validates a file off the main thread (so a 50 MB file never
 * freezes the page) and posts progress, then the result.
 */
import { importFile } from './importFile';
import type { ImportOptions, ImportResult } from './importTypes';
import { fatalResult } from './importTypes';

/** Main thread → worker. */
export interface ImportRequest {
  input: Blob | string;
  name: string;
  options: ImportOptions;
}

/** Worker → main thread. */
export type ImportReply = { type: 'progress'; fraction: number } | { type: 'result'; result: ImportResult };

const scope = self as unknown as { onmessage: ((ev: MessageEvent<ImportRequest>) => void) | null; postMessage(m: ImportReply): void };

scope.onmessage = (ev) => {
  const { input, name, options } = ev.data;
  importFile(input, name, options, (fraction) => scope.postMessage({ type: 'progress', fraction }))
    .catch((e: unknown) => fatalResult(name, 'unknown', `the file could not be read (${e instanceof Error ? e.message : String(e)})`))
    .then((result) => scope.postMessage({ type: 'result', result }));
};
