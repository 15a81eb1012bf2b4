/**
 * The border measures of a bulk set, as columns computed once in the worker, in a second pass
 * after the points have gone to the map (a measure costs microseconds; a million of them must not
 * delay the first draw): km to the border
 * (Float32, NaN where the precision allows none), km along it from the Uzbek tripoint (Float32,
 * NaN where unknown) and the bank (Uint8 code into `BANK_CODES`, `NO_BANK` where unknown). The
 * same rules as curated events (`measureLocation`): a district-level record's coordinates give
 * its place along the border but no distance; a province-level one neither.
 */
import { BANKS, measureLocation, type Bank, type BorderIndex, type BorderMeasure } from '../../geo/borderRules';
import type { LocationPrecision } from '../../model/types';
import { LOCATION_PRECISION_CODES, type RawColumns } from './types';

/** Codes of the bank column: the index into this list. */
export const BANK_CODES: readonly Bank[] = BANKS;
/** The bank column's code for "unknown". */
export const NO_BANK = 255;

export interface BorderColumns {
  borderDistance: Float32Array;
  borderAlong: Float32Array;
  borderBank: Uint8Array;
}

/** Measures raw row `order[j]` into sorted slot `j`, for every j; without an index every measure is unknown. */
export function borderColumns(raw: RawColumns, order: Uint32Array, index: BorderIndex | undefined): BorderColumns {
  const n = order.length;
  const out: BorderColumns = { borderDistance: new Float32Array(n), borderAlong: new Float32Array(n), borderBank: new Uint8Array(n) };
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const precision = LOCATION_PRECISION_CODES[raw.locationPrecision[i]!] ?? 'point';
    const lon = raw.lon[i]!;
    const lat = raw.lat[i]!;
    const located = Number.isFinite(lon) && Number.isFinite(lat);
    const m = measureLocation(
      { locationPrecision: precision, geometry: located ? [lon, lat] : null, areaId: null, atDistrictSeat: precision === 'district' },
      index,
    );
    out.borderDistance[j] = m.distanceKm ?? NaN;
    out.borderAlong[j] = m.alongKm ?? NaN;
    out.borderBank[j] = m.bank === null ? NO_BANK : BANK_CODES.indexOf(m.bank);
  }
  return out;
}

/** The measure of sorted event `j` back from the columns (its basis from its location precision). */
export function borderMeasureAt(c: BorderColumns, j: number, precision: LocationPrecision): BorderMeasure {
  const d = c.borderDistance[j]!;
  const a = c.borderAlong[j]!;
  const code = c.borderBank[j]!;
  const basis: BorderMeasure['basis'] =
    precision === 'point' || precision === 'village'
      ? 'point'
      : precision === 'district'
        ? Number.isNaN(a)
          ? 'area'
          : 'district-seat'
        : precision === 'province'
          ? 'area'
          : precision === 'border'
            ? 'line'
            : 'none';
  return {
    distanceKm: Number.isNaN(d) ? null : d,
    alongKm: Number.isNaN(a) ? null : a,
    bank: code === NO_BANK ? null : (BANK_CODES[code] ?? null),
    basis,
  };
}
