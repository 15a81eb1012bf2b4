/**
 * The analysis parameters of the URL, read and written beside the view parameters (`urlState.ts`):
 * `cmpA=2024-01-01..2024-06-30&cmpB=2025-01-01..2025-06-30` (first and last day of each period,
 * inclusive) and `chart=1` (the along-the-border chart open). Each is a schema whose complaint
 * reads `invalid <name>: …`. The border stretch (`stretch=`) is a filter (src/filters/defs/stretch.ts).
 */
import * as v from 'valibot';
import { dayNumberToIsoDay as dayToIso } from '../../calendar/dates';
import type { TimeWindow } from '../../calendar/window';
import { param, readParams } from '../../schema/params';
import type { AnalysisState, ComparePeriods } from '../analysis';
import { dayParam } from './urlState';

/** Parameters this module owns (urlSync leaves every other one alone). */
export const ANALYSIS_PARAMS = ['cmpA', 'cmpB', 'chart'] as const;

/** `YYYY-MM-DD..YYYY-MM-DD` → a half-open window (first day .. last day + 1), days in either order. */
export const periodParam = (name: string, bounds: TimeWindow) => {
  const day = dayParam(name, bounds);
  return param(
    name,
    v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/),
      v.transform((s) => s.split('..') as [string, string]),
      v.tuple([day, day]),
      v.transform(([a, b]): TimeWindow => ({ start: Math.min(a, b), end: Math.max(a, b) + 1 })),
    ),
  );
};

export const analysisParams = (bounds: TimeWindow) => ({
  cmpA: periodParam('cmpA', bounds),
  cmpB: periodParam('cmpB', bounds),
  chart: param(
    'chart',
    v.pipe(
      v.picklist(['0', '1']),
      v.transform((s) => s === '1'),
    ),
  ),
});

/** The URL-able part of the analysis state. */
export type AnalysisUrl = Pick<AnalysisState, 'compare' | 'borderChart'>;

/** Reads the analysis parameters; a bad one becomes a warning. A comparison needs both periods. */
export function parseAnalysisUrl(search: string, bounds: TimeWindow): { state: AnalysisUrl; warnings: string[] } {
  const { values, warnings } = readParams(search, analysisParams(bounds));
  let compare: ComparePeriods | null = null;
  if (values.cmpA && values.cmpB) compare = { a: values.cmpA, b: values.cmpB };
  else if (values.cmpA || values.cmpB) warnings.push('invalid compare: cmpA and cmpB are needed together');
  return { state: { compare, borderChart: values.chart ?? false }, warnings };
}

const periodText = (w: TimeWindow): string => {
  const first = Math.floor(w.start);
  return `${dayToIso(first)}..${dayToIso(Math.max(first, Math.ceil(w.end) - 1))}`;
};

/** The analysis parameters to write; defaults (no comparison, chart closed) are omitted. */
export function serialiseAnalysisUrl(s: AnalysisUrl): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (s.compare) out.push(['cmpA', periodText(s.compare.a)], ['cmpB', periodText(s.compare.b)]);
  if (s.borderChart) out.push(['chart', '1']);
  return out;
}
