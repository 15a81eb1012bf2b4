/** Messages between `loadBulk` (main thread) and the bulk worker. */
import type { BulkColumns, BulkProgress, RawColumns } from './types';
import type { BorderIndexInput } from '../../geo/borderMeasure';

/** `border`: the line and the two countries, for the worker to build the border index from (none: measures unknown). */
export type WorkerRequest =
  | { type: 'build'; raw: RawColumns; border?: BorderIndexInput }
  | { type: 'generate'; count: number; seed: number; border?: BorderIndexInput };

export type WorkerReply =
  | { type: 'progress'; progress: BulkProgress }
  | { type: 'done'; columns: BulkColumns; ms: { generate: number; sort: number; total: number } }
  | { type: 'error'; message: string };
