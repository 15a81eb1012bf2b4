/** Derived views of the state. Pure, so views and tests share them. */
import type { FrontierEvent, Phase } from '../model/types';
import { overlaps, type TimeWindow } from '../calendar/window';
import { countInWindow } from '../overlays/bulk/windowRange';
import { countShown } from '../overlays/bulk/bulkFilter';
import { filterEvents } from '../filters/apply';
import { NO_FILTERS, type FilterContext, type FilterValues } from '../filters/filterDef';
import type { AppState } from './appStore';

type DataAndFilters = Pick<AppState, 'data'> & Partial<Pick<AppState, 'filters'>>;

/** What filter predicates consult (sources, reports, places, posts); null before the data is loaded. */
export function filterContextOf(s: Pick<AppState, 'data'>): FilterContext | null {
  return s.data.dataset ? { dataset: s.data.dataset, geo: s.data.geo } : null;
}

let memo: { dataset: unknown; geo: unknown; filters: FilterValues; events: readonly FrontierEvent[] } | null = null;

/**
 * The events to show: the curated (and small-import) events that pass every active filter, in
 * data order, not yet limited to the window. Every view that lists, draws, counts or exports
 * events reads this one selector, so they all agree. Memoised on the dataset and filter values.
 */
export function shownEvents(s: DataAndFilters): readonly FrontierEvent[] {
  const ctx = filterContextOf(s);
  if (!ctx) return [];
  const filters = s.filters ?? NO_FILTERS;
  if (memo && memo.dataset === s.data.dataset && memo.geo === s.data.geo && memo.filters === filters) return memo.events;
  const events = Object.keys(filters).length === 0 ? ctx.dataset.events : filterEvents(ctx.dataset.events, filters, ctx);
  memo = { dataset: s.data.dataset, geo: s.data.geo, filters, events };
  return events;
}

/** True when any filter restricts what is shown. */
export function filtersOn(s: Partial<Pick<AppState, 'filters'>>): boolean {
  return Object.keys(s.filters ?? NO_FILTERS).length > 0;
}

export interface VisibleIds {
  /** Events whose uncertainty span overlaps the window. */
  inWindow: string[];
  /** What the map draws: inWindow, or every event when context is on. */
  all: string[];
}

/** Ids the map shows for a window; with `context`, all events are drawn and in-window ones emphasised. */
export function visibleEventIds(events: readonly FrontierEvent[], w: TimeWindow, context: boolean): VisibleIds {
  const inWindow = events.filter((e) => overlaps(e, w)).map((e) => e.id);
  return { inWindow, all: context ? events.map((e) => e.id) : inWindow };
}

/**
 * Every programme stage in force on `day`, in stage order. Stages may overlap (src-003 gives stage 2
 * as 2026–27 and stage 3 as 2027–29), and then both are in force: none hides the other.
 */
export function phasesInForce(phases: readonly Phase[], day: number): Phase[] {
  return phases.filter((p) => day >= p.startDay && day < p.endDay + 1).sort((a, b) => a.stage - b.stage || a.startDay - b.startDay);
}

/**
 * How many events the window holds, as the map draws them: curated events that pass the filters
 * and whose span overlaps it, plus a bulk import's points shown in it (counted with the GPU's
 * float32 and filter tests, so the number matches what is on screen). The "X" of "X of Y events".
 */
export function eventCountInWindow(s: Pick<AppState, 'time' | 'data'> & Partial<Pick<AppState, 'filters'>>): number {
  const w = s.time.window;
  const curated = shownEvents(s).filter((e) => overlaps(e, w)).length;
  if (!s.data.bulk) return curated;
  return curated + (filtersOn(s) ? countShown(s.data.bulk, w, s.filters ?? NO_FILTERS) : countInWindow(s.data.bulk.columns, w));
}

/** How many events the window holds with no filter on: the "Y" of "X of Y events". */
export function eventTotalInWindow(s: Pick<AppState, 'time' | 'data'>): number {
  return eventCountInWindow({ time: s.time, data: s.data, filters: NO_FILTERS });
}
