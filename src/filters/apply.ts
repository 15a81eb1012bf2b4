/** Pure functions over filter values: predicates, captions, the URL form and the bulk form. */
import * as v from 'valibot';
import type { FrontierEvent } from '../model/types';
import type { BulkDetail } from '../overlays/bulk/types';
import type { Lang } from '../i18n/langs';
import { readParam } from '../schema/params';
import { filterValue, type BulkUniforms, type FilterContext, type FilterDef, type FilterValues } from './filterDef';
import { FILTERS } from './registry';

export interface ActiveFilter {
  def: FilterDef<unknown>;
  value: unknown;
}

/** The filters that restrict anything, in registry order. */
export function activeFilters(values: FilterValues, defs: ReadonlyArray<FilterDef<unknown>> = FILTERS): ActiveFilter[] {
  return defs.map((def) => ({ def, value: filterValue(def, values) })).filter(({ def, value }) => def.isActive(value));
}

/** One predicate for all active filters (every one must pass); `() => true` when none is on. */
export function eventFilter(values: FilterValues, ctx: FilterContext, defs = FILTERS): (e: FrontierEvent) => boolean {
  const tests = activeFilters(values, defs).map(({ def, value }) => def.predicate(value, ctx));
  if (tests.length === 0) return () => true;
  return (e) => tests.every((t) => t(e));
}

/** The events that pass every active filter. */
export function filterEvents(events: readonly FrontierEvent[], values: FilterValues, ctx: FilterContext, defs = FILTERS): FrontierEvent[] {
  const keep = eventFilter(values, ctx, defs);
  return events.filter(keep);
}

/** One line per active filter, in `lang` ("Kind: incidents", "Search: “Shadak”"). */
export function filterSummaries(values: FilterValues, lang: Lang, defs = FILTERS): string[] {
  return activeFilters(values, defs).map(({ def, value }) => def.summary(value, lang));
}

/** Why the filters can match nothing on their own (e.g. no kind ticked), in `lang`. */
export function contradictions(values: FilterValues, lang: Lang, defs = FILTERS): string[] {
  return activeFilters(values, defs).flatMap(({ def, value }) => def.contradiction?.(value, lang) ?? []);
}

/** Uniforms that let everything through. */
export const OPEN_UNIFORMS: Readonly<BulkUniforms> = {
  kindMask: 0xff,
  datePrecisionMask: 0xff,
  locationPrecisionMask: 0xff,
  minKilled: 0,
  maxDistanceKm: 0,
  bankMask: 0xff,
  alongFromKm: 1,
  alongToKm: 0,
};

/** The GPU uniforms for the active numeric filters. */
export function bulkUniforms(values: FilterValues, defs = FILTERS): BulkUniforms {
  const u: BulkUniforms = { ...OPEN_UNIFORMS };
  for (const { def, value } of activeFilters(values, defs)) if (def.bulk.kind === 'uniform') def.bulk.apply(value, u);
  return u;
}

/** The record test behind the bulk mask (string filters), or null when no such filter is on. */
export function bulkMaskTest(values: FilterValues, defs = FILTERS): ((d: BulkDetail) => boolean) | null {
  const tests = activeFilters(values, defs).flatMap(({ def, value }) => (def.bulk.kind === 'mask' ? [def.bulk.test(value)] : []));
  if (tests.length === 0) return null;
  return (d) => tests.every((t) => t(d));
}

/** A key that changes exactly when the bulk mask must be recomputed (the string filters' values). */
export function bulkMaskKey(values: FilterValues, defs = FILTERS): string {
  return JSON.stringify(
    activeFilters(values, defs).flatMap(({ def, value }) => (def.bulk.kind === 'mask' ? [[def.id, def.serialise(value)]] : [])),
  );
}

/** Active filters a bulk set ignores (the panel names them). */
export function unsupportedOnBulk(values: FilterValues, defs = FILTERS): Array<FilterDef<unknown>> {
  return activeFilters(values, defs)
    .filter(({ def }) => def.bulk.kind === 'unsupported')
    .map(({ def }) => def);
}

/** Active filters that test a bulk set's border columns (they match nothing until the columns are measured). */
export function onBorderColumns(values: FilterValues, defs = FILTERS): Array<FilterDef<unknown>> {
  return activeFilters(values, defs)
    .filter(({ def }) => def.bulk.kind === 'uniform' && def.bulk.borderColumns === true)
    .map(({ def }) => def);
}

/** Every filter's URL parameter. */
export const filterParams = (defs = FILTERS): string[] => defs.map((d) => d.param);

/** Reads the filter parameters of a query string; each bad one is a warning and stays off. */
export function parseFilterParams(search: string, defs = FILTERS): { values: FilterValues; warnings: string[] } {
  const p = new URLSearchParams(search);
  const values: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const def of defs) {
    const raw = p.get(def.param);
    if (raw === null) continue;
    const r = readParam(def.schema, raw);
    if (!r.ok) warnings.push(r.warning);
    else if (def.isActive(r.value)) values[def.id] = r.value;
  }
  return { values, warnings };
}

/** The filter parameters of the values, `[param, string]` in registry order (inactive ones left out). */
export function serialiseFilters(values: FilterValues, defs = FILTERS): Array<[string, string]> {
  return activeFilters(values, defs).map(({ def, value }) => [def.param, def.serialise(value)]);
}

/** Reads filters from a record of parameter strings (a briefing step, a host command); throws the first complaint. */
export function filtersFromParams(params: Readonly<Record<string, string>>, defs = FILTERS): FilterValues {
  const known = new Set(defs.map((d) => d.param));
  const unknown = Object.keys(params).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`unknown filter ${JSON.stringify(unknown[0])} (filters: ${[...known].join(', ')})`);
  const values: Record<string, unknown> = {};
  for (const def of defs) {
    const raw = params[def.param];
    if (raw === undefined) continue;
    const value = v.parse(def.schema, raw);
    if (def.isActive(value)) values[def.id] = value;
  }
  return values;
}
