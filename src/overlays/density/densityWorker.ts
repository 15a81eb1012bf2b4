/**
 * The density worker: holds a copy of a large import's positions and times (sent once) and, per
 * window, counts the window's events on the grid off the main thread.
 */
import { aggregateDensity, type DensityColumns } from './aggregate';
import type { DensityReply, DensityRequest } from './messages';

let columns: DensityColumns | null = null;
/** The filters' record mask, sent again only when the filters change. */
let keep: Uint8Array | null = null;
const post = (m: DensityReply, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (ev: MessageEvent<DensityRequest>): void => {
  try {
    const req = ev.data;
    if (req.type === 'columns') columns = req.columns;
    else if (columns) {
      if (req.keep !== undefined) keep = req.keep;
      const density = aggregateDensity(columns, req.window, undefined, keep);
      post({ type: 'cells', seq: req.seq, density }, [density.cells.buffer as ArrayBuffer]);
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
