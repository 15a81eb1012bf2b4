/**
 * Filters on a bulk set, as the GPU applies them and as the CPU counts them. Numeric filters
 * (kind, precisions, killed; distance, bank and border stretch against the border columns) are
 * uniforms tested against per-record attributes uploaded once (the border columns once more when
 * the worker's second pass has measured them);
 * string filters (search, sub-type, actor, source) become one byte per record, computed here on
 * the main thread — the records' strings live there and are never copied to the worker — only when
 * such a filter's value changes, and uploaded once per change (`bulkLayer.ts`).
 */
import { bulkMaskKey, bulkMaskTest, bulkUniforms, OPEN_UNIFORMS } from '../../filters/apply';
import type { BulkUniforms, FilterValues } from '../../filters/filterDef';
import type { TimeWindow } from '../../calendar/window';
import { UNKNOWN_KILLED, type BulkColumns, type BulkSet } from './types';
import { gpuWindow, inGpuWindow, windowRanges } from './windowRange';
import { cumulativeDayCounts } from './dayCounts';

/** The CPU twin of the shader's filter test for sorted record `i` (NaN border columns fail every border test). */
export function passesUniforms(
  c: Pick<BulkColumns, 'kind' | 'datePrecision' | 'locationPrecision' | 'killed' | 'borderDistance' | 'borderBank' | 'borderAlong'>,
  i: number,
  u: BulkUniforms,
): boolean {
  if (!((u.kindMask >> c.kind[i]!) & 1)) return false;
  if (!((u.datePrecisionMask >> c.datePrecision[i]!) & 1)) return false;
  if (!((u.locationPrecisionMask >> c.locationPrecision[i]!) & 1)) return false;
  if (u.minKilled > 0) {
    const k = c.killed[i]!;
    if (k === UNKNOWN_KILLED || k < u.minKilled) return false;
  }
  if (u.maxDistanceKm > 0 && !(c.borderDistance[i]! <= u.maxDistanceKm)) return false;
  if (u.bankMask !== 0xff) {
    const b = c.borderBank[i]!;
    if (b >= 8 || !((u.bankMask >> b) & 1)) return false;
  }
  if (u.alongFromKm <= u.alongToKm) {
    const a = c.borderAlong[i]!;
    if (!(a >= u.alongFromKm && a <= u.alongToKm)) return false;
  }
  return true;
}

const MASKS = new WeakMap<BulkSet, { key: string; mask: Uint8Array | null }>();

/**
 * One byte per sorted record, 1 = passes the string filters; null when none is on. Memoised per
 * set and string-filter values, so a window or numeric-filter change never recomputes it.
 */
export function bulkMatchMask(set: BulkSet, values: FilterValues): Uint8Array | null {
  const key = bulkMaskKey(values);
  const hit = MASKS.get(set);
  if (hit && hit.key === key) return hit.mask;
  const test = bulkMaskTest(values);
  let mask: Uint8Array | null = null;
  if (test) {
    mask = new Uint8Array(set.columns.count);
    for (let i = 0; i < mask.length; i++) mask[i] = test(set.detail(i)) ? 1 : 0;
  }
  MASKS.set(set, { key, mask });
  return mask;
}

/** What the layer needs per frame: the uniforms and the mask. */
export function bulkFilterState(set: BulkSet, values: FilterValues): { uniforms: BulkUniforms; mask: Uint8Array | null } {
  return { uniforms: bulkUniforms(values), mask: bulkMatchMask(set, values) };
}

/** The per-record test of the filters (sorted index → shown), or null when they let every record through. */
export function bulkKeep(set: BulkSet, values: FilterValues): ((i: number) => boolean) | null {
  const { uniforms: u, mask } = bulkFilterState(set, values);
  const open = (Object.keys(OPEN_UNIFORMS) as Array<keyof BulkUniforms>).every((k) => u[k] === OPEN_UNIFORMS[k]);
  if (open && !mask) return null;
  const c = set.columns;
  if (open) return (i) => mask![i] === 1;
  return mask ? (i) => mask[i] === 1 && passesUniforms(c, i, u) : (i) => passesUniforms(c, i, u);
}

/** Records the GPU shows for the window and filters (scans only the window's candidate ranges). */
export function countShown(set: BulkSet, w: TimeWindow, values: FilterValues): number {
  const c = set.columns;
  const keep = bulkKeep(set, values) ?? (() => true);
  const { ws, we } = gpuWindow(w);
  let n = 0;
  for (const [lo, hi] of windowRanges(c.start, c.buckets, w))
    for (let i = lo; i < hi; i++) if (inGpuWindow(c.start[i]!, c.endx[i]!, ws, we) && keep(i)) n++;
  return n;
}

const DAY_CUMS = new WeakMap<BulkSet, { values: FilterValues; measured: boolean; cum: Uint32Array }>();

/**
 * Running counts per day of the records that pass the filters (the histogram's rule, as the
 * worker's `dayCum`), or the set's own `dayCum` when no filter applies to it. One pass over the
 * records per filter change (and once more when the border columns arrive), memoised per set and
 * filter values; window changes reuse it.
 */
export function filteredDayCum(set: BulkSet, values: FilterValues): Uint32Array {
  const hit = DAY_CUMS.get(set);
  if (hit && hit.values === values && hit.measured === set.columns.borderMeasured) return hit.cum;
  const keep = bulkKeep(set, values);
  const c = set.columns;
  const cum = keep ? cumulativeDayCounts(c.start, c.endx, c.minDay, c.maxDay, keep) : c.dayCum;
  DAY_CUMS.set(set, { values, measured: c.borderMeasured, cum });
  return cum;
}

const KEEP_MASKS = new WeakMap<BulkSet, { values: FilterValues; measured: boolean; mask: Uint8Array | null }>();

/** `bulkKeep` as one byte per sorted record (for a worker), or null when no filter applies; memoised per set and values. */
export function bulkKeepMask(set: BulkSet, values: FilterValues): Uint8Array | null {
  const hit = KEEP_MASKS.get(set);
  if (hit && hit.values === values && hit.measured === set.columns.borderMeasured) return hit.mask;
  const keep = bulkKeep(set, values);
  let mask: Uint8Array | null = null;
  if (keep) {
    mask = new Uint8Array(set.columns.count);
    for (let i = 0; i < mask.length; i++) mask[i] = keep(i) ? 1 : 0;
  }
  KEEP_MASKS.set(set, { values, measured: set.columns.borderMeasured, mask });
  return mask;
}
