/**
 * Files → validated, normalised `Dataset`, in one pure call shared by the build-time Vite plugin
 * and the browser loader. Invalid input yields every error and no dataset, never a partial one.
 */
import type { GeoLookup } from '../geo/geoLookup.ts';
import { normaliseReport } from './normalise.ts';
import { datasetOf, type DatasetRecords, type DatasetResult } from './datasetOf.ts';
import type { DataFileKey } from '../schema/manifest.ts';
import type { ValidationError } from '../schema/messages.ts';
import type { ReportSummary } from '../model/types.ts';
import type { ArticleTexts } from '../schema/sourceIndex.ts';
import {
  reportFactsOf,
  reportIndexOf,
  sourceTextsOf,
  validateEvents,
  validateOutposts,
  validatePhases,
  validateReports,
  validateSources,
} from '../schema/validate.ts';

/**
 * The raw contents of the data files (one entry per `DATA_FILES` key), parsed from JSON but not
 * yet trusted, and the article texts keyed by file name (`000_….txt`), exactly as on disk.
 */
export type DatasetFiles = Record<DataFileKey, unknown> & { sourceTexts: Record<string, string> };

export type ParseDatasetResult = DatasetResult;

/** Validate all files against each other and the geography, then normalise them into a `Dataset` (reports in full). */
export function parseDataset(files: DatasetFiles, geo: GeoLookup): ParseDatasetResult {
  const reports = validateReports(files.reports);
  const result = parseWithIndex(files, reportIndexOf(reports.records), geo, reports.errors);
  if (!result.ok) return result;
  return { ok: true, dataset: { ...result.dataset, reports: reports.records.map(normaliseReport) } };
}

/**
 * The same without `reports.json`: events and posts are checked against the report index built
 * with the app (`scripts/validateDataPlugin.ts`), and the full reports load later, on demand (`loadReports`).
 * The article texts may be left out too (`null` by file name): the default view's sources then
 * have no text until `loadSourceTexts`, and their titles, agencies and quotes are not checked
 * against the texts here — the build did that on the same files.
 */
export function parseWithIndex(
  files: Omit<DatasetFiles, 'reports' | 'sourceTexts'> & { sourceTexts: ArticleTexts },
  reportIndex: ReportSummary[],
  geo: GeoLookup,
  reportErrors: readonly ValidationError[] = [],
): ParseDatasetResult {
  const result = validateWithIndex(files, reportIndex, geo, reportErrors);
  return result.ok ? datasetOf(result.records, reportIndex, geo) : result;
}

/** The validation half of `parseWithIndex`: the records as validated (not normalised), or every error. */
export function validateWithIndex(
  files: Omit<DatasetFiles, 'reports' | 'sourceTexts'> & { sourceTexts: ArticleTexts },
  reportIndex: ReportSummary[],
  geo: GeoLookup,
  reportErrors: readonly ValidationError[] = [],
): { ok: true; records: DatasetRecords } | { ok: false; errors: ValidationError[] } {
  const sources = validateSources(files.sourcesIndex, files.sourceTexts);
  const texts = sourceTextsOf(sources.records);
  const facts = reportFactsOf(reportIndex);
  const outposts = validateOutposts(files.outposts, { sources: texts, geo, reports: facts });
  const outpostIds = new Set(outposts.records.map((o) => o.id));
  const events = validateEvents(files.events, { sources: texts, geo, reports: facts, outposts: outpostIds });
  const phases = validatePhases(files.phases, texts);
  const errors = [...sources.errors, ...reportErrors, ...events.errors, ...phases.errors, ...outposts.errors];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, records: { sources: sources.records, events: events.records, phases: phases.records, outposts: outposts.records } };
}

/** One line per error, for build logs and the in-app error panel. */
export function formatErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => e.message).join('\n');
}
