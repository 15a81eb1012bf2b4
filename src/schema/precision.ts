/**
 * The fixed vocabularies of the data model: event kinds and the two precision scales. Listed
 * finest first, so "finer" is "earlier in the list".
 */

export const EVENT_KINDS = ['incident', 'meeting', 'programme-milestone', 'announcement'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** `range`: a span from `start` to `end` within which the event happened (or over which it ran). */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'range'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Finest first: a point is finer than a village, a village than a district, … `none` is no place at all. */
export const LOCATION_PRECISIONS = ['point', 'village', 'district', 'province', 'border', 'none'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** The finest of the given precisions (earliest in `scale`), or undefined when none is given. */
export function finest<T extends string>(scale: readonly T[], given: ReadonlyArray<T | undefined>): T | undefined {
  let best: T | undefined;
  for (const p of given) if (p !== undefined && (best === undefined || scale.indexOf(p) < scale.indexOf(best))) best = p;
  return best;
}
