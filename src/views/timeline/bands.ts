/** Programme stage bands behind everything, labelled with the stage's name where it fits. */
import { select } from 'd3-selection';
import type { Phase } from '../../model/types';
import type { Lang } from '../../i18n/langs';
import { t } from '../../i18n/strings';
import { dataText, markedText } from '../../i18n/dataText';
import { HEIGHT, M, xDay, type Frame, type G } from './frame';

/** Draws one band per phase into `g`, clipped to the plot area. */
export function drawBands(g: G, phases: readonly Phase[], f: Frame, lang: Lang): void {
  g.selectAll('g.tl-band')
    .data(phases, (d) => (d as { id: string }).id)
    .join((enter) => {
      const band = enter.append('g').attr('class', 'tl-band');
      band.append('rect');
      band.append('text').attr('y', M.bandTop + 10);
      band.append('title');
      return band;
    })
    .each(function (p) {
      const band = select(this);
      const a = Math.max(M.left, xDay(f, p.startDay));
      const b = Math.min(f.width - M.right, xDay(f, p.endDay + 1));
      band.attr('display', b > a ? null : 'none');
      band
        .select('rect')
        .attr('x', a)
        .attr('y', M.bandTop)
        .attr('width', Math.max(0, b - a))
        .attr('height', HEIGHT - M.bandTop - M.axis)
        .attr('class', `tl-band-rect stage-${p.stage}`);
      const full = dataText(p, 'name', lang).text;
      // Long stage names only where they fit; otherwise "Stage N" (the full name is in the tooltip).
      const short = `${t(lang, 'stage')} ${p.stage}`;
      band
        .select('text')
        .attr('x', a + 4)
        .text(b - a > full.length * 5.6 + 8 ? full : b - a > short.length * 5.6 + 8 ? short : '');
      band.select('title').text(markedText(p, 'name', lang));
    });
}
