/**
 * An app event (bundled, or read from the app's own JSON) flattened to an ImportRecord, so that
 * export and import share one shape: the quotations become the source text, the article titles
 * the source name, and fields without a column of their own go to `extra` verbatim.
 */
import type { DayNumber, EventRecord, ImportRecord } from '../model/types';

/** Extra keys that carry app-event fields through CSV/GeoJSON and back. */
export const EVENT_EXTRA_KEYS = ['location', 'summary', 'title_ru', 'area', 'notes_app', 'casualties', 'date_inferred'] as const;

/** Flattens one event; `sourceTitle` names a source id (undefined when the article is not bundled). */
export function eventToRecord(
  e: EventRecord,
  span: { startDay: DayNumber; endDay: DayNumber },
  where: { geometry: readonly number[] | null; areaRef: string | null },
  sourceTitle: (id: string) => string | undefined,
  row: number,
): ImportRecord {
  const names = [...new Set(e.sources.map((s) => sourceTitle(s.sourceId) ?? `${s.sourceId} (article not bundled)`))];
  const killed = (e.casualties ?? []).map((c) => c.killed).filter((k): k is number => k !== null);
  const extra: Record<string, string> = { location: e.location.asReported };
  if (e.summary?.trim()) extra['summary'] = e.summary;
  if (e.title_ru) extra['title_ru'] = e.title_ru;
  if (where.areaRef) extra['area'] = where.areaRef;
  if (e.notes?.length) extra['notes_app'] = e.notes.join('\n');
  if (e.casualties?.length)
    extra['casualties'] = e.casualties.map((c) => `${c.killed ?? '?'} killed, ${c.injured ?? '?'} injured — ${c.who}`).join('\n');
  if (e.date.inferred) extra['date_inferred'] = e.date.inferred;
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    lon: where.geometry?.[0] ?? NaN,
    lat: where.geometry?.[1] ?? NaN,
    startDay: span.startDay,
    endDay: span.endDay,
    datePrecision: e.date.precision,
    locationPrecision: e.location.precision,
    fatalities: killed.length ? Math.max(...killed) : null,
    sourceName: names.join('; '),
    sourceText: e.sources.map((s) => s.quote).join('\n\n'),
    row,
    extra,
  };
}
