/** Messages between `loadBulk` (main thread) and the bulk worker. */
import type { BulkColumns, BulkProgress, RawColumns } from './types';
import type { BorderColumns } from './borderColumns';
import type { BorderIndexInput } from '../../geo/borderMeasure';

/** `border`: the line and the two countries, for the worker to build the border index from (none: measures unknown). */
export type WorkerRequest =
  | { type: 'build'; raw: RawColumns; border?: BorderIndexInput }
  | { type: 'generate'; count: number; seed: number; border?: BorderIndexInput };

export type WorkerReply =
  | { type: 'progress'; progress: BulkProgress }
  | { type: 'done'; columns: BulkColumns; ms: { generate: number; sort: number; total: number } }
  /** After `done`: the border measures, computed in a second pass so they never delay the points. */
  | { type: 'border'; columns: BorderColumns; ms: number }
  | { type: 'error'; message: string };
