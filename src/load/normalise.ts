/**
 * Records → model: day numbers for dates and resolved geometry for locations. Pure; geography
 * comes in through a `GeoLookup`. Inputs are assumed validated (see `validate.ts`); a reference
 * that still does not resolve throws `invalid <name>: <value>`.
 */
import { dateSpan, isoDayToDayNumber, yearsSpan } from '../calendar/dates.ts';
import { areaAnchor, areaIdsFor } from '../geo/areaRefs.ts';
import { measureLocation } from '../geo/borderRules.ts';
import type { GeoLookup, LngLat } from '../geo/geoLookup.ts';
import type {
  EventLocation,
  EventRecord,
  FrontierEvent,
  Outpost,
  OutpostRecord,
  Phase,
  PhaseRecord,
  Report,
  ReportRecord,
} from '../model/types.ts';

function resolved(name: string, value: string, point: LngLat | undefined): LngLat {
  if (point === undefined) throw new Error(`invalid ${name}: ${value}`);
  return point;
}

/**
 * Geometry and highlighted area of a location: village ⇒ the place point; point ⇒ its coordinates;
 * district/province ⇒ the area's anchor (a district's, else the region's label point) and the region's id to highlight (none for a
 * border district, which has no outline: a pin at its anchor); border ⇒ the border's label point
 * (if the lookup has one) and the border id; none ⇒ nothing (timeline only).
 */
export function resolveLocation(location: EventLocation, geo: GeoLookup): { geometry: LngLat | null; areaRef: string | null } {
  const ref = location.ref ?? '';
  switch (location.precision) {
    case 'village':
      return { geometry: resolved('place id', ref, geo.placeLngLat(ref)), areaRef: null };
    case 'point':
      return { geometry: resolved('coordinates', String(location.coordinates), location.coordinates), areaRef: null };
    case 'district':
    case 'province':
      if (!areaIdsFor(geo, location.precision).has(ref)) throw new Error(`invalid region id: ${ref}`);
      // A border district has no outline to highlight (only its seat's anchor), so it is drawn as a pin there.
      return { geometry: resolved('region label point', ref, areaAnchor(geo, ref)), areaRef: geo.districtIds?.has(ref) ? null : ref };
    case 'border':
      if (ref !== geo.borderId) throw new Error(`invalid border id: ${ref}`);
      return { geometry: geo.borderLabelPoint ?? null, areaRef: ref };
    case 'none':
      return { geometry: null, areaRef: null };
  }
}

/**
 * An event with its day span, resolved geometry and border measure (the build's for a shipped
 * event, else measured with the lookup's index), ready for the store.
 */
export function normaliseEvent(record: EventRecord, geo: GeoLookup): FrontierEvent {
  const { startDay, endDay } = dateSpan(record.date);
  const { geometry, areaRef } = resolveLocation(record.location, geo);
  const areaId =
    record.location.precision === 'district' || record.location.precision === 'province' ? (record.location.ref ?? null) : null;
  const atDistrictSeat = areaId !== null && (geo.districtIds?.has(areaId) ?? false);
  const border =
    geo.shippedMeasures?.get(record.id) ??
    measureLocation({ locationPrecision: record.location.precision, geometry, areaId, atDistrictSeat }, geo.borderIndex);
  return { ...record, startDay, endDay, geometry, areaRef, border };
}

/** A phase with its whole-year day span (1 Jan of `start` to 31 Dec of `end`). */
export function normalisePhase(record: PhaseRecord): Phase {
  return { ...record, ...yearsSpan(record.start, record.end) };
}

/**
 * An outpost with the point it is drawn at: its exact coordinates, its settlement's place point,
 * or its district's anchor (then `approximate`).
 */
export function normaliseOutpost(record: OutpostRecord, geo: GeoLookup): Outpost {
  switch (record.precision) {
    case 'exact':
      return { ...record, lngLat: resolved('coordinates', String(record.coordinates), record.coordinates), approximate: false };
    case 'settlement':
      return { ...record, lngLat: resolved('place id', record.placeId ?? '', geo.placeLngLat(record.placeId ?? '')), approximate: false };
    case 'district':
      return {
        ...record,
        lngLat: resolved('district id', record.district ?? '', areaAnchor(geo, record.district ?? '')),
        approximate: true,
      };
  }
}

/** A report with its publication day (null when undated). */
export function normaliseReport(record: ReportRecord): Report {
  return { ...record, publishedDay: record.published === null ? null : isoDayToDayNumber(record.published) };
}

/** Chronological order (start, then end, then id) so lists and the timeline agree without re-sorting. */
export { compareChronological as compareEvents } from '../calendar/order';
