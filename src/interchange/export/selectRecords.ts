/**
 * What an export contains: every event on screen (curated ones flattened, imported ones as they
 * were read), optionally only those whose uncertainty span overlaps the time window — the same
 * rule the map and list use.
 */
import type { Dataset, ImportRecord } from '../../model/types';
import { eventToRecord } from '../eventToRecord';
import { overlaps, type TimeWindow } from '../../calendar/window';
import { compareChronological } from '../../calendar/order';

/** Records for the dataset's events; `imported` supplies the original record of an imported event. */
export function datasetRecords(dataset: Dataset, imported: ReadonlyMap<string, ImportRecord>): ImportRecord[] {
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  return dataset.events.map((e, i) => imported.get(e.id) ?? eventToRecord(e, e, e, (id) => titles.get(id), i));
}

/** Records inside `w` (null = all), in chronological order. */
export function selectRecords(records: readonly ImportRecord[], w: TimeWindow | null): ImportRecord[] {
  const chosen = w === null ? [...records] : records.filter((r) => overlaps(r, w));
  return chosen.sort(compareChronological);
}
