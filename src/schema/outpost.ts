/**
 * One border crossing or post in `data/outposts.json`. Its precision says where it is drawn: at
 * its own coordinates (`exact`), at a settlement (`settlement`, `placeId`), or at a district's
 * anchor (`district`, approximate); each precision takes exactly its own key.
 */
import * as v from 'valibot';
import { areaIdsFor } from '../geo/areaRefs.ts';
import type { AreaLookup } from '../geo/areaRefs.ts';
import type { GeoLookup } from '../geo/geoLookup.ts';
import { crossCheck, nonEmpty, oneOf, record, rule, text } from './dialect.ts';
import { recordId } from './recordId.ts';
import { frontierLngLat } from './frontierArea.ts';
import { listOf, show } from './messages.ts';
import { anySourceSchema } from './sourceRefs.ts';
import type { ReportFacts, SourceTexts } from './sourceRefs.ts';

export const OUTPOST_KINDS = ['crossing', 'post'] as const;
export type OutpostKind = (typeof OUTPOST_KINDS)[number];
export const OUTPOST_PRECISIONS = ['exact', 'settlement', 'district'] as const;
export type OutpostPrecision = (typeof OUTPOST_PRECISIONS)[number];

/** The key each precision is placed by. */
const PLACED_BY = { exact: 'coordinates', settlement: 'placeId', district: 'district' } as const;

/** Everything an outpost may refer to. */
export interface OutpostRefs {
  sources: SourceTexts;
  geo: Pick<GeoLookup, 'placeLngLat'> & AreaLookup;
  /** Reports from reports.json (none when absent). */
  reports?: ReportFacts;
}

/** The schema of one outpost. */
export function outpostSchema(refs: OutpostRefs) {
  const areas = areaIdsFor(refs.geo, 'district');
  return v.pipe(
    record({
      id: recordId,
      kind: oneOf(OUTPOST_KINDS),
      /** The post's number where a source gives one. */
      number: v.optional(text),
      name: text,
      name_ru: v.optional(text),
      /** The name in the source's own script, verbatim (e.g. «Истиклол»). */
      name_native: v.optional(text),
      /** With precision `settlement`: the place it is drawn at. */
      placeId: v.optional(
        v.pipe(
          text,
          rule((p: string) =>
            refs.geo.placeLngLat(p) !== undefined ? undefined : `expected a place id from data/geo/places.geojson, got ${show(p)}`,
          ),
        ),
      ),
      /** With precision `exact`: `[lon, lat]`. */
      coordinates: v.optional(frontierLngLat),
      /** The district (or region) it lies in, an area id from data/geo; with precision `district`, where it is drawn. */
      district: v.optional(
        v.pipe(
          text,
          rule((d: string) =>
            areas.has(d) ? undefined : `expected a district or region id from data/geo (${listOf(areas)}), got ${show(d)}`,
          ),
        ),
      ),
      precision: oneOf(OUTPOST_PRECISIONS),
      sources: nonEmpty(anySourceSchema(refs.sources, refs.reports ?? new Map()), 'at least one source'),
      note: v.optional(text),
    }),
    crossCheck([['precision'], ['placeId'], ['coordinates'], ['district']], (o) => {
      const uses = PLACED_BY[o.precision];
      const problems: Array<readonly [readonly string[], string]> = [];
      for (const key of ['placeId', 'coordinates'] as const)
        if (key !== uses && o[key] !== undefined)
          problems.push([[key], `expected no ${key} for precision "${o.precision}" (it uses ${uses})`]);
      if (o[uses] === undefined)
        problems.push([[uses], `expected ${uses === 'coordinates' ? 'an array' : 'a non-empty string'}, got nothing`]);
      return problems;
    }),
  );
}
export type OutpostRecord = v.InferOutput<ReturnType<typeof outpostSchema>>;
