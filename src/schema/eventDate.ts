/**
 * An event's date: the format its precision requires (`YYYY-MM-DD` for day and range, `YYYY-MM`
 * for month, `YYYY` for year), real calendar dates, an end only for ranges, and alternative dates
 * that other sources give.
 */
import * as v from 'valibot';
import { dateSpan, isIsoDay, isIsoMonth, isIsoYear, isoDayToDayNumber } from '../calendar/dates.ts';
import { crossRule, expects, list, oneOf, record, text, whenMissing } from './dialect.ts';
import { show } from './messages.ts';
import { DATE_PRECISIONS } from './precision.ts';
import type { DatePrecision } from './precision.ts';

const DATE_FORMAT: Record<DatePrecision, { pattern: string; test: (s: string) => boolean }> = {
  day: { pattern: 'YYYY-MM-DD', test: isIsoDay },
  month: { pattern: 'YYYY-MM', test: isIsoMonth },
  year: { pattern: 'YYYY', test: isIsoYear },
  range: { pattern: 'YYYY-MM-DD', test: isIsoDay },
};

const isPrecision = (p: unknown): p is DatePrecision => (DATE_PRECISIONS as readonly unknown[]).includes(p);
const formatFor = (precision: DatePrecision): string =>
  `${DATE_FORMAT[precision].pattern} for precision "${precision}" (a real calendar date)`;

/** `start` in the format its precision requires. */
const startProblem = ({ precision, start }: { precision: DatePrecision; start: string }) =>
  DATE_FORMAT[precision].test(start) ? undefined : `expected ${formatFor(precision)}, got ${show(start)}`;

/** An end only for a range, where it is a day or null ("on or after start"). */
const endProblem = (d: { precision: DatePrecision; end?: string | null }) => {
  if (d.precision !== 'range')
    return 'end' in d ? `expected no end for precision "${d.precision}" (only "range" has one), got ${JSON.stringify(d.end)}` : undefined;
  if (!('end' in d)) return 'expected YYYY-MM-DD, or null for an open-ended range, got nothing: precision "range" needs an end';
  return d.end === null || (typeof d.end === 'string' && isIsoDay(d.end))
    ? undefined
    : `expected ${formatFor('range')}, got ${show(d.end)}`;
};

/** A range ends on or after its start. */
const spanProblem = ({ precision, start, end }: { precision: DatePrecision; start: string; end?: string | null }) =>
  precision === 'range' && typeof end === 'string' && end < start
    ? `expected an end on or after start ${start}, got ${show(end)}`
    : undefined;

/** The keys every date has; `start`'s message names the format its precision needs. */
const dateEntries = {
  /** `YYYY-MM-DD` for day/range, `YYYY-MM` for month, `YYYY` for year. */
  start: whenMissing(v.string(expects('a date as YYYY-MM-DD, YYYY-MM or YYYY')), (parent) =>
    isPrecision(parent['precision']) ? `expected ${formatFor(parent['precision'])}, got nothing` : 'expected a date, got nothing',
  ),
  /** `YYYY-MM-DD`; only with precision `range`. `null` = open-ended ("on or after start"). */
  end: v.optional(v.nullable(v.string(expects('YYYY-MM-DD or null')))),
  precision: oneOf(DATE_PRECISIONS),
};

/** Another date that a source gives for the event (a conflicting or coarser claim, kept). */
export function dateAlternativeSchema(by: v.GenericSchema<unknown, string>) {
  return v.pipe(
    record({ by, ...dateEntries, note: v.optional(text) }),
    crossRule([['precision'], ['start']], ['start'], (x) => startProblem(x)),
    crossRule([['precision'], ['end']], ['end'], (x) => endProblem(x)),
    crossRule([['precision'], ['start'], ['end']], ['end'], (x) => spanProblem(x)),
  );
}

/** `date` of an event; `by` names who gives an alternative date (a source or a report). */
export function eventDateSchema(by: v.GenericSchema<unknown, string>) {
  return v.pipe(
    record({
      ...dateEntries,
      /** How an inferred year/day was derived. Required whenever the text does not state it. */
      inferred: v.optional(text),
      /** Dates other sources give, kept beside the one the event is placed at. */
      alternatives: v.optional(list(dateAlternativeSchema(by))),
    }),
    crossRule([['precision'], ['start']], ['start'], (x) => startProblem(x)),
    crossRule([['precision'], ['end']], ['end'], (x) => endProblem(x)),
    crossRule([['precision'], ['start'], ['end']], ['end'], (x) => spanProblem(x)),
  );
}
export type EventDate = v.InferOutput<ReturnType<typeof eventDateSchema>>;
export type DateAlternative = v.InferOutput<ReturnType<typeof dateAlternativeSchema>>;

const RANK: Record<Exclude<DatePrecision, 'range'>, number> = { day: 0, month: 1, year: 2 };

/**
 * Why a date is finer than its sources support, if it is: day < month < year; a range is judged
 * by its span, which must cover the whole month (or year) of its start when that is all the
 * sources give. A source that gives a range supports anything but a single day.
 */
export function dateSupportProblem(date: { precision: DatePrecision; start: string; end?: string | null }, supported: DatePrecision) {
  const given = date.precision;
  const coarser = `expected "${supported}" or coarser (the finest date its sources give), got "${given}"`;
  if (supported === 'day') return undefined;
  if (supported === 'range') return given === 'day' ? coarser : undefined;
  if (given !== 'range') return RANK[given] >= RANK[supported] ? undefined : coarser;
  const unit = supported === 'month' ? date.start.slice(0, 7) : date.start.slice(0, 4);
  const whole = dateSpan({ start: unit, precision: supported });
  const from = isoDayToDayNumber(date.start);
  const to = typeof date.end === 'string' ? isoDayToDayNumber(date.end) : Infinity;
  if (from <= whole.startDay && to >= whole.endDay) return undefined;
  return `expected a range covering all of ${unit} (its sources give only the ${supported}), got ${date.start} – ${date.end ?? '(open)'}`;
}
