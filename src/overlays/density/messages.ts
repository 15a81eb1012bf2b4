/** Messages between the density driver (main thread) and the density worker. */
import type { TimeWindow } from '../../calendar/window';
import type { DensityCells, DensityColumns } from './aggregate';

export type DensityRequest = { type: 'columns'; columns: DensityColumns } | { type: 'window'; seq: number; window: TimeWindow };

export type DensityReply = { type: 'cells'; seq: number; density: DensityCells } | { type: 'error'; message: string };
