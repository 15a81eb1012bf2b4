/**
 * What a UI language is made of: its strings, plural forms, the tags handed to Intl, its date
 * patterns and the d3 time-format definition the timeline axis uses. One file per language under
 * locales/, listed once in registry.ts; the formatting itself is done in calendar/format.ts.
 */
import type { TimeLocaleDefinition } from 'd3-time-format';
import type { Lang } from './langs';
import type { PluralKey, StringKey } from './locales/en';

/** Plural forms by Intl.PluralRules category; `{n}` is the formatted count. `other` is required, the rest as the language has them. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** Month names where the JS engine's ICU has none for the language: after a day number, and alone. */
export interface MonthNames {
  format: readonly string[];
  standalone: readonly string[];
}

/**
 * How a date is written. Patterns use `{d}` (day), `{M}` (month name), `{y}` (year), `{from}`,
 * `{to}` and `{date}`; the names and digits come from Intl (or `months` where Intl has none).
 */
export interface DateStyle {
  /** Month name width: 'short' gives "30 Nov 2025", 'long' gives "30 ноября 2025". */
  monthWidth: 'short' | 'long';
  months?: MonthNames;
  /** A day: "30 Nov 2025". */
  day: string;
  /** A day whose year follows later in a range: "30 Nov". */
  dayInYear: string;
  /** A whole month (the standalone name): "ноябрь 2025". */
  month: string;
  /** Two days: "30 Nov – 31 Dec 2025". */
  range: string;
  /** Two days of one month; `{from}` is only the first day's number: "1–15 Nov 2025". */
  rangeInMonth: string;
  /** An open-ended range: "after 29 Jan 2026". */
  after: string;
}

/** d3 time-format specifiers for the axis ticks at each zoom level. */
export interface AxisStyle {
  year: string;
  month: string;
  /** A month tick in January, which names the year too. */
  monthYear: string;
  day: string;
}

/** A list written "a, b and c" by hand where ICU has no list patterns for the language. */
export interface ListStyle {
  separator: string;
  last: string;
}

export interface Locale {
  /** The language's own name, for the language menu. */
  name: string;
  /** Languages whose data text is shown, in order, when a record has none in this one. */
  fallback: readonly Lang[];
  /** BCP 47 tags handed to every Intl constructor; the engine takes the first it has data for. */
  intl: readonly string[];
  strings: Readonly<Record<StringKey, string>>;
  plurals: Readonly<Record<PluralKey, PluralForms>>;
  /** The marker shown after data text that is in another language: "(in Russian)". */
  inLanguage: Readonly<Record<Lang, string>>;
  list?: ListStyle;
  dates: DateStyle;
  /** For d3's timeFormatLocale (the timeline axis). */
  time: TimeLocaleDefinition;
  axis: AxisStyle;
}

/** A d3 time-format definition as read from JSON (d3-time-format/locale/*.json), checked for its fixed lengths. */
export interface TimeDefinitionJson {
  dateTime: string;
  date: string;
  time: string;
  periods: readonly string[];
  days: readonly string[];
  shortDays: readonly string[];
  months: readonly string[];
  shortMonths: readonly string[];
}

/** Checks a JSON time-format definition and gives it d3's tuple type; throws `invalid time locale` otherwise. */
export function timeDefinition(json: TimeDefinitionJson): TimeLocaleDefinition {
  const lengths: Array<[keyof TimeDefinitionJson, number]> = [
    ['periods', 2],
    ['days', 7],
    ['shortDays', 7],
    ['months', 12],
    ['shortMonths', 12],
  ];
  for (const [k, n] of lengths) if (json[k].length !== n) throw new Error(`invalid time locale: ${k} needs ${n} names`);
  return json as unknown as TimeLocaleDefinition;
}
