/**
 * References to sources, shared by events, phases and outposts: a quotation from a bundled
 * article (`{ sourceId, quote }`, the quote verbatim), a citation of facts from a report the app
 * does not bundle (`{ reportId, facts }`), and a plain external citation (`{ citation, url? }`).
 */
import * as v from 'valibot';
import { at, crossRule, crossCheck, httpUrl, isObject, nonEmpty, oneOf, record, rule, text } from './dialect.ts';
import { listOf, show } from './messages.ts';
import { DATE_PRECISIONS, LOCATION_PRECISIONS } from './precision.ts';

/**
 * Valid sources by id: the article text and its file name (for messages). A `null` text is one the
 * default view has not fetched: its quotes were checked at build, so they are not checked again.
 */
export type SourceTexts = ReadonlyMap<string, { file: string; text: string | null }>;
/** Valid reports by id, with the ids of their facts. */
export type ReportFacts = ReadonlyMap<string, ReadonlySet<string>>;

/** What a reference supports, optional on every one: the finest place and date it gives. */
const support = {
  /** The finest location precision this source supports for the event. */
  locates: v.optional(oneOf(LOCATION_PRECISIONS)),
  /** The finest date precision this source supports for the event. */
  dates: v.optional(oneOf(DATE_PRECISIONS)),
};

/** Fold typographic apostrophes, quotes and dashes so a near miss can be explained. */
function foldTypography(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-');
}

/** Why `quote` is not in `text`, as precisely as cheaply possible. */
function quoteMissHint(quote: string, text: string): string {
  if (foldTypography(text).includes(foldTypography(quote))) {
    return 'it differs only in apostrophes, quotes or dashes — copy them from the text (’ – —)';
  }
  let matched = 0;
  while (matched < quote.length && text.includes(quote.slice(0, matched + 1))) matched += 1;
  return matched === 0 ? 'no part of it occurs in the text' : `only its first ${matched} characters occur in the text`;
}

/** Why a quote is not an exact substring of its source's text; undefined when it is (or the source or its text is unknown). */
export function quoteProblem(sources: SourceTexts, sourceId: string, quote: string): string | undefined {
  const text = sources.get(sourceId)?.text;
  if (text === undefined || text === null || text.includes(quote)) return undefined;
  const shown = `${JSON.stringify(quote.slice(0, 60))}${quote.length > 60 ? '…' : ''}`;
  return `expected an exact substring of ${sourceId} (${sources.get(sourceId)?.file ?? ''}), got ${shown}: ${quoteMissHint(quote, text)}`;
}

/** An id that must be a key of `known`, e.g. a source id from sources/index.json. */
export const knownId = (known: { has(id: string): boolean; keys(): Iterable<string> }, what: string) =>
  v.pipe(
    text,
    rule((id: string) => (known.has(id) ? undefined : `expected ${what} (${listOf(known.keys())}), got ${show(id)}`)),
  );

export const sourceIdOf = (sources: SourceTexts) => knownId(sources, 'a source id from sources/index.json');
export const reportIdOf = (reports: ReportFacts) => knownId(reports, 'a report id from reports.json');

/** `{ sourceId, quote }`: a quotation, verbatim, from a bundled article. */
export function sourceRefSchema(sources: SourceTexts) {
  const problem = ({ sourceId, quote }: { sourceId: string; quote: string }) => quoteProblem(sources, sourceId, quote);
  return v.pipe(
    record({ sourceId: sourceIdOf(sources), quote: text, ...support }),
    crossRule([['sourceId'], ['quote']], ['quote'], (x) => problem(x)),
  );
}
export type SourceRef = v.InferOutput<ReturnType<typeof sourceRefSchema>>;

/** `{ reportId, facts }`: facts (by id) from a cited report that the app links to but does not bundle. */
export function citationSchema(reports: ReportFacts) {
  return v.pipe(
    record({ reportId: reportIdOf(reports), facts: nonEmpty(text, 'at least one fact id'), ...support }),
    crossCheck([['reportId'], ['facts']], ({ reportId, facts }) => {
      const known = reports.get(reportId) ?? new Set<string>();
      const detail = (fact: string) => `expected a fact id of report ${JSON.stringify(reportId)} (${listOf(known)}), got ${show(fact)}`;
      return facts.flatMap((fact, j) => (known.has(fact) ? [] : [at(['facts', j], detail(fact))]));
    }),
  );
}
export type Citation = v.InferOutput<ReturnType<typeof citationSchema>>;

/** `{ citation, url? }`: a source that is not one of the bundled articles, cited in words. */
export const externalCitationSchema = record({ citation: text, url: v.optional(httpUrl) });
export type ExternalCitation = v.InferOutput<typeof externalCitationSchema>;

/** `{ reportId }`: a cited report as a whole. */
export const reportRefSchema = (reports: ReportFacts) => record({ reportId: reportIdOf(reports) });
export type ReportRef = v.InferOutput<ReturnType<typeof reportRefSchema>>;

/** Any of the three, told apart by their keys: `citation` ⇒ external, `reportId` ⇒ a report, else a quotation. */
export function anySourceSchema(sources: SourceTexts, reports: ReportFacts) {
  const quote = sourceRefSchema(sources);
  const report = reportRefSchema(reports);
  return v.lazy((input) =>
    isObject(input) && 'citation' in input ? externalCitationSchema : isObject(input) && 'reportId' in input ? report : quote,
  );
}
