/** Axis tick labels that suit the zoom level (years → months → days), in the UI language. */
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { Lang } from '../../i18n/langs';
import { axisFormats } from '../../calendar/format';

/** Multi-scale format: "2025" at year ticks, "Nov" at month ticks ("Jan 2026" at a new year), "30 Nov" at days. */
export function tickFormatFor(_x: ScaleTime<number, number>, lang: Lang): (d: Date | { valueOf(): number }) => string {
  const f = axisFormats(lang);
  return (v) => {
    const d = v instanceof Date ? v : new Date(v.valueOf());
    if (+utcYear.floor(d) === +d) return f.year(d);
    if (+utcMonth.floor(d) === +d) return d.getUTCMonth() === 0 ? f.monthYear(d) : f.month(d);
    return f.day(utcDay.floor(d));
  };
}
