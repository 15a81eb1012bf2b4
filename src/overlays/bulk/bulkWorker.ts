/**
 * The bulk worker: generates (benchmark) or receives (imports) raw columns, radix-sorts them and
 * builds the spatial index off the main thread, then transfers the buffers back (no copies).
 */
import { buildColumns, transferables } from './pack';
import { createBorderIndex } from '../../geo/borderMeasure';
import { borderColumns } from './borderColumns';
import { syntheticRaw } from '../../../bench/hooks/synthetic';
import type { WorkerReply, WorkerRequest } from './messages';
import type { BulkProgress, RawColumns } from './types';

const post = (m: WorkerReply, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(m, transfer);
const progress = (phase: BulkProgress['phase'], fraction: number): void => post({ type: 'progress', progress: { phase, fraction } });

self.onmessage = (ev: MessageEvent<WorkerRequest>): void => {
  try {
    const t0 = performance.now();
    const req = ev.data;
    let raw: RawColumns;
    if (req.type === 'generate') {
      // Generation is 40% of the bar; sorting and indexing the rest.
      raw = syntheticRaw(req.count, req.seed, (f) => progress('generating', 0.4 * f));
    } else {
      raw = req.raw;
    }
    const t1 = performance.now();
    const columns = buildColumns(raw, (phase, f) => progress(phase, phase === 'sorting' ? 0.4 + 0.3 * f : 0.7 + 0.25 * f));
    const t2 = performance.now();
    // The order is kept: the columns' buffers leave with the reply.
    const order = req.border ? columns.origin.slice() : null;
    post({ type: 'done', columns, ms: { generate: t1 - t0, sort: t2 - t1, total: t2 - t0 } }, transferables(columns));
    // The border measures (~µs each) follow in a second message, so the points are on the map first.
    if (req.border && order) {
      const border = borderColumns(raw, order, createBorderIndex(req.border));
      post({ type: 'border', columns: border, ms: performance.now() - t2 }, [
        border.borderDistance.buffer,
        border.borderAlong.buffer,
        border.borderBank.buffer,
      ] as ArrayBuffer[]);
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
