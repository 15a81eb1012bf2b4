/** Human-readable window, e.g. "12 Nov 2025 – 11 Dec 2025" (the window's last day is end − 1). */
import type { Lang } from '../../state/appStore';
import type { TimeWindow } from '../../calendar/window';
import { dayNumberToCivil } from '../../calendar/dates';

const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
};

/** Formats one day number as "30 Nov 2025". */
export function formatDay(day: number, lang: Lang): string {
  const c = dayNumberToCivil(Math.floor(day));
  return `${c.day} ${MONTHS[lang][c.month - 1]} ${c.year}`;
}

/** Formats a half-open window as its first and last whole days. */
export function formatDayRange(w: TimeWindow, lang: Lang): string {
  const first = Math.floor(w.start);
  const last = Math.max(first, Math.ceil(w.end) - 1);
  return first === last ? formatDay(first, lang) : `${formatDay(first, lang)} – ${formatDay(last, lang)}`;
}
