/**
 * One cited report in `data/reports.json`: an article the app links to but never bundles or
 * fetches. Events cite its facts by id; each fact is a statement of the report in our own words.
 */
import * as v from 'valibot';
import { LANGS } from '../i18n/langs.ts';
import { at, crossRule, crossCheck, httpUrl, isoDay, nonEmpty, oneOf, record, text } from './dialect.ts';
import { recordId } from './recordId.ts';
import { show } from './messages.ts';

const noteProblem = ({ published, publishedNote }: { published: string | null; publishedNote?: string }) =>
  published === null && publishedNote === undefined
    ? 'expected a note saying why the publication date is unknown (published is null), got nothing'
    : undefined;

export const reportSchema = v.pipe(
  record({
    id: recordId,
    /** The outlet as it names itself. */
    outlet: text,
    /** The report's own address (http or https); shown as a link, never fetched. */
    url: httpUrl,
    /** `YYYY-MM-DD`, or null when the report carries no date (then `publishedNote` says why). */
    published: v.nullable(isoDay('YYYY-MM-DD (a real calendar date) or null')),
    publishedNote: v.optional(text),
    /** The language the report is written in. */
    language: oneOf(LANGS),
    /** The headline verbatim, or null when it has none. */
    headline: v.nullable(text),
    /** The address it was read at (e.g. an archived copy). */
    readAt: httpUrl,
    /** What the report states, one fact each, in our own words; ids unique within the report. */
    facts: nonEmpty(record({ id: text, text }), 'at least one fact'),
  }),
  crossRule([['published'], ['publishedNote']], ['publishedNote'], (x) => noteProblem(x)),
  crossCheck([['facts']], ({ facts }) => {
    const first = new Map<string, number>();
    return facts.flatMap((fact, j) => {
      const seen = first.get(fact.id);
      if (seen === undefined) first.set(fact.id, j);
      const detail = `expected a fact id unique within the report, got ${show(fact.id)} (already used by facts[${seen}])`;
      return seen === undefined ? [] : [at(['facts', j, 'id'], detail)];
    });
  }),
);
export type ReportRecord = v.InferOutput<typeof reportSchema>;
export type Fact = ReportRecord['facts'][number];

/**
 * What the default view knows of a cited report before `reports.json` loads: its id, outlet and
 * fact ids (built with the app from the validated file; the fact texts are nearly all of it).
 */
export interface ReportSummary {
  id: string;
  outlet: string;
  facts: string[];
}
