/**
 * The timeline's layout and its x scale: the margins every layer draws within, and the frame
 * (current scale and width) that each render hands to the layers.
 */
import type { ScaleTime } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { EVENT_KINDS } from '../../model/types';
import { dateToDay, dayToDate } from '../../calendar/days';

/** Layout: grip strip (0–11), stage labels, histogram, one row per kind, axis. */
export const M = { left: 104, right: 16, top: 30, histo: 26, row: 15, axis: 22, bandTop: 12 };

/** Top of the first mark row. */
export const ROWS_TOP = M.top + M.histo + 4;

/** Height of the whole SVG. */
export const HEIGHT = ROWS_TOP + EVENT_KINDS.length * M.row + 4 + M.axis;

/** Height without the rows of marks: stage bands, histogram, window and axis only (a short screen). */
export const COMPACT_HEIGHT = ROWS_TOP + 4 + M.axis;

/** Screens too short for the rows of marks: a phone held sideways, a small embed. */
export const COMPACT_QUERY = '(max-height: 500px)';

export type G = Selection<SVGGElement, unknown, null, undefined>;

/** What the layers draw against: the x scale at the current zoom and the SVG's width. */
export interface Frame {
  x: ScaleTime<number, number>;
  width: number;
  /** The SVG's height: `HEIGHT`, or `COMPACT_HEIGHT` on a short screen. */
  height: number;
}

/** x of the start of `day` (a day number) in SVG space. */
export function xDay(f: Frame, day: number): number {
  return f.x(dayToDate(day));
}

/** Day number (fractional) at SVG x `px`. */
export function dayAt(f: Frame, px: number): number {
  return dateToDay(f.x.invert(px));
}
