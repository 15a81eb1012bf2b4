/** Messages between `loadBulk` (main thread) and the bulk worker. */
import type { BulkColumns, BulkProgress, RawColumns } from './types';

export type WorkerRequest = { type: 'build'; raw: RawColumns } | { type: 'generate'; count: number; seed: number };

export type WorkerReply =
  | { type: 'progress'; progress: BulkProgress }
  | { type: 'done'; columns: BulkColumns; ms: { generate: number; sort: number; total: number } }
  | { type: 'error'; message: string };
