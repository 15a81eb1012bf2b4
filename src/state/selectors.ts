/** Derived views of the state. Pure, so views and tests share them. */
import type { FrontierEvent, Phase } from '../model/types';
import { overlaps, type TimeWindow } from '../calendar/window';
import { countInWindow } from '../overlays/bulk/windowRange';
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
  const curated = (s.data.dataset?.events ?? []).filter((e) => overlaps(e, w)).length;
  return curated + (s.data.bulk ? countInWindow(s.data.bulk.columns, w) : 0);
}
