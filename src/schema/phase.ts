/** One stage of the CSTO border programme in `data/phases.json`: whole years, a coverage and quoted sources. */
import * as v from 'valibot';
import { isIsoYear } from '../calendar/dates.ts';
import { crossRule, anyString, expects, nonEmpty, oneOf, record, text } from './dialect.ts';
import { recordId } from './recordId.ts';
import { show } from './messages.ts';
import { sourceRefSchema } from './sourceRefs.ts';
import type { SourceTexts } from './sourceRefs.ts';

export const PHASE_COVERAGES = ['none', 'select-outposts', 'border'] as const;
export type PhaseCoverage = (typeof PHASE_COVERAGES)[number];

const year = v.pipe(v.string(expects('YYYY')), v.check(isIsoYear, expects('YYYY')));
const yearsProblem = ({ start, end }: { start: string; end: string }) =>
  end >= start ? undefined : `expected a year on or after start ${start}, got ${show(end)}`;

/** The schema of one phase, given the valid sources its quotes come from. */
export function phaseSchema(sources: SourceTexts) {
  return v.pipe(
    record({
      id: recordId,
      stage: oneOf([1, 2, 3], '1 | 2 | 3'),
      name: text,
      name_ru: v.optional(text),
      /** Years as stated: `start`/`end` are `YYYY`. */
      start: year,
      end: year,
      description: anyString,
      coverage: oneOf(PHASE_COVERAGES),
      /** Shown on the map where the coverage cannot be drawn (e.g. outpost locations not public). */
      coverageNote: text,
      coverageNote_ru: v.optional(text),
      sources: nonEmpty(sourceRefSchema(sources), 'at least one source quotation'),
    }),
    crossRule([['start'], ['end']], ['end'], (x) => yearsProblem(x)),
  );
}
export type PhaseRecord = v.InferOutput<ReturnType<typeof phaseSchema>>;
