/**
 * Raw columns: the numbers of ImportRecords copied into typed arrays in row order, ready to be
 * transferred to the bulk worker. Small on purpose (no kdbush, no sort) so the loader stays light.
 */
import type { ImportRecord } from '../../model/types';
import { DATE_PRECISION_CODES, KIND_CODES, LOCATION_PRECISION_CODES, UNKNOWN_KILLED, type RawColumns } from './types';

/** Empty raw columns for `count` events. */
export function allocRaw(count: number): RawColumns {
  return {
    count,
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    startDay: new Float64Array(count),
    endDay: new Float64Array(count),
    kind: new Uint8Array(count),
    datePrecision: new Uint8Array(count),
    locationPrecision: new Uint8Array(count),
    killed: new Uint16Array(count).fill(UNKNOWN_KILLED),
  };
}

/** A killed figure as its Uint16 code (saturated below `UNKNOWN_KILLED`). */
export const killedCode = (n: number | null): number =>
  n === null || !Number.isFinite(n) ? UNKNOWN_KILLED : Math.max(0, Math.min(UNKNOWN_KILLED - 1, Math.floor(n)));

const codeOf = <T>(codes: readonly T[], v: T): number => Math.max(0, codes.indexOf(v));

/** Copies records [from, to) into `raw` (numbers only: strings never leave the caller's thread). */
export function extractRaw(records: readonly ImportRecord[], from: number, to: number, raw: RawColumns): void {
  for (let i = from; i < to; i++) {
    const r = records[i]!;
    raw.lon[i] = r.lon;
    raw.lat[i] = r.lat;
    raw.startDay[i] = r.startDay;
    raw.endDay[i] = r.endDay;
    raw.kind[i] = codeOf(KIND_CODES, r.kind);
    raw.datePrecision[i] = codeOf(DATE_PRECISION_CODES, r.datePrecision);
    raw.locationPrecision[i] = codeOf(LOCATION_PRECISION_CODES, r.locationPrecision);
    raw.killed[i] = killedCode(r.fatalities);
  }
}

/** The ArrayBuffers of raw columns, for postMessage transfer lists. */
export function rawTransferables(r: RawColumns): ArrayBuffer[] {
  return [
    r.lon.buffer,
    r.lat.buffer,
    r.startDay.buffer,
    r.endDay.buffer,
    r.kind.buffer,
    r.datePrecision.buffer,
    r.locationPrecision.buffer,
    r.killed.buffer,
  ] as ArrayBuffer[];
}
