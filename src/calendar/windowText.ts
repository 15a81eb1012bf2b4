/**
 * The window readout, "28 Nov 2025 – 5 Dec 2025 · 2 events" ("… · 2 of 5 events" when filters are
 * on): the timeline shows it under the axis, the event list and embeds in their headers, and the
 * exported image as its subtitle, so it lives below the views and neither imports the other.
 */
import type { Lang } from '../i18n/langs';
import type { TimeWindow } from './window';
import { formatCount, formatCountOf, formatDayRange } from './format';

/** How many events are shown: "5 events", or with filters on "2 of 5 events" (`total` = before filtering). */
export function countText(shown: number, total: number | null, lang: Lang): string {
  return total === null ? formatCount(shown, 'events', lang) : formatCountOf(shown, total, lang);
}

/** The window's first and last days and the number of events in it, in the UI language. */
export function readoutText(w: TimeWindow, count: number, lang: Lang, total: number | null = null): string {
  return `${formatDayRange(w, lang)} · ${countText(count, total, lang)}`;
}
