/** Derived views of the state. Pure, so views and tests share them. */
import type { FrontierEvent, Phase } from '../model/types';
import { overlaps, type TimeWindow } from '../calendar/window';
import { countInWindow } from '../overlays/bulk/windowRange';
import type { AppState } from './appStore';
import { inStretch, type AlongRange } from './analysis';
import { countInWindowAndStretch } from '../overlays/bulk/borderColumns';

export interface VisibleIds {
  /** Events whose uncertainty span overlaps the window. */
  inWindow: string[];
  /** What the map draws: inWindow, or every event when context is on. */
  all: string[];
}

/**
 * Ids the map shows for a window; with `context`, all events are drawn and in-window ones
 * emphasised. A border `stretch` (the chart's brush) keeps only the events placed along it.
 */
export function visibleEventIds(
  events: readonly FrontierEvent[],
  w: TimeWindow,
  context: boolean,
  stretch: AlongRange | null = null,
): VisibleIds {
  const kept = stretch === null ? events : events.filter((e) => inStretch(e.border.alongKm, stretch));
  const inWindow = kept.filter((e) => overlaps(e, w)).map((e) => e.id);
  return { inWindow, all: context ? kept.map((e) => e.id) : inWindow };
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
 * what is on screen), in the border stretch when one is set.
 */
export function eventCountInWindow(s: Pick<AppState, 'time' | 'data'> & Partial<Pick<AppState, 'analysis'>>): number {
  const w = s.time.window;
  const stretch = s.analysis?.stretch ?? null;
  const curated = (s.data.dataset?.events ?? []).filter((e) => overlaps(e, w) && inStretch(e.border.alongKm, stretch)).length;
  const bulk = s.data.bulk
    ? stretch
      ? countInWindowAndStretch(s.data.bulk.columns, w, stretch)
      : countInWindow(s.data.bulk.columns, w)
    : 0;
  return curated + bulk;
}
