/**
 * Validation of each data file's parsed JSON (unknown input) into typed records. Every problem is
 * collected as a `ValidationError` naming file, record, field and expectation; nothing throws.
 */
import { idsIn, validateRecords } from './dialect.ts';
import type { ValidationResult } from './dialect.ts';
import { eventSchema } from './event.ts';
import type { EventRecord, EventRefs } from './event.ts';
import { DATA_FILES } from './manifest.ts';
import { validationError } from './messages.ts';
import { outpostSchema } from './outpost.ts';
import type { OutpostRecord, OutpostRefs } from './outpost.ts';
import { phaseSchema } from './phase.ts';
import type { PhaseRecord } from './phase.ts';
import { reportSchema } from './report.ts';
import type { ReportRecord, ReportSummary } from './report.ts';
import { sourceRecordSchema } from './sourceIndex.ts';
import type { ArticleTexts, SourceDoc } from './sourceIndex.ts';
import type { ReportFacts, SourceTexts } from './sourceRefs.ts';

export type { ValidationError } from './messages.ts';
export type { ValidationResult } from './dialect.ts';
export type { EventRefs } from './event.ts';
export type { OutpostRefs } from './outpost.ts';
export type { ReportFacts, SourceTexts } from './sourceRefs.ts';

/** Index valid sources by id for quote checks. */
export function sourceTextsOf(sources: readonly SourceDoc[]): SourceTexts {
  return new Map(sources.map((s) => [s.id, { file: s.file, text: s.text ?? null }]));
}

/** Index valid reports by id with their fact ids, for citations. */
export function reportFactsOf(reports: ReadonlyArray<ReportRecord | ReportSummary>): ReportFacts {
  return new Map(reports.map((r) => [r.id, new Set(r.facts.map((f) => (typeof f === 'string' ? f : f.id)))]));
}

/** The default view's index of the reports: id, outlet and fact ids, without the fact texts. */
export function reportIndexOf(reports: readonly ReportRecord[]): ReportSummary[] {
  return reports.map((r) => ({ id: r.id, outlet: r.outlet, facts: r.facts.map((f) => f.id) }));
}

/** Validate `sources/index.json` against the article texts (keyed by file name); a text not at hand stays absent from its record. */
export function validateSources(input: unknown, texts: ArticleTexts): ValidationResult<SourceDoc> {
  const result = validateRecords(DATA_FILES.sourcesIndex, 'source', input, sourceRecordSchema(texts));
  return {
    errors: result.errors,
    records: result.records.map((s) => {
      const text = texts[s.file];
      return typeof text === 'string' ? { ...s, text } : s;
    }),
  };
}

/** Validate `reports.json`: cited reports with their facts. */
export function validateReports(input: unknown): ValidationResult<ReportRecord> {
  return validateRecords(DATA_FILES.reports, 'report', input, reportSchema);
}

/** Validate `events.json`: shapes, dates, locations against `geo`, quotes against the sources, citations against the reports. */
export function validateEvents(input: unknown, refs: EventRefs): ValidationResult<EventRecord> {
  return validateRecords(DATA_FILES.events, 'event', input, eventSchema(refs, idsIn(input)));
}

/** Validate `phases.json`; stages must also be unique. */
export function validatePhases(input: unknown, sources: SourceTexts): ValidationResult<PhaseRecord> {
  const result = validateRecords(DATA_FILES.phases, 'phase', input, phaseSchema(sources));
  const seen = new Set<number>();
  result.records = result.records.filter((phase) => {
    if (!seen.has(phase.stage)) return seen.add(phase.stage);
    result.errors.push(
      validationError(DATA_FILES.phases, `phase "${phase.id}"`, 'stage', `expected a unique stage, got ${phase.stage} again`),
    );
    return false;
  });
  return result;
}

/** Validate `outposts.json`: each precision with its own key (placeId, coordinates, district), cited sources. */
export function validateOutposts(input: unknown, refs: OutpostRefs): ValidationResult<OutpostRecord> {
  return validateRecords(DATA_FILES.outposts, 'outpost', input, outpostSchema(refs));
}
