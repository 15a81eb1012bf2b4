/**
 * An event's texts beyond its English title — summaries, notes, translated titles and how its date
 * was inferred — apart from the rest of it. The default view (in English) draws, lists and filters events by their other
 * fields, so the build serves the shipped events without these (`scripts/defaultDataPlugin.ts`) and
 * the texts apart (`scripts/eventTextsPlugin.ts`), loaded once something shows or searches them, or
 * the UI switches to another language (`load/loadEventTexts.ts`). Both halves come from the one
 * `data/events.json`, validated whole at build.
 */
import type { Dataset, FrontierEvent } from './types';

/** The fields that travel apart, in every language the schema allows. */
export const EVENT_TEXT_KEYS = ['title_ru', 'title_tg', 'summary', 'summary_ru', 'summary_tg', 'notes'] as const;
export type EventTextKey = (typeof EVENT_TEXT_KEYS)[number];

/** Where an event's date says how it was inferred (`date.inferred` in `events.json`), its texts hold it under this key. */
export const DATE_INFERRED_KEY = 'date_inferred';

/** One event's texts: the top-level fields as in `events.json`, and its `date.inferred`. */
export type EventTexts = Partial<Pick<FrontierEvent, EventTextKey>> & { [DATE_INFERRED_KEY]?: string };

/** Every shipped event's texts by event id; an event with none has no entry. */
export type EventTextsById = Readonly<Record<string, EventTexts>>;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The records of `events.json` without their texts, and the texts by id. Records that are not
 * objects with a string id pass through whole (the build validates the file before it splits it).
 */
export function splitEventTexts(records: readonly unknown[]): { core: unknown[]; texts: Record<string, Record<string, unknown>> } {
  const texts: Record<string, Record<string, unknown>> = {};
  const core = records.map((r) => {
    if (!isObject(r) || typeof r['id'] !== 'string') return r;
    const rest: Record<string, unknown> = {};
    const own: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) ((EVENT_TEXT_KEYS as readonly string[]).includes(k) ? own : rest)[k] = v;
    const date = r['date'];
    if (isObject(date) && 'inferred' in date) {
      const { inferred, ...dateRest } = date;
      own[DATE_INFERRED_KEY] = inferred;
      rest['date'] = dateRest;
    }
    if (Object.keys(own).length > 0) texts[r['id']] = own;
    return rest;
  });
  return { core, texts };
}

/**
 * The dataset with each event that has no texts of its own given its entry of `texts`; the same
 * object when nothing changes (an imported event carries its texts; a second call finds them set).
 */
export function withEventTexts(d: Dataset, texts: EventTextsById): Dataset;
export function withEventTexts(d: Dataset | null, texts: EventTextsById): Dataset | null;
export function withEventTexts(d: Dataset | null, texts: EventTextsById): Dataset | null {
  if (!d) return d;
  let changed = false;
  const events = d.events.map((e) => {
    const own = texts[e.id];
    if (own === undefined || EVENT_TEXT_KEYS.some((k) => e[k] !== undefined) || e.date.inferred !== undefined) return e;
    changed = true;
    const { [DATE_INFERRED_KEY]: inferred, ...fields } = own;
    return { ...e, ...fields, ...(inferred === undefined ? {} : { date: { ...e.date, inferred } }) };
  });
  return changed ? { ...d, events } : d;
}
