/** Derived views of the state. Pure, so views and tests share them. */
import type { FrontierEvent, Phase } from '../model/types';
import { overlaps, type TimeWindow } from '../calendar/window';
import { countInWindow } from '../overlays/bulk/windowRange';
import { countDays } from '../overlays/bulk/dayCounts';
import { bulkInWindowByTime } from '../overlays/bulk/windowOrder';
import { compareChronological } from '../calendar/order';
import type { AppState } from './appStore';

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
 * How many events the window holds, as the map draws them: curated events whose span overlaps it
 * plus a bulk import's points in it (counted with the GPU's float32 test, so the number matches
 * what is on screen).
 */
export function eventCountInWindow(s: Pick<AppState, 'time' | 'data'>): number {
  const w = s.time.window;
  const curated = shownEvents(s).filter((e) => overlaps(e, w)).length;
  return curated + (s.data.bulk ? countInWindow(s.data.bulk.columns, w) : 0);
}

/**
 * The curated events the views show (timeline marks, histogram, list, readout). Every event of the
 * dataset today; the one place where filters narrow what every view counts.
 */
export function shownEvents(s: Pick<AppState, 'data'>): readonly FrontierEvent[] {
  return s.data.dataset?.events ?? [];
}

/** A large import's events per run of whole days (by span midpoint), for the histogram; null without one. */
export function shownBulkDayCounts(s: Pick<AppState, 'data'>): ((from: number, to: number) => number) | null {
  const c = s.data.bulk?.columns;
  return c ? (from, to) => countDays(c, from, to) : null;
}

/** The window's events in time order, curated and bulk together (the event list pages through it). */
export interface WindowEntries {
  /** The curated events in the window, chronological. */
  curated: readonly FrontierEvent[];
  /** Every entry in order: v < 0 is `curated[−v − 1]`, v ≥ 0 the bulk event at sorted index v. */
  order: Int32Array;
}

/** Merges the window's curated events and bulk events by first possible day (curated first on a tie). */
export function windowEntries(s: Pick<AppState, 'time' | 'data'>): WindowEntries {
  const w = s.time.window;
  const curated = shownEvents(s)
    .filter((e) => overlaps(e, w))
    .sort(compareChronological);
  const c = s.data.bulk?.columns;
  const bulk = c ? bulkInWindowByTime(c, w) : new Uint32Array(0);
  const order = new Int32Array(curated.length + bulk.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < order.length; k++) {
    const takeCurated = i < curated.length && (j >= bulk.length || curated[i]!.startDay <= c!.start[bulk[j]!]!);
    order[k] = takeCurated ? -++i : bulk[j++]!;
  }
  return { curated, order };
}
