/** Runs one import in a fresh worker; resolves with its result and reports progress on the way. */
import type { ImportOptions, ImportResult, ProgressFn } from './importTypes';
import { fatalResult } from './importTypes';
import type { ImportReply, ImportRequest } from './importWorker';

/** A running import that can be abandoned (the worker is terminated). */
export interface ImportJob {
  result: Promise<ImportResult>;
  cancel(): void;
}

/** Starts parsing `input` (a File, Blob or text) named `name` in a worker. */
export function runImport(input: Blob | string, name: string, options: ImportOptions, onProgress: ProgressFn): ImportJob {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'frontier-import' });
  } catch {
    // No module worker from a file:// page (the standalone build): parse on the main thread.
    const result = import('./importFile')
      .then(({ importFile }) => importFile(input, name, options, onProgress))
      .catch((e: unknown) => fatalResult(name, 'unknown', `the file could not be read (${e instanceof Error ? e.message : String(e)})`));
    return { result, cancel: () => undefined };
  }
  let settle: (r: ImportResult) => void = () => undefined;
  const result = new Promise<ImportResult>((resolve) => (settle = resolve));
  worker.onmessage = (ev: MessageEvent<ImportReply>) => {
    if (ev.data.type === 'progress') onProgress(ev.data.fraction);
    else {
      worker.terminate();
      settle(ev.data.result);
    }
  };
  worker.onerror = (ev) => {
    worker.terminate();
    settle(fatalResult(name, 'unknown', `the import worker failed (${ev.message})`));
  };
  const req: ImportRequest = { input, name, options };
  worker.postMessage(req);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(fatalResult(name, 'unknown', 'cancelled'));
    },
  };
}
