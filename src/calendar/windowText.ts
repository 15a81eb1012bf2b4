/**
 * The window readout, "28 Nov 2025 – 5 Dec 2025 · 2 events": the timeline shows it under the
 * axis and the exported image as its subtitle, so it lives below the views and neither imports the other.
 */
import type { Lang } from '../i18n/langs';
import type { TimeWindow } from './window';
import { formatCount, formatDayRange } from './format';

/** The window's first and last days and the number of events in it, in the UI language. */
export function readoutText(w: TimeWindow, count: number, lang: Lang): string {
  return `${formatDayRange(w, lang)} · ${formatCount(count, 'events', lang)}`;
}
