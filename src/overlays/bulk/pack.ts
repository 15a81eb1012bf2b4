/**
 * Pure packing: raw columns → sorted, GPU-ready `BulkColumns` with a kdbush index. Runs in the
 * bulk worker; no DOM, map or store here.
 */
import KDBush from 'kdbush';
import { radixSortOrder } from './radixSort';
import type { BulkColumns, RawColumns, SpanBucket } from './types';
import type { BorderIndex } from '../../geo/borderMeasure';
import { borderColumns } from './borderColumns';
import { SPAN_CLASSES, spanClass } from './windowRange';
import { cumulativeDayCounts } from './dayCounts';

/** Web-mercator x in [0, 1] of a longitude. */
export function mercX(lon: number): number {
  return (180 + lon) / 360;
}

/** Web-mercator y in [0, 1] of a latitude (clamped to the mercator limit). */
export function mercY(lat: number): number {
  const l = Math.max(-85.051129, Math.min(85.051129, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
}

export type ProgressFn = (phase: 'sorting' | 'indexing', fraction: number) => void;

/**
 * Sorts raw columns by (span bucket, start day) with a radix sort and builds the GPU columns, the
 * border measures (with `border`; unknown without) and the kdbush index. Days are floored to whole
 * days (imports carry whole days).
 */
export function buildColumns(raw: RawColumns, onProgress: ProgressFn = () => {}, border?: BorderIndex): BulkColumns {
  const n = raw.count;
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  let minX = 1,
    maxX = 0,
    minY = 1,
    maxY = 0;
  for (let i = 0; i < n; i++) {
    const s = Math.floor(raw.startDay[i]!);
    const e = Math.floor(Math.max(raw.endDay[i]!, s)) + 1;
    if (s < minDay) minDay = s;
    if (e > maxDay) maxDay = e;
    const x = mercX(raw.lon[i]!);
    const y = mercY(raw.lat[i]!);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (n === 0) [minDay, maxDay, minX, maxX, minY, maxY] = [0, 0, 0.5, 0.5, 0.5, 0.5];
  const range = maxDay - minDay + 1;
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const s = Math.floor(raw.startDay[i]!);
    const span = Math.floor(Math.max(raw.endDay[i]!, s)) + 1 - s;
    keys[i] = spanClass(span) * range + (s - minDay);
  }
  onProgress('sorting', 0.2);
  const order = radixSortOrder(keys);
  onProgress('sorting', 1);

  const centre: [number, number] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const pos = new Float32Array(n * 2);
  const start = new Float32Array(n);
  const endx = new Float32Array(n);
  const kind = new Uint8Array(n);
  const datePrecision = new Uint8Array(n);
  const locationPrecision = new Uint8Array(n);
  const killed = new Uint16Array(n);
  const buckets: SpanBucket[] = SPAN_CLASSES.map(() => ({ from: 0, to: 0, maxSpan: 0 }));
  const index = new KDBush(n, 64, Float32Array);
  let bucket = -1;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const b = Math.floor(keys[i]! / range);
    if (b !== bucket) {
      for (let k = bucket + 1; k <= b; k++) buckets[k]!.from = buckets[k]!.to = j;
      bucket = b;
    }
    const s = Math.floor(raw.startDay[i]!);
    const e = Math.floor(Math.max(raw.endDay[i]!, s)) + 1;
    const bk = buckets[b]!;
    bk.to = j + 1;
    if (e - s > bk.maxSpan) bk.maxSpan = e - s;
    const x = mercX(raw.lon[i]!);
    const y = mercY(raw.lat[i]!);
    // Relative to the centre in float64 first, then float32: small values keep sub-pixel precision.
    pos[2 * j] = x - centre[0];
    pos[2 * j + 1] = y - centre[1];
    start[j] = s;
    endx[j] = e;
    kind[j] = raw.kind[i]!;
    datePrecision[j] = raw.datePrecision[i]!;
    locationPrecision[j] = raw.locationPrecision[i]!;
    killed[j] = raw.killed[i]!;
    index.add(x, y);
  }
  for (let k = Math.max(0, bucket + 1); k < buckets.length; k++) buckets[k]!.from = buckets[k]!.to = n;
  onProgress('indexing', 0.3);
  const measures = borderColumns(raw, order, border);
  const dayCum = cumulativeDayCounts(start, endx, minDay, maxDay);
  onProgress('indexing', 0.6);
  index.finish();
  onProgress('indexing', 1);
  return {
    count: n,
    centre,
    pos,
    start,
    endx,
    kind,
    datePrecision,
    locationPrecision,
    killed,
    ...measures,
    borderMeasured: border !== undefined,
    origin: order,
    buckets,
    index: index.data as ArrayBuffer,
    minDay,
    maxDay,
    dayCum,
  };
}

/** The ArrayBuffers of a columns object, for postMessage transfer lists. */
export function transferables(c: BulkColumns): ArrayBuffer[] {
  return [
    c.pos.buffer,
    c.start.buffer,
    c.endx.buffer,
    c.kind.buffer,
    c.datePrecision.buffer,
    c.locationPrecision.buffer,
    c.killed.buffer,
    c.borderDistance.buffer,
    c.borderAlong.buffer,
    c.borderBank.buffer,
    c.origin.buffer,
    c.index,
    c.dayCum.buffer,
  ] as ArrayBuffer[];
}
