/** Messages between the density driver (main thread) and the density worker. */
import type { TimeWindow } from '../../calendar/window';
import type { DensityCells, DensityColumns } from './aggregate';

/** `keep`: one byte per record, 1 = passes the filters; null = every record counts. */
export type DensityRequest =
  { type: 'columns'; columns: DensityColumns } | { type: 'window'; seq: number; window: TimeWindow; keep?: Uint8Array | null };

export type DensityReply = { type: 'cells'; seq: number; density: DensityCells } | { type: 'error'; message: string };
