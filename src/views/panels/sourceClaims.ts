/**
 * Pure helpers for the source panel's "what each source says": one row per source or report an
 * event quotes or cites, with the place, date and casualties that source gives, side by side.
 */
import type { CasualtyClaim, DateAlternative, EventDate, FrontierEvent, LocationPrecision } from '../../model/types';

/** What one source says about an event. Null cells: that source says nothing we recorded on it. */
export interface SourceClaim {
  /** A bundled source id or a report id. */
  by: string;
  /** The place as that source gives it; `drawn` when it is the place on the map. */
  place: { asReported: string; precision: LocationPrecision; drawn: boolean } | null;
  /** The date as that source gives it; `drawn` when it is the event's own date. */
  date: { date: EventDate | DateAlternative; drawn: boolean } | null;
  casualties: CasualtyClaim[];
}

/** Every source/report id the event names, in order: quotations, then citations, then claims and alternatives. */
function namedSources(e: FrontierEvent): string[] {
  const ids = [
    ...e.sources.map((r) => r.sourceId),
    ...(e.citations ?? []).map((c) => c.reportId),
    ...(e.casualties ?? []).map((c) => c.sourceId),
    ...(e.location.alternatives ?? []).map((a) => a.by),
    ...(e.date.alternatives ?? []).map((a) => a.by),
  ];
  return [...new Set(ids)];
}

/** The finest `locates`/`dates` a source's references give for the event (undefined when none says). */
function support(e: FrontierEvent, by: string): { locates: Set<LocationPrecision>; dates: boolean } {
  const refs = [...e.sources.filter((r) => r.sourceId === by), ...(e.citations ?? []).filter((c) => c.reportId === by)];
  return {
    locates: new Set(refs.flatMap((r) => (r.locates ? [r.locates] : []))),
    dates: refs.some((r) => r.dates !== undefined),
  };
}

/**
 * One row per source, in the order the event names them. A source's place is its location
 * alternative when it has one, else the drawn place when its references support that precision;
 * its date likewise. Rows with nothing to say (no place, date or casualties) are left out.
 */
export function sourceClaims(e: FrontierEvent): SourceClaim[] {
  return namedSources(e)
    .map((by): SourceClaim => {
      const sup = support(e, by);
      const altPlace = e.location.alternatives?.find((a) => a.by === by);
      const altDate = e.date.alternatives?.find((a) => a.by === by);
      const place = altPlace
        ? { asReported: altPlace.asReported, precision: altPlace.precision, drawn: false }
        : sup.locates.has(e.location.precision)
          ? { asReported: e.location.asReported, precision: e.location.precision, drawn: true }
          : null;
      const date = altDate ? { date: altDate, drawn: false } : sup.dates ? { date: e.date, drawn: true } : null;
      return { by, place, date, casualties: (e.casualties ?? []).filter((c) => c.sourceId === by) };
    })
    .filter((c) => c.place !== null || c.date !== null || c.casualties.length > 0);
}

/** True when the sources disagree or add detail: more than one row, or any alternative. */
export function hasClaimsToCompare(e: FrontierEvent): boolean {
  return sourceClaims(e).length > 1 || (e.location.alternatives?.length ?? 0) > 0 || (e.date.alternatives?.length ?? 0) > 0;
}

/** The language's name in the UI language (Intl.DisplayNames), else `fallback` (e.g. its own name). */
export function languageName(code: string, uiTags: readonly string[], fallback: string): string {
  try {
    const name = new Intl.DisplayNames([...uiTags], { type: 'language', fallback: 'none' }).of(code);
    return name && name !== code ? name : fallback;
  } catch {
    return fallback;
  }
}
