/** The chart's time-axis labels: years for a long span, months (with the year at January) for a short one. */
import type { ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { axisFormats } from '../../calendar/format';
import type { Lang } from '../../i18n/langs';

/** A tick format for `y` in `lang`. */
export function yTickFormat(y: ScaleTime<number, number>, lang: Lang): (v: Date | { valueOf(): number }) => string {
  const f = axisFormats(lang);
  const [a, b] = y.domain() as [Date, Date];
  const years = (b.getTime() - a.getTime()) / (365.25 * 86_400_000);
  return (v) => {
    const d = v instanceof Date ? v : new Date(v.valueOf());
    if (years > 3 || +utcYear.floor(d) === +d) return f.year(d);
    if (+utcMonth.floor(d) === +d) return d.getUTCMonth() === 0 ? f.monthYear(d) : f.month(d);
    return f.day(d);
  };
}
