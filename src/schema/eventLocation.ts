/**
 * An event's location: its precision decides what `ref` must be (a place id for `village`, an
 * area id for `district`/`province`, the border id for `border`, nothing for `point`/`none`), and
 * only `point` carries coordinates. Geometry always comes from data/geo, so it cannot drift from
 * the map. Other sources' coarser or conflicting places are kept as alternatives.
 */
import * as v from 'valibot';
import { areaIdsFor } from '../geo/areaRefs.ts';
import type { AreaLookup } from '../geo/areaRefs.ts';
import type { GeoLookup } from '../geo/geoLookup.ts';
import { crossRule, expects, finite, list, oneOf, record, text } from './dialect.ts';
import { frontierLngLat } from './frontierArea.ts';
import { listOf, show } from './messages.ts';
import { LOCATION_PRECISIONS } from './precision.ts';
import type { LocationPrecision } from './precision.ts';

/** The part of the geography that location references resolve against. */
export type LocationGeo = Pick<GeoLookup, 'placeLngLat' | 'borderId'> & AreaLookup;

/** What is wrong with `ref` for `precision`, if anything. */
export function refProblem(geo: LocationGeo, precision: LocationPrecision, ref: string | undefined): string | undefined {
  switch (precision) {
    case 'village':
      if (ref === undefined) return 'expected a non-empty string, got nothing';
      return geo.placeLngLat(ref) !== undefined ? undefined : `expected a place id from data/geo/places.geojson, got ${show(ref)}`;
    case 'district':
    case 'province': {
      if (ref === undefined) return 'expected a non-empty string, got nothing';
      const areas = areaIdsFor(geo, precision);
      const what = areas === geo.regionIds ? 'a region id from data/geo/regions.geojson' : 'a district or region id from data/geo';
      return areas.has(ref) ? undefined : `expected ${what} (${listOf(areas)}), got ${show(ref)}`;
    }
    case 'border':
      return ref === geo.borderId ? undefined : `expected "${geo.borderId}" for precision "border", got ${show(ref)}`;
    case 'point':
    case 'none':
      return ref === undefined ? undefined : `expected no ref for precision "${precision}", got ${JSON.stringify(ref)}`;
  }
}

const coordinatesProblem = (l: { precision: LocationPrecision; coordinates?: [number, number] }) => {
  if (l.precision === 'point') return l.coordinates === undefined ? 'expected an array, got nothing' : undefined;
  return l.coordinates === undefined
    ? undefined
    : `expected no coordinates for precision "${l.precision}" (only "point" has them; geometry comes from data/geo)`;
};

const uncertaintyProblem = (l: { precision: LocationPrecision; uncertaintyKm?: number }) =>
  l.uncertaintyKm === undefined || l.precision === 'village' || l.precision === 'point'
    ? undefined
    : `expected no uncertaintyKm except for precision "village" or "point", got ${show(l.uncertaintyKm)}`;

/** Another place a source gives for the event (coarser or conflicting), kept beside the one drawn. */
export function locationAlternativeSchema(geo: LocationGeo, by: v.GenericSchema<unknown, string>) {
  const problem = ({ precision, ref }: { precision: LocationPrecision; ref?: string }) => refProblem(geo, precision, ref);
  return v.pipe(
    record({ by, precision: oneOf(LOCATION_PRECISIONS), ref: v.optional(text), asReported: text }),
    crossRule([['precision'], ['ref']], ['ref'], (x) => problem(x)),
  );
}

/** Everything an event location may refer to besides the geography. */
export interface LocationRefs {
  geo: LocationGeo;
  /** Who may give an alternative place: a source id or a report id. */
  by: v.GenericSchema<unknown, string>;
  /** Outpost ids from outposts.json. */
  postId: v.GenericSchema<unknown, string>;
}

/** `location` of an event. */
export function eventLocationSchema({ geo, by, postId }: LocationRefs) {
  const problem = ({ precision, ref }: { precision: LocationPrecision; ref?: string }) => refProblem(geo, precision, ref);
  return v.pipe(
    record({
      precision: oneOf(LOCATION_PRECISIONS),
      /**
       * What the location refers to: a place id (`village`), an area id (`district`/`province`),
       * `tj-af` (`border`). Geometry is resolved from `data/geo` so it can never drift from the map.
       */
      ref: v.optional(text),
      /** `[lon, lat]` in the frontier area, only for `point` precision (user-supplied exact coordinates). */
      coordinates: v.optional(frontierLngLat),
      /** Radius of the uncertainty ring for village-level events, km. */
      uncertaintyKm: v.optional(
        v.pipe(
          finite,
          v.check((n) => n > 0, expects('a positive number of km')),
        ),
      ),
      /** The place as the text names it, verbatim (e.g. "near Shadak village"). */
      asReported: text,
      /** The border post or crossing (an outpost id) the event happened at, where a source names it. */
      postId: v.optional(postId),
      /** Places other sources give, kept beside the one drawn. */
      alternatives: v.optional(list(locationAlternativeSchema(geo, by))),
    }),
    crossRule([['precision'], ['ref']], ['ref'], (x) => problem(x)),
    crossRule([['precision'], ['coordinates']], ['coordinates'], (x) => coordinatesProblem(x)),
    crossRule([['precision'], ['uncertaintyKm']], ['uncertaintyKm'], (x) => uncertaintyProblem(x)),
  );
}
export type EventLocation = v.InferOutput<ReturnType<typeof eventLocationSchema>>;
export type LocationAlternative = v.InferOutput<ReturnType<typeof locationAlternativeSchema>>;
