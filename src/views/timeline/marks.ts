/**
 * One row per event kind, labelled, with a mark per event: a dot for day-precise events, a bar
 * across the uncertainty span otherwise. Selected and out-of-window marks get their classes.
 */
import { select } from 'd3';
import type { EventKind, FrontierEvent } from '../../model/types';
import { EVENT_KINDS } from '../../model/types';
import { formatEventDate } from '../../calendar/format';
import { overlaps, type TimeWindow } from '../../calendar/window';
import type { Lang } from '../../i18n/langs';
import { t, type StringKey } from '../../i18n/strings';
import { markedText } from '../../i18n/dataText';
import { briefingTheme } from '../../style/theme';
import { M, ROWS_TOP, xDay, type Frame, type G } from './frame';

const ROW_KEYS: Record<EventKind, StringKey> = {
  incident: 'rowIncident',
  meeting: 'rowMeeting',
  'programme-milestone': 'rowMilestone',
  announcement: 'rowAnnouncement',
};

/** Draws the row labels (one per kind) into `g`. */
export function drawRowLabels(g: G, lang: Lang): void {
  g.selectAll('text')
    .data(EVENT_KINDS)
    .join('text')
    .attr('x', M.left - 8)
    .attr('y', (_k, i) => ROWS_TOP + i * M.row + M.row / 2 + 4)
    .attr('text-anchor', 'end')
    .attr('class', 'tl-row-label')
    .text((k) => t(lang, ROW_KEYS[k]));
}

export interface MarksState {
  selectedId: string | null;
  window: TimeWindow;
  lang: Lang;
  /** Called with the id of a clicked mark. */
  onSelect(id: string): void;
}

/** Draws one mark per event into `g`, keyed by id; marks outside the visible range are hidden. */
export function drawMarks(g: G, events: readonly FrontierEvent[], f: Frame, s: MarksState): void {
  const { selectedId: sel, window: w, lang } = s;
  const rowOf = (e: FrontierEvent): number => EVENT_KINDS.indexOf(e.kind);
  g.selectAll<SVGGElement, FrontierEvent>('g.tl-mark')
    .data(events, (e) => e.id)
    .join((enter) => {
      const mark = enter.append('g').attr('class', 'tl-mark');
      mark.append('rect');
      mark.append('title');
      mark.on('click', (ev: MouseEvent, e) => {
        ev.stopPropagation();
        s.onSelect(e.id);
      });
      return mark;
    })
    .attr('data-event-id', (e) => e.id)
    .attr('class', (e) => `tl-mark${e.id === sel ? ' selected' : ''}${overlaps(e, w) ? '' : ' outside'}`)
    .each(function (e) {
      const mark = select(this);
      const a = xDay(f, e.startDay);
      const b = xDay(f, e.endDay + 1);
      const point = e.endDay === e.startDay;
      const cx = (a + b) / 2;
      const y = ROWS_TOP + rowOf(e) * M.row + 3;
      const hidden = b < M.left || a > f.width - M.right;
      mark.attr('display', hidden ? 'none' : null);
      mark
        .select('rect')
        .attr('x', point ? cx - 4.5 : a)
        .attr('width', point ? 9 : Math.max(4, b - a))
        .attr('y', y)
        .attr('height', M.row - 6)
        .attr('rx', point ? 4.5 : 2)
        .attr('fill', briefingTheme.kind[e.kind])
        .attr('fill-opacity', point ? 1 : 0.45)
        .attr('stroke', briefingTheme.kind[e.kind]);
      mark.select('title').text(`${markedText(e, 'title', lang)} — ${formatEventDate(e.date, lang)}`);
    });
}
