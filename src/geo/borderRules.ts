/**
 * The rules of the border measures (which figure a location of each precision gets) and their
 * types, without the index that computes them: the default view shows the shipped events'
 * measures, computed at build (scripts/borderMeasuresPlugin.ts), so it must not pull in
 * `borderMeasure.ts` (flatbush, turf) to read or filter them; imports load that module on demand.
 */
import type { Position } from 'geojson';
import type { LocationPrecision } from '../schema/precision.ts';

/** `tj`/`af`: inside that country; `line`: within `ON_LINE_KM` of the line; `other`: a third country. */
export type Bank = 'tj' | 'af' | 'line' | 'other';
export const BANKS: readonly Bank[] = ['tj', 'af', 'line', 'other'];

/** The border is simplified to ~20 m; closer than this is "on the line" (mid-river, a bridge). */
export const ON_LINE_KM = 0.1;

export interface PointMeasure {
  /** Great-circle km to the nearest point of the line (its end, beyond a tripoint). */
  distanceKm: number;
  /** Km along the line from its western end to the nearest point, in [0, lengthKm]. */
  alongKm: number;
  bank: Bank;
}

export interface BorderIndex {
  /** Length of the line in km (turf's haversine sum, as `borderLengthKm`). */
  lengthKm: number;
  measure(lng: number, lat: number): PointMeasure;
}

/**
 * How an event stands against the border, as far as its location precision allows:
 * - `point` (point/village precision): measured from its coordinates;
 * - `district-seat`: a district event is drawn at the seat (no outline is available), so the seat
 *   gives its place along the border but no distance, which would be the seat's, not the event's;
 * - `area`: a province event: its bank only;
 * - `line`: located only to the border: on the line, place along it unknown;
 * - `none`: no place.
 */
export interface BorderMeasure {
  distanceKm: number | null;
  bank: Bank | null;
  alongKm: number | null;
  basis: 'point' | 'district-seat' | 'area' | 'line' | 'none';
}

export const NO_MEASURE: BorderMeasure = { distanceKm: null, bank: null, alongKm: null, basis: 'none' };

/** The bank of an area from its id's country prefix (`tj-kl-panj`, `AF-BD`), null for others. */
export function areaBank(areaRef: string | null): Bank | null {
  const prefix = areaRef?.slice(0, 3).toLowerCase();
  return prefix === 'tj-' || prefix === 'tj.' ? 'tj' : prefix === 'af-' || prefix === 'af.' ? 'af' : null;
}

export interface MeasuredLocation {
  locationPrecision: LocationPrecision;
  geometry: Position | null;
  /** The district or province id the location names (its country gives the bank). */
  areaId: string | null;
  /**
   * True when the geometry stands for a district: a border district's seat, or an imported
   * district-level record's own coordinates (not a region's label point).
   */
  atDistrictSeat: boolean;
}

/** The measure of one located record; `index` is undefined where no border is loaded. */
export function measureLocation(loc: MeasuredLocation, index: BorderIndex | undefined): BorderMeasure {
  const [lng, lat] = loc.geometry ?? [];
  switch (loc.locationPrecision) {
    case 'point':
    case 'village': {
      if (index === undefined || lng === undefined || lat === undefined) return NO_MEASURE;
      const m = index.measure(lng, lat);
      return { distanceKm: m.distanceKm, bank: m.bank, alongKm: m.alongKm, basis: 'point' };
    }
    case 'district':
    case 'province': {
      const bank = areaBank(loc.areaId);
      if (!loc.atDistrictSeat || index === undefined || lng === undefined || lat === undefined)
        return { distanceKm: null, bank, alongKm: null, basis: 'area' };
      const m = index.measure(lng, lat);
      return { distanceKm: null, bank: bank ?? (m.bank === 'line' ? null : m.bank), alongKm: m.alongKm, basis: 'district-seat' };
    }
    case 'border':
      return { distanceKm: 0, bank: 'line', alongKm: null, basis: 'line' };
    case 'none':
      return NO_MEASURE;
  }
}
