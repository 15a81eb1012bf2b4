/**
 * Every date, number, count and list the UI shows, in the UI language. Intl does the work
 * (DateTimeFormat for month names, NumberFormat for digits, PluralRules for the plural form,
 * ListFormat for lists); the locale supplies its patterns, and names Intl lacks (Tajik in Chromium).
 * The timeline axis formats through d3 with the locale's time-format definition.
 */
import { timeFormatLocale } from 'd3-time-format';
import type { EventDate } from '../model/types';
import type { Lang } from '../i18n/langs';
import type { MonthNames } from '../i18n/locale';
import type { PluralKey } from '../i18n/locales/en';
import { LOCALE_INFO, localeOf } from '../i18n/registry';
import { civilToDayNumber, dateSpan, dayNumberToCivil } from './dates';
import { dayToDate } from './days';
import type { TimeWindow } from './window';

/** One instance per language (and options): Intl constructors are slow and formatting runs per frame while playing. */
function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let v = made.get(lang);
    if (v === undefined) made.set(lang, (v = make(lang)));
    return v;
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the UI language ("1,363" / "1 363"). */
export function formatNumber(n: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALE_INFO[lang].intl, options)));
  return f.format(n);
}

/** Digits of a day or a year: never grouped ("2025", not "2,025"). */
const digits = (n: number, lang: Lang): string => formatNumber(n, lang, { useGrouping: false });

const pluralRules = perLang((lang) => new Intl.PluralRules(LOCALE_INFO[lang].intl));

/**
 * A count with the plural form its Intl.PluralRules category takes: "1 event", "2 события",
 * "5 событий". Counts are not digit-grouped, so a readout that changes while playing stays put.
 */
export function formatCount(n: number, key: PluralKey, lang: Lang): string {
  const forms = localeOf(lang).plurals[key];
  return (forms[pluralRules(lang).select(n)] ?? forms.other).replace('{n}', digits(n, lang));
}

/** "2 of 5 events": the plural follows the total, as "of 5" governs the noun. */
export function formatCountOf(shown: number, total: number, lang: Lang): string {
  const forms = localeOf(lang).plurals.eventsOf;
  return (forms[pluralRules(lang).select(total)] ?? forms.other).replace('{x}', digits(shown, lang)).replace('{n}', digits(total, lang));
}

const listFormat = perLang((lang) => new Intl.ListFormat(LOCALE_INFO[lang].intl, { type: 'conjunction' }));

/** "a, b and c" in the UI language. */
export function formatList(items: readonly string[], lang: Lang): string {
  const own = localeOf(lang).list;
  if (!own) return listFormat(lang).format(items);
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(own.separator)}${own.last}${items[items.length - 1]}`;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Month names from Intl: the form after a day number ("ноября") and the form alone ("ноябрь"). */
const monthNames = perLang((lang): MonthNames => {
  const { intl, dates } = localeOf(lang);
  if (dates.months) return dates.months;
  const name = (options: Intl.DateTimeFormatOptions, month: number): string =>
    new Intl.DateTimeFormat(intl, { timeZone: 'UTC', month: dates.monthWidth, ...options })
      .formatToParts(dayToDate(civilToDayNumber(2001, month, 15)))
      .find((p) => p.type === 'month')?.value ?? String(month);
  return { format: MONTHS.map((m) => name({ day: 'numeric' }, m)), standalone: MONTHS.map((m) => name({}, m)) };
});

/** Fills `{name}` slots of a locale pattern. */
const fill = (pattern: string, parts: Record<string, string>): string => pattern.replace(/\{(\w+)\}/g, (m, k: string) => parts[k] ?? m);

/** "30 Nov 2025" / "30 ноября 2025"; without the year, "30 Nov". */
function dayText(day: number, lang: Lang, withYear = true): string {
  const c = dayNumberToCivil(Math.floor(day));
  const { dates } = localeOf(lang);
  const parts = { d: digits(c.day, lang), M: monthNames(lang).format[c.month - 1] ?? '', y: digits(c.year, lang) };
  return fill(withYear ? dates.day : dates.dayInYear, parts);
}

/** One day number as a date: "30 Nov 2025", "30 ноября 2025", "30 ноябр 2025". */
export function formatDay(day: number, lang: Lang): string {
  return dayText(day, lang);
}

/** A half-open window as its first and last whole days (the last day is end − 1): "28 Nov 2025 – 5 Dec 2025". */
export function formatDayRange(w: TimeWindow, lang: Lang): string {
  const first = Math.floor(w.start);
  const last = Math.max(first, Math.ceil(w.end) - 1);
  if (first === last) return dayText(first, lang);
  return fill(localeOf(lang).dates.range, { from: dayText(first, lang), to: dayText(last, lang) });
}

/**
 * An event date that shows its precision, so an inferred or coarse date never looks exact:
 * "30 Nov 2025", "Nov 2025", "2025", "30 Nov – 31 Dec 2025", "1–15 Nov 2025", "after 29 Jan 2026".
 * Throws `invalid …` for a malformed date rather than print it.
 */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const { startDay, endDay } = dateSpan(date);
  const { dates } = localeOf(lang);
  const a = dayNumberToCivil(startDay);
  switch (date.precision) {
    case 'day':
      return dayText(startDay, lang);
    case 'month':
      return fill(dates.month, { M: monthNames(lang).standalone[a.month - 1] ?? '', y: digits(a.year, lang) });
    case 'year':
      return digits(a.year, lang);
    case 'range': {
      if (date.end === null || date.end === undefined) return fill(dates.after, { date: dayText(startDay, lang) });
      if (endDay === startDay) return dayText(startDay, lang);
      const b = dayNumberToCivil(endDay);
      if (a.year === b.year && a.month === b.month)
        return fill(dates.rangeInMonth, { from: digits(a.day, lang), to: dayText(endDay, lang) });
      return fill(dates.range, { from: dayText(startDay, lang, a.year !== b.year), to: dayText(endDay, lang) });
    }
  }
}

/** Tick formats for the timeline axis at each zoom level. */
export interface AxisFormats {
  year(d: Date): string;
  month(d: Date): string;
  /** A month tick in January, which names the year too. */
  monthYear(d: Date): string;
  day(d: Date): string;
}

/** The axis formats of `lang`, from its d3 time-format definition (UTC: day numbers are UTC days). */
export const axisFormats = perLang((lang): AxisFormats => {
  const { time, axis } = localeOf(lang);
  const l = timeFormatLocale(time);
  return {
    year: l.utcFormat(axis.year),
    month: l.utcFormat(axis.month),
    monthYear: l.utcFormat(axis.monthYear),
    day: l.utcFormat(axis.day),
  };
});
