/**
 * Keys of the window's two-thumb slider (WAI-ARIA APG "Multi-Thumb Slider"): each thumb's value is a
 * day number; ←/↓ and →/↑ step one day, Page Up/Page Down one calendar month, Home/End go to the
 * thumb's limits (the other thumb bounds it, so the window never inverts). Pure: no DOM, no store.
 */
import { civilToDayNumber, dayNumberToCivil, daysInMonth } from '../../calendar/dates';
import type { TimeWindow } from '../../calendar/window';

export type Thumb = 'start' | 'end';

/** A thumb's value and its limits, as the slider announces them (`aria-valuemin/max/now`). */
export interface ThumbRange {
  min: number;
  max: number;
  now: number;
}

/**
 * The start thumb is the window's first day, the end thumb its last day (the window is half-open,
 * so that is `end − 1`); each is limited by the bounds and by the other thumb.
 */
export function thumbRange(thumb: Thumb, w: TimeWindow, bounds: TimeWindow): ThumbRange {
  const first = Math.round(w.start);
  const last = Math.max(first, Math.round(w.end) - 1);
  return thumb === 'start' ? { min: bounds.start, max: last, now: first } : { min: first, max: Math.max(first, bounds.end - 1), now: last };
}

/** The same day `months` calendar months later (or earlier), clamped to the target month's length. */
export function addMonths(day: number, months: number): number {
  const c = dayNumberToCivil(day);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return civilToDayNumber(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** The thumb's new value for `key`, clamped to its range; null when the key is not a slider key. */
export function thumbKeyValue(key: string, r: ThumbRange): number | null {
  const clamp = (v: number): number => Math.min(r.max, Math.max(r.min, v));
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(r.now - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(r.now + 1);
    case 'PageDown':
      return clamp(addMonths(r.now, -1));
    case 'PageUp':
      return clamp(addMonths(r.now, 1));
    case 'Home':
      return r.min;
    case 'End':
      return r.max;
    default:
      return null;
  }
}

/** The window after the thumb moved to `value` (a day number: first day for start, last day for end). */
export function windowWithThumb(thumb: Thumb, value: number, w: TimeWindow): TimeWindow {
  return thumb === 'start' ? { start: value, end: Math.max(value + 1, w.end) } : { start: Math.min(w.start, value), end: value + 1 };
}
