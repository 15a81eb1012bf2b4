/** The histogram strip: event counts per bin, at a bin size that suits the zoom. */
import { addBinCounts, binUnitFor, histogram, type Bin, type BinUnit } from '../../calendar/bins';
import { dateToDay } from '../../calendar/days';
import type { DaySpan } from '../../calendar/window';
import { formatNumber } from '../../calendar/format';
import type { Lang } from '../../i18n/langs';
import { M, xDay, type Frame, type G } from './frame';

/** What the histogram counts: events with a span, plus a counter of a large import's days. */
export interface HistogramInput {
  events: readonly DaySpan[];
  /** Events of a large import whose midpoint lies in [from, to), or null without one. */
  countDays: ((from: number, to: number) => number) | null;
}

/** Where the strip is drawn and, optionally, a fixed bin unit (else one that suits the zoom). */
export interface HistogramPlace {
  top: number;
  height: number;
  unit?: BinUnit;
}

/** The bins over the frame's visible range (curated events and a large import together). */
export function visibleBins(input: HistogramInput, f: Frame, unit?: BinUnit): Bin[] {
  const [d0, d1] = f.x.domain() as [Date, Date];
  const from = dateToDay(d0);
  const to = dateToDay(d1);
  const bins = histogram(input.events, from, to, unit ?? binUnitFor(to - from));
  return input.countDays ? addBinCounts(bins, input.countDays) : bins;
}

/** Draws the bars for the visible range into `g`, scaled to the tallest bin. */
export function drawHistogram(
  g: G,
  input: HistogramInput,
  f: Frame,
  lang: Lang,
  place: HistogramPlace = { top: M.top, height: M.histo },
): void {
  const { top, height } = place;
  const bins = visibleBins(input, f, place.unit).filter((b) => b.count > 0);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  g.selectAll<SVGRectElement, Bin>('rect')
    .data(bins, (b) => b.start)
    .join((enter) => {
      const bar = enter.append('rect').attr('class', 'tl-histo-bar');
      bar.append('title');
      return bar;
    })
    .attr('x', (b) => Math.max(M.left, xDay(f, b.start)))
    .attr('width', (b) => Math.max(1.5, Math.min(f.width - M.right, xDay(f, b.end)) - Math.max(M.left, xDay(f, b.start)) - 1))
    .attr('y', (b) => top + height - (b.count / maxCount) * height)
    .attr('height', (b) => (b.count / maxCount) * height)
    .select('title')
    .text((b) => formatNumber(b.count, lang));
}
