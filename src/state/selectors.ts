/** Derived views of the state. Pure, so views and tests share them. */
import type { FrontierEvent, Phase } from '../model/types';
import { overlaps, type TimeWindow } from '../calendar/window';
import { countInWindow } from '../overlays/bulk/windowRange';
import { bulkCounting } from './bulkCounting';
import { countDays } from '../overlays/bulk/dayCounts';
import { bulkInWindowByTime } from '../overlays/bulk/windowOrder';
import { compareChronological } from '../calendar/order';
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
  return (
    curated + (filtersOn(s) ? bulkCounting().countShown(s.data.bulk, w, s.filters ?? NO_FILTERS) : countInWindow(s.data.bulk.columns, w))
  );
}

/** How many events the window holds with no filter on: the "Y" of "X of Y events". */
export function eventTotalInWindow(s: Pick<AppState, 'time' | 'data'>): number {
  return eventCountInWindow({ time: s.time, data: s.data, filters: NO_FILTERS });
}

/**
 * A large import's events per run of whole days (by span midpoint), for the histogram; null without
 * one. With filters on it counts the records the bulk filters let through (running counts rebuilt
 * once per filter change, see bulkFilter.ts `filteredDayCum`), so the bars follow the map.
 */
export function shownBulkDayCounts(s: DataAndFilters): ((from: number, to: number) => number) | null {
  const set = s.data.bulk;
  if (!set) return null;
  const c = filtersOn(s)
    ? { dayCum: bulkCounting().filteredDayCum(set, s.filters ?? NO_FILTERS), minDay: set.columns.minDay }
    : set.columns;
  return (from, to) => countDays(c, from, to);
}

/** The window's events in time order, curated and bulk together (the event list pages through it). */
export interface WindowEntries {
  /** The curated events in the window, chronological. */
  curated: readonly FrontierEvent[];
  /** Every entry in order: v < 0 is `curated[−v − 1]`, v ≥ 0 the bulk event at sorted index v. */
  order: Int32Array;
}

/**
 * Merges the window's curated events and bulk events that pass the filters by first possible day
 * (curated first on a tie).
 */
export function windowEntries(s: Pick<AppState, 'time' | 'data'> & Partial<Pick<AppState, 'filters'>>): WindowEntries {
  const w = s.time.window;
  const curated = shownEvents(s)
    .filter((e) => overlaps(e, w))
    .sort(compareChronological);
  const set = s.data.bulk;
  const c = set?.columns;
  const keep = set && filtersOn(s) ? bulkCounting().bulkKeep(set, s.filters ?? NO_FILTERS) : null;
  const bulk = c ? bulkInWindowByTime(c, w, keep ?? undefined) : new Uint32Array(0);
  const order = new Int32Array(curated.length + bulk.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < order.length; k++) {
    const takeCurated = i < curated.length && (j >= bulk.length || curated[i]!.startDay <= c!.start[bulk[j]!]!);
    order[k] = takeCurated ? -++i : bulk[j++]!;
  }
  return { curated, order };
}
