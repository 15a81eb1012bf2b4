/**
 * Focus and context: the span the timeline's detail axis shows for a window — the window with a
 * margin each side, at least a week (the deepest zoom), inside the bounds. Pure.
 */
import { clampWindow, normaliseWindow, type TimeWindow } from './window';

export interface FocusOptions {
  /** Margin each side as a fraction of the window's width. */
  margin: number;
  /** Narrowest span shown, in days. */
  minDays: number;
}

export const FOCUS_DEFAULTS: FocusOptions = { margin: 0.25, minDays: 7 };

/** The detail axis's span for window `w`: centred on it, `margin` wider each side, within `bounds`. */
export function focusDomain(window: TimeWindow, bounds: TimeWindow, o: FocusOptions = FOCUS_DEFAULTS): TimeWindow {
  const w = normaliseWindow(window);
  const width = w.end - w.start;
  const span = Math.min(bounds.end - bounds.start, Math.max(o.minDays, width * (1 + 2 * o.margin)));
  const mid = (w.start + w.end) / 2;
  return clampWindow({ start: mid - span / 2, end: mid + span / 2 }, bounds);
}
