/**
 * The app's own event JSON (the schema of data/events.json), validated by the same reader as the
 * bundled data. Its quotations need articles: a quote from a bundled article must be verbatim, as
 * for the bundled data; a quote from an article the app does not have cannot be checked, so it is
 * taken as given and becomes the record's source text, with the source named "<id> (article not
 * bundled)". Each event then flattens to an ImportRecord; summary, title_ru, notes and casualties
 * are kept in `extra` so the source panel can still show them.
 */
import { dateSpan, dayNumberToIsoDay, isoDayToDayNumber } from '../../calendar/dates';
import type { GeoLookup } from '../../geo/geoLookup';
import { resolveLocation } from '../../load/normalise';
import * as v from 'valibot';
import { idsIn, isObject, recordLabel } from '../../schema/dialect';
import { eventSchema } from '../../schema/event';
import { errorsOf, validationError } from '../../schema/messages';
import type { ValidationError } from '../../schema/messages';
import type { SourceTexts } from '../../schema/sourceRefs';
import type { DayNumber, EventDate, ImportRecord } from '../../model/types';
import type { GeoRefs, ImportOptions, ImportResult, ProgressFn } from '../importTypes';
import { eventToRecord } from '../eventToRecord';

/** A GeoLookup over plain data, so the worker can resolve place and region ids. */
export function lookupOf(refs: GeoRefs): GeoLookup {
  const lookup: GeoLookup = {
    placeLngLat: (id) => (Object.hasOwn(refs.places, id) ? refs.places[id] : undefined),
    regionIds: new Set(Object.keys(refs.regions)),
    regionLabelPoint: (id) => (Object.hasOwn(refs.regions, id) ? refs.regions[id] : undefined),
    borderId: refs.borderId,
  };
  if (refs.borderPoint) lookup.borderLabelPoint = refs.borderPoint;
  const districts = refs.districts;
  if (districts !== undefined) {
    lookup.districtIds = new Set(Object.keys(districts));
    lookup.districtLabelPoint = (id) => (Object.hasOwn(districts, id) ? districts[id] : undefined);
  }
  return lookup;
}

/** True when a parsed JSON value looks like an array of app events (rather than something else). */
export function looksLikeAppJson(doc: unknown): boolean {
  return Array.isArray(doc) && (doc.length === 0 || (isObject(doc[0]) && ('date' in doc[0] || 'location' in doc[0] || 'kind' in doc[0])));
}

/** Article texts for the quote check: bundled ones as they are; unknown ones made of the file's own quotes. */
function sourceTextsFor(items: readonly unknown[], opts: ImportOptions): SourceTexts {
  const texts = new Map<string, { file: string; text: string }>();
  for (const [id, s] of Object.entries(opts.sources)) texts.set(id, { file: s.title, text: s.text });
  for (const item of items) {
    const refs = isObject(item) && Array.isArray(item['sources']) ? item['sources'] : [];
    for (const r of refs) {
      if (!isObject(r) || typeof r['sourceId'] !== 'string' || typeof r['quote'] !== 'string') continue;
      if (Object.hasOwn(opts.sources, r['sourceId'])) continue;
      const prev = texts.get(r['sourceId']);
      texts.set(r['sourceId'], { file: r['sourceId'], text: `${prev?.text ?? ''}\n${r['quote']}` });
    }
  }
  return texts;
}

/** The first date the event gives (its start, a range's end) that lies after `today`, if any. */
function futureDate(date: EventDate, today: DayNumber): { field: string; detail: string } | undefined {
  const after = `expected a date on or before today (${dayNumberToIsoDay(today)})`;
  if (dateSpan(date).startDay > today) return { field: 'date.start', detail: `${after}, got "${date.start}" (in the future)` };
  if (typeof date.end === 'string' && isoDayToDayNumber(date.end) > today)
    return { field: 'date.end', detail: `${after}, got "${date.end}" (in the future)` };
  return undefined;
}

/** Validates an array of app events into records; events are 0-based in messages. */
export function parseAppJson(doc: unknown[], file: string, opts: ImportOptions, onProgress?: ProgressFn): ImportResult {
  const geo = lookupOf(opts.geo);
  const reports = new Map(Object.entries(opts.reports ?? {}).map(([id, facts]) => [id, new Set(facts)]));
  const refs = { sources: sourceTextsFor(doc, opts), geo, reports, outposts: new Set(opts.outposts ?? []) };
  const schema = eventSchema(refs, idsIn(doc));
  const records: ImportRecord[] = [];
  const errors: ValidationError[] = [];
  const seen = new Map<string, number>();
  let rejected = 0;
  doc.forEach((item, i) => {
    const label = recordLabel('event', item, i);
    const result = v.safeParse(schema, item);
    let rec: ImportRecord | undefined;
    if (!result.success) errors.push(...errorsOf(result.issues, file, label));
    else {
      const e = result.output;
      const future = futureDate(e.date, opts.today);
      if (future) errors.push(validationError(file, label, future.field, future.detail));
      else if (seen.has(e.id))
        errors.push(validationError(file, label, 'id', `expected a unique id, got "${e.id}" (already used by #${seen.get(e.id)})`));
      else rec = eventToRecord(e, dateSpan(e.date), resolveLocation(e.location, geo), (id) => opts.sources[id]?.title, i);
    }
    if (rec === undefined) rejected += 1;
    else {
      seen.set(rec.id, i);
      records.push(rec);
    }
    if (onProgress && i % 200 === 0) onProgress(i / Math.max(1, doc.length));
  });
  onProgress?.(1);
  return { file, format: 'app-json', records, errors, total: doc.length, rejected, fatal: null };
}
