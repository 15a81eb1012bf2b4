/** The time axis along the bottom, with tick labels that suit the zoom and the language. */
import { axisBottom } from 'd3-axis';
import { utcDay } from 'd3-time';
import type { Lang } from '../../i18n/langs';
import { M, type Frame, type G } from './frame';
import { tickFormatFor } from './tickFormat';

/** Class of the strip over the axis where a mouse drag pans (see `zoom.ts`). */
export const AXIS_STRIP_CLASS = 'tl-axis-hit';

/** Draws the axis into `g` (already translated to the bottom), about one tick per 90 px, at whole days. */
export function drawAxis(g: G, f: Frame, lang: Lang): void {
  // Whole days only: a week-wide view would otherwise tick every 12 hours and label each day twice.
  const ticks = f.x.ticks(Math.max(2, Math.floor((f.width - M.left - M.right) / 90))).filter((d) => +utcDay.floor(d) === +d);
  const axis = axisBottom(f.x).tickValues(ticks).tickFormat(tickFormatFor(f.x, lang));
  g.call(axis);
}
