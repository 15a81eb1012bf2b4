/**
 * Validated records → the store's `Dataset`: dates as day numbers, locations resolved against the
 * geography, everything in display order. Pure, and trusting: its callers validated the records
 * (`parseWithIndex`), or the build did (`virtual:frontier-default-data`, the default view's data).
 */
import type { GeoLookup } from '../geo/geoLookup.ts';
import { compareEvents, normaliseEvent, normaliseOutpost, normalisePhase } from './normalise.ts';
import { validationError, type ValidationError } from '../schema/messages.ts';
import type { Dataset, EventRecord, OutpostRecord, PhaseRecord, ReportSummary, SourceDoc } from '../model/types.ts';

/** The records of the dataset's files once validated (reports apart: they load on demand). */
export interface DatasetRecords {
  sources: SourceDoc[];
  events: EventRecord[];
  phases: PhaseRecord[];
  outposts: OutpostRecord[];
}

/**
 * The build's module of the default data (scripts/defaultDataPlugin.ts): its records with the
 * index of `reports.json` they were checked against (ids, outlets, fact ids: the full reports load
 * on demand), or (dev server only) every problem, one line each.
 */
export type DefaultData = { ok: true; records: DatasetRecords; reportIndex: ReportSummary[] } | { ok: false; errors: string[] };

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; errors: ValidationError[] };

/** The dataset of `records`, checked against `reportIndex`'s citations by whoever validated them. */
export function datasetOf(records: DatasetRecords, reportIndex: ReportSummary[], geo: GeoLookup): DatasetResult {
  try {
    return {
      ok: true,
      dataset: {
        sources: records.sources,
        reportIndex,
        events: records.events.map((e) => normaliseEvent(e, geo)).sort(compareEvents),
        phases: records.phases.map(normalisePhase).sort((a, b) => a.stage - b.stage),
        outposts: records.outposts.map((o) => normaliseOutpost(o, geo)),
      },
    };
  } catch (error) {
    // Validation resolves every reference first, so this only fires if the lookup is inconsistent
    // (e.g. a place id with no point, or a build's data against another geography); report it in
    // the same shape rather than throwing.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [validationError('dataset', '', '', detail)] };
  }
}
