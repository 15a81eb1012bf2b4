/**
 * The shipped records' texts that only the source panel, the search, the briefing check and the
 * data export read — an event's texts beyond its English title (summaries, notes, translated
 * titles, how its date was inferred) and a border post's note — apart from the rest of them. The
 * default view (in English) draws, lists and filters by the other fields, so the build serves the
 * shipped records without these (`scripts/defaultDataPlugin.ts`) and the texts apart
 * (`scripts/eventTextsPlugin.ts`), loaded once something shows or searches them, or the UI switches
 * to another language (`load/loadEventTexts.ts`). Both halves come from the same data files,
 * validated whole at build.
 */
import type { Dataset, FrontierEvent, Outpost } from './types';

/** The fields that travel apart, in every language the schema allows. */
export const EVENT_TEXT_KEYS = ['title_ru', 'title_tg', 'summary', 'summary_ru', 'summary_tg', 'notes'] as const;
export type EventTextKey = (typeof EVENT_TEXT_KEYS)[number];

/** Where an event's date says how it was inferred (`date.inferred` in `events.json`), its texts hold it under this key. */
export const DATE_INFERRED_KEY = 'date_inferred';

/** One event's texts: the top-level fields as in `events.json`, and its `date.inferred`. */
export type EventTexts = Partial<Pick<FrontierEvent, EventTextKey>> & { [DATE_INFERRED_KEY]?: string };

/** Every shipped event's texts by event id; an event with none has no entry. */
export type EventTextsById = Readonly<Record<string, EventTexts>>;

/** A border post's texts: its note (how it is placed, what its sources say of it). */
export type PostTexts = Partial<Pick<Outpost, 'note'>>;

/** What the texts module holds: the shipped events' texts and the posts' notes, by id. */
export interface ShippedTexts {
  events: EventTextsById;
  posts: Readonly<Record<string, PostTexts>>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

type Split = { core: unknown[]; texts: Record<string, Record<string, unknown>> };

/**
 * `records` without their fields `keys` (and what `more` takes from each), and those by id. Records
 * that are not objects with a string id pass through whole (the build validates a file before it
 * splits it).
 */
function splitTexts(
  records: readonly unknown[],
  keys: readonly string[],
  more?: (r: Record<string, unknown>, rest: Record<string, unknown>, own: Record<string, unknown>) => void,
): Split {
  const texts: Record<string, Record<string, unknown>> = {};
  const core = records.map((r) => {
    if (!isObject(r) || typeof r['id'] !== 'string') return r;
    const rest: Record<string, unknown> = {};
    const own: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) (keys.includes(k) ? own : rest)[k] = v;
    more?.(r, rest, own);
    if (Object.keys(own).length > 0) texts[r['id']] = own;
    return rest;
  });
  return { core, texts };
}

/** The records of `events.json` without their texts, and the texts by event id. */
export function splitEventTexts(records: readonly unknown[]): Split {
  return splitTexts(records, EVENT_TEXT_KEYS, (r, rest, own) => {
    const date = r['date'];
    if (isObject(date) && 'inferred' in date) {
      const { inferred, ...dateRest } = date;
      own[DATE_INFERRED_KEY] = inferred;
      rest['date'] = dateRest;
    }
  });
}

/** The records of `outposts.json` without their notes, and the notes by post id. */
export const splitPostTexts = (records: readonly unknown[]): Split => splitTexts(records, ['note']);

/**
 * The dataset with each event and post that has no texts of its own given its entry of `texts`;
 * the same object when nothing changes (an imported event carries its texts; a second call finds
 * them set).
 */
export function withShippedTexts(d: Dataset, texts: ShippedTexts): Dataset;
export function withShippedTexts(d: Dataset | null, texts: ShippedTexts): Dataset | null;
export function withShippedTexts(d: Dataset | null, texts: ShippedTexts): Dataset | null {
  if (!d) return d;
  let changed = false;
  const events = d.events.map((e) => {
    const own = texts.events[e.id];
    if (own === undefined || EVENT_TEXT_KEYS.some((k) => e[k] !== undefined) || e.date.inferred !== undefined) return e;
    changed = true;
    const { [DATE_INFERRED_KEY]: inferred, ...fields } = own;
    return { ...e, ...fields, ...(inferred === undefined ? {} : { date: { ...e.date, inferred } }) };
  });
  const outposts = d.outposts.map((o) => {
    const own = texts.posts[o.id];
    if (own === undefined || o.note !== undefined) return o;
    changed = true;
    return { ...o, ...own };
  });
  return changed ? { ...d, events, outposts } : d;
}
