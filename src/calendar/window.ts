/**
 * Pure time-window maths. Times are DayNumbers (days since 2000-01-01 UTC, may be fractional
 * while the user drags). A window is the half-open interval [start, end).
 *
 * Precision rule (decided here, used everywhere): an event occupies the whole of its uncertainty
 * span [startDay, endDay + 1). It is *in* a window when that span overlaps the window — i.e. it
 * may have happened inside it. So a "Nov 2025" event IS in a 28 Nov – 5 Dec window; views mark it
 * as "date uncertain" (not contained) rather than hide it, because hiding an event that may well
 * fall in the window would mislead more than showing it with its precision.
 */
import type { DaySpan } from './dates';

export interface TimeWindow {
  start: number;
  end: number;
}

/** An event's uncertainty span (the one definition, in dates.ts). */
export type { DaySpan };

/** Smallest window the UI allows: one day. */
export const MIN_WINDOW_DAYS = 1;

/** Orders a window so start ≤ end and enforces the minimum width (reversed input is repaired, not rejected). */
export function normaliseWindow(w: TimeWindow): TimeWindow {
  const start = Math.min(w.start, w.end);
  let end = Math.max(w.start, w.end);
  if (end - start < MIN_WINDOW_DAYS) end = start + MIN_WINDOW_DAYS;
  return { start, end };
}

/** Keeps a window inside bounds, preserving its width where possible (so dragging past an end stops there). */
export function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const n = normaliseWindow(w);
  const width = Math.min(n.end - n.start, bounds.end - bounds.start);
  const start = Math.max(bounds.start, Math.min(n.start, bounds.end - width));
  return { start, end: start + width };
}

/** True when the event's uncertainty span overlaps the window (see module doc). */
export function overlaps(e: DaySpan, w: TimeWindow): boolean {
  return e.startDay < w.end && e.endDay + 1 > w.start;
}

/** True when the event's whole uncertainty span lies inside the window. */
export function contains(e: DaySpan, w: TimeWindow): boolean {
  return e.startDay >= w.start && e.endDay + 1 <= w.end;
}

/** Events in the window, in input order. */
export function eventsInWindow<T extends DaySpan>(events: readonly T[], w: TimeWindow): T[] {
  return events.filter((e) => overlaps(e, w));
}

/** Shifts a window by `days`, clamped to bounds. */
export function shiftWindow(w: TimeWindow, days: number, bounds: TimeWindow): TimeWindow {
  return clampWindow({ start: w.start + days, end: w.end + days }, bounds);
}

/** Keyboard step for ←/→: a tenth of the window (at least a day); Shift steps a whole window. */
export function stepDays(w: TimeWindow, large: boolean): number {
  const width = w.end - w.start;
  return large ? width : Math.max(1, Math.round(width / 10));
}

export type PlayMode = 'window' | 'cumulative';

export interface PlayStep {
  window: TimeWindow;
  /** True when the window reached the end of the bounds; playback should stop. */
  ended: boolean;
}

/**
 * Advances playback by `elapsedSeconds` at `daysPerSecond`. Moving-window mode slides the whole
 * window; cumulative mode keeps the start and grows the end. Stops exactly at bounds.end.
 */
export function advancePlayback(
  w: TimeWindow,
  mode: PlayMode,
  daysPerSecond: number,
  elapsedSeconds: number,
  bounds: TimeWindow,
): PlayStep {
  const delta = Math.max(0, daysPerSecond * elapsedSeconds);
  if (mode === 'cumulative') {
    const end = Math.min(bounds.end, w.end + delta);
    return { window: { start: w.start, end }, ended: end >= bounds.end };
  }
  const width = w.end - w.start;
  const end = Math.min(bounds.end, w.end + delta);
  return { window: { start: end - width, end }, ended: end >= bounds.end };
}

/** Index of the first event (sorted by startDay) that starts strictly after `day`; -1 if none. */
export function nextEventIndex(sorted: readonly DaySpan[], day: number): number {
  for (let i = 0; i < sorted.length; i++) if (sorted[i]!.startDay > day) return i;
  return -1;
}

/** Index of the last event (sorted by startDay) that starts strictly before `day`; -1 if none. */
export function prevEventIndex(sorted: readonly DaySpan[], day: number): number {
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.startDay < day) return i;
  return -1;
}

/**
 * Window of the same width placed so the event's span sits at its centre, clamped to bounds.
 * Used when next/previous jumps to an event so it is shown, not just selected.
 */
export function windowAround(e: DaySpan, w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const width = Math.max(w.end - w.start, e.endDay + 1 - e.startDay);
  const mid = (e.startDay + e.endDay + 1) / 2;
  return clampWindow({ start: mid - width / 2, end: mid + width / 2 }, bounds);
}
