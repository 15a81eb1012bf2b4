/**
 * The bounded import report. A reader returns every problem it found; before that list leaves the
 * worker (or reaches the dialog) it is cut down to counts per field and reason plus the first
 * examples, so a file with a million bad rows costs a few kilobytes to report, not a heap.
 */
import type { ImportResult, ValidationError } from './importTypes';
import { fatalResult } from './importTypes';

/** Problems listed one by one in a report; the counts always cover every problem. */
export const MAX_EXAMPLES = 100;
/** Distinct (field, reason) pairs counted separately; the rest are counted together. */
export const MAX_GROUPS = 50;
/** Longest reason kept as a group's key (a reason is the expectation, not the value found). */
const MAX_REASON = 160;

/** How many problems share a field and a reason. */
export interface ProblemGroup {
  /** The field ('' for a whole record or file; `*` for the group of all other reasons). */
  field: string;
  /** What was expected, without the value found (`expected a non-negative whole number`). */
  reason: string;
  count: number;
}

/** Every problem of a file, counted, with the first few as examples. */
export interface ProblemSummary {
  /** Problems found in all. */
  count: number;
  /** Counts per field and reason, largest first; their counts add up to `count`. */
  groups: ProblemGroup[];
  /** The first problems in file order, at most `MAX_EXAMPLES`. */
  examples: ValidationError[];
}

/** An import result as it travels to the dialog: the records and a bounded report of the problems. */
export interface ImportReport extends Omit<ImportResult, 'errors'> {
  problems: ProblemSummary;
}

/** Limits of a summary (tests use small ones). */
export interface SummaryLimits {
  examples: number;
  groups: number;
}

const DEFAULT_LIMITS: SummaryLimits = { examples: MAX_EXAMPLES, groups: MAX_GROUPS };

/**
 * The reason of a detail: what was expected, with the value found (`, got …`) and anything in
 * parentheses that names a row or id dropped, so one bad column in many rows is one group.
 */
export function reasonOf(detail: string): string {
  const cut = detail.search(/,? got /);
  const head = (cut > 0 ? detail.slice(0, cut) : detail).replace(/\s*\([^)]*\)\s*$/, '').trim();
  const reason = head === '' ? detail.trim() : head;
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
}

/** Counts `errors` per field and reason and keeps the first examples; never holds more than the limits. */
export function summariseProblems(errors: readonly ValidationError[], limits: SummaryLimits = DEFAULT_LIMITS): ProblemSummary {
  const counts = new Map<string, ProblemGroup>();
  let other = 0;
  for (const e of errors) {
    const reason = reasonOf(e.detail);
    const key = `${e.field}\u0000${reason}`;
    const group = counts.get(key);
    if (group) group.count += 1;
    else if (counts.size < limits.groups) counts.set(key, { field: e.field, reason, count: 1 });
    else other += 1;
  }
  const groups = [...counts.values()].sort((a, b) => b.count - a.count);
  if (other > 0) groups.push({ field: '*', reason: 'other reasons', count: other });
  return { count: errors.length, groups, examples: errors.slice(0, limits.examples) };
}

/** The bounded report of a result (the records pass through untouched). */
export function toReport(result: ImportResult, limits: SummaryLimits = DEFAULT_LIMITS): ImportReport {
  const { errors, ...rest } = result;
  return { ...rest, problems: summariseProblems(errors, limits) };
}

/** A report of a file that could not be read at all (`fatal` set, nothing to import). */
export function fatalReport(file: string, reason: string): ImportReport {
  return toReport(fatalResult(file, 'unknown', reason));
}
