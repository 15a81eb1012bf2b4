/**
 * What the along-the-border chart draws, from the events and their border measures: a mark per
 * event with a place along the line (hollow when that place is its district's seat), and counts of
 * what it cannot plot (province-located, border-as-a-whole). Pure, so the table and tests share it.
 */
import type { EventKind, FrontierEvent } from '../../model/types';
import { overlaps, type TimeWindow } from '../../calendar/window';
import { inStretch, type AlongRange } from '../../filters/defs/stretch';
import { stretchAt, type ProvinceStretch } from '../../geo/borderStretches';

export interface ChartMark {
  id: string;
  kind: EventKind;
  alongKm: number;
  startDay: number;
  endDay: number;
  /** Placed at its district's seat (no place of its own): drawn hollow. */
  hollow: boolean;
}

export interface ChartData {
  /** West to east, then by date. */
  marks: ChartMark[];
  /** Events located only to a province (basis `area`): counted, not plotted. */
  provinceOnly: number;
  /** Events located to the border as a whole (basis `line`). */
  lineOnly: number;
}

/** What the chart reads of an event. */
export type ChartEvent = Pick<FrontierEvent, 'id' | 'kind' | 'startDay' | 'endDay' | 'border'>;

/** The chart's marks and counts for `events`. */
export function chartData(events: readonly ChartEvent[]): ChartData {
  const marks: ChartMark[] = [];
  let provinceOnly = 0;
  let lineOnly = 0;
  for (const e of events) {
    const b = e.border;
    if (b.basis === 'area') provinceOnly += 1;
    else if (b.basis === 'line') lineOnly += 1;
    else if (b.alongKm !== null && (b.basis === 'point' || b.basis === 'district-seat'))
      marks.push({
        id: e.id,
        kind: e.kind,
        alongKm: b.alongKm,
        startDay: e.startDay,
        endDay: e.endDay,
        hollow: b.basis === 'district-seat',
      });
  }
  marks.sort((a, b) => a.alongKm - b.alongKm || a.startDay - b.startDay || (a.id < b.id ? -1 : 1));
  return { marks, provinceOnly, lineOnly };
}

/** One row of the chart's text alternative. */
export interface StretchCount {
  stretch: ProvinceStretch;
  /** Marks in the window on this stretch. */
  events: number;
  /** Of them, placed at a district seat. */
  atSeat: number;
  /** The stretch lies (partly) in the brushed border-stretch filter. */
  inFilter: boolean;
}

/** Per province stretch, the marks in the window (each mark in exactly one stretch). */
export function stretchCounts(
  marks: readonly ChartMark[],
  stretches: readonly ProvinceStretch[],
  w: TimeWindow,
  filter: AlongRange | null,
): StretchCount[] {
  const rows = stretches.map((stretch) => ({
    stretch,
    events: 0,
    atSeat: 0,
    inFilter: filter === null || (stretch.toKm >= filter.fromKm && stretch.fromKm <= filter.toKm),
  }));
  for (const m of marks) {
    if (!overlaps(m, w)) continue;
    const s = stretchAt(stretches, m.alongKm);
    const row = s && rows[stretches.indexOf(s)];
    if (!row) continue;
    row.events += 1;
    if (m.hollow) row.atSeat += 1;
  }
  return rows;
}

/** Whether a mark is shown emphasised: in the window and in the stretch filter. */
export function markActive(m: ChartMark, w: TimeWindow, filter: AlongRange | null): boolean {
  return overlaps(m, w) && inStretch(m.alongKm, filter);
}
