/**
 * One row per event kind, labelled, with a mark per event: a dot for day-precise events, a bar
 * across the uncertainty span otherwise. Selected and out-of-window marks get their classes.
 */
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
  /** A fixed day (the timeline's first): marks are placed relative to it, and the group is translated to it. */
  origin: number;
  /** Called with the id of a clicked mark. */
  onSelect(id: string): void;
}

/**
 * What a mark was last drawn with. A redraw only writes the attributes whose inputs changed: at
 * 5,000 events a window change rewrites just the classes that flip, not ~50,000 attributes.
 * Marks sit at their x relative to the origin day inside a group translated to it, so a pan of the
 * axis (the window moving at the same width: a drag, playback) moves the group with one attribute
 * and rewrites no mark's x; only a zoom does.
 */
interface Drawn {
  e: FrontierEvent;
  lang: Lang;
  x: number;
  width: number;
  hidden: boolean;
  cls: string;
}
const drawnOf = new WeakMap<SVGGElement, Drawn>();

/** Draws one mark per event into `g`, keyed by id; marks outside the visible range are hidden. */
export function drawMarks(g: G, events: readonly FrontierEvent[], f: Frame, s: MarksState): void {
  const { selectedId: sel, window: w, lang } = s;
  const rowOf = (e: FrontierEvent): number => EVENT_KINDS.indexOf(e.kind);
  const left = M.left;
  const right = f.width - M.right;
  const ox = xDay(f, s.origin);
  g.attr('transform', `translate(${ox},0)`);
  // Rounded to 1/100 px, so the same zoom gives the same strings whatever the pan.
  const rel = (v: number): number => Math.round((v - ox) * 100) / 100;
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
    .each(function (e) {
      const before = drawnOf.get(this);
      const a = xDay(f, e.startDay);
      const b = xDay(f, e.endDay + 1);
      const point = e.endDay === e.startDay;
      const x = rel(point ? (a + b) / 2 - 4.5 : a);
      const width = point ? 9 : Math.max(4, rel(b) - rel(a));
      const hidden = b < left || a > right;
      const cls = `tl-mark${e.id === sel ? ' selected' : ''}${overlaps(e, w) ? '' : ' outside'}`;
      const rect = this.firstChild as SVGRectElement;
      if (!before || before.e !== e) {
        this.setAttribute('data-event-id', e.id);
        rect.setAttribute('y', String(ROWS_TOP + rowOf(e) * M.row + 3));
        rect.setAttribute('height', String(M.row - 6));
        rect.setAttribute('rx', String(point ? 4.5 : 2));
        rect.setAttribute('fill', briefingTheme.kind[e.kind]);
        rect.setAttribute('fill-opacity', String(point ? 1 : 0.45));
        rect.setAttribute('stroke', briefingTheme.kind[e.kind]);
      }
      if (!before || before.e !== e || before.lang !== lang)
        (this.lastChild as SVGTitleElement).textContent = `${markedText(e, 'title', lang)} — ${formatEventDate(e.date, lang)}`;
      if (!before || before.x !== x) rect.setAttribute('x', String(x));
      if (!before || before.width !== width) rect.setAttribute('width', String(width));
      if (!before || before.hidden !== hidden) {
        if (hidden) this.setAttribute('display', 'none');
        else this.removeAttribute('display');
      }
      if (!before || before.cls !== cls) this.setAttribute('class', cls);
      drawnOf.set(this, { e, lang, x, width, hidden, cls });
    });
}
