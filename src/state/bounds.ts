/** The timeline's extent: whole years covering every event and programme stage. */
import type { Dataset } from '../model/types';
import { civilToDayNumber, dayNumberToCivil } from '../calendar/dates';
import type { TimeWindow } from '../calendar/window';

/** From 1 Jan of the earliest year to 1 Jan after the latest year found in the data (2013 → 2030 by default). */
export function timelineBounds(d: Pick<Dataset, 'events' | 'phases'>): TimeWindow {
  const starts = [...d.events.map((e) => e.startDay), ...d.phases.map((p) => p.startDay)];
  const ends = [...d.events.map((e) => e.endDay), ...d.phases.map((p) => p.endDay)];
  if (!starts.length) {
    const y = new Date().getUTCFullYear();
    return { start: civilToDayNumber(y, 1, 1), end: civilToDayNumber(y + 1, 1, 1) };
  }
  const first = dayNumberToCivil(Math.min(...starts)).year;
  const last = dayNumberToCivil(Math.max(...ends)).year;
  return { start: civilToDayNumber(first, 1, 1), end: civilToDayNumber(last + 1, 1, 1) };
}
