/** The histogram strip: event counts per bin, at a bin size that suits the zoom. */
import type { FrontierEvent } from '../../model/types';
import { binUnitFor, histogram } from '../../calendar/bins';
import { dateToDay } from '../../calendar/days';
import { M, xDay, type Frame, type G } from './frame';

/** Draws the bars for the visible range into `g`, scaled to the tallest bin. */
export function drawHistogram(g: G, events: readonly FrontierEvent[], f: Frame): void {
  const [d0, d1] = f.x.domain() as [Date, Date];
  const from = dateToDay(d0);
  const to = dateToDay(d1);
  const bins = histogram(events, from, to, binUnitFor(to - from));
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  // Each bar's <title> is created once, on enter, and only updated after that.
  g.selectAll<SVGRectElement, (typeof bins)[number]>('rect')
    .data(bins.filter((b) => b.count > 0))
    .join((enter) => {
      const bar = enter.append('rect').attr('class', 'tl-histo-bar');
      bar.append('title');
      return bar;
    })
    .attr('x', (b) => Math.max(M.left, xDay(f, b.start)))
    .attr('width', (b) => Math.max(1.5, Math.min(f.width - M.right, xDay(f, b.end)) - Math.max(M.left, xDay(f, b.start)) - 1))
    .attr('y', (b) => M.top + M.histo - (b.count / maxCount) * M.histo)
    .attr('height', (b) => (b.count / maxCount) * M.histo)
    .select('title')
    .text((b) => `${b.count}`);
}
