/** The window readout under the timeline (and the slide subtitle): "28 Nov 2025 – 5 Dec 2025 · 2 events". */
import type { Lang } from '../../i18n/langs';
import type { TimeWindow } from '../../calendar/window';
import { formatCount, formatDayRange } from '../../calendar/format';

/** The window's first and last days and the number of events in it, in the UI language. */
export function readoutText(w: TimeWindow, count: number, lang: Lang): string {
  return `${formatDayRange(w, lang)} · ${formatCount(count, 'events', lang)}`;
}
