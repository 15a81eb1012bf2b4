/**
 * Briefings: ordered steps (title, short text, time window, camera, selected event, visible layers,
 * filters)
 * read from `data/briefings/*.json`. Parsing is pure and strict: a step's title must be an event
 * title or stage name and its text a passage of an event summary, a stage description or an
 * article, so a briefing can never say what the data does not.
 */
import * as v from 'valibot';
import type { Dataset } from '../model/types';
import { crossRule, nonEmpty, record, rule } from '../schema/dialect';
import { errorsOf } from '../schema/messages';
import { cameraParam, dayParam, layersParam } from '../state/url/urlState';
import type { TimeWindow } from '../calendar/window';
import { filtersFromParams } from '../filters/apply';
import { NO_FILTERS, type FilterValues } from '../filters/filterDef';

/**
 * `{ "kind": "incident", "q": "Shadak" }`: filters by their URL parameter names and values (the
 * same schemas as the URL); absent means no filter, so every step shows exactly its view.
 */
const filtersSchema = v.pipe(
  v.record(v.string(), v.string('expected filter values as strings, as in the URL'), 'expected an object of URL filter parameters'),
  v.rawTransform<Record<string, string>, FilterValues>(({ dataset, addIssue, NEVER }) => {
    try {
      return filtersFromParams(dataset.value);
    } catch (e) {
      addIssue({ message: e instanceof Error ? e.message : String(e) });
      return NEVER;
    }
  }),
);

/** What a briefing may say: the events and stages, and the bundled articles' texts (`loadSourceTexts`). */
type Facts = Pick<Dataset, 'events' | 'phases'> & { articles: readonly string[] };

const str = v.pipe(
  v.string('expected text'),
  v.check((s) => s.trim() !== '', 'expected text'),
);

/** The schema of a briefing file: every title and text must come from `facts`, every view lie on the timeline. */
export function briefingSchema(facts: Facts, bounds: TimeWindow) {
  const titles = new Set([...facts.events.map((e) => e.title), ...facts.phases.map((p) => p.name)]);
  const texts = [...facts.events.map((e) => e.summary ?? ''), ...facts.phases.map((p) => p.description), ...facts.articles];
  const ids = new Set(facts.events.map((e) => e.id));
  const step = v.pipe(
    record({
      /** An event title or a stage name, verbatim. */
      title: v.pipe(
        str,
        rule((t: string) =>
          titles.has(t) ? undefined : `must be an event title or stage name from the data, got ${JSON.stringify(t.slice(0, 60))}`,
        ),
      ),
      /** A passage of an event summary, a stage description or an article, verbatim. */
      text: v.pipe(
        str,
        rule((t: string) =>
          texts.some((x) => x.includes(t)) ? undefined : 'must be a passage of an event summary, a stage description or an article',
        ),
      ),
      /** First and last day shown, `YYYY-MM-DD`. */
      from: v.pipe(str, dayParam('from', bounds)),
      to: v.pipe(str, dayParam('to', bounds)),
      /** `lon,lat,zoom[,bearing,pitch]`. */
      camera: v.pipe(str, cameraParam),
      /** The event to select, or null. */
      select: v.optional(
        v.nullable(
          v.pipe(
            v.unknown(),
            v.check(
              (id) => typeof id === 'string' && ids.has(id),
              (i) => `no event ${JSON.stringify(i.input)}`,
            ),
            v.transform((id) => id as string),
          ),
        ),
        null,
      ),
      /** The layers shown. */
      layers: v.pipe(
        v.array(v.string('expected an array of layer ids'), 'expected an array of layer ids'),
        v.transform((list) => list.join(',')),
        layersParam,
      ),
      /** Filters, by URL parameter: `{ "kind": "incident", "km": "5" }`. */
      filters: v.optional(filtersSchema, {}),
    }),
    crossRule([['from'], ['to']], ['to'], ({ from, to }) => (to < from ? 'before from' : undefined)),
    v.transform((s) => ({
      title: s.title,
      text: s.text,
      window: { start: s.from, end: s.to + 1 },
      camera: s.camera,
      selectedId: s.select,
      layers: s.layers,
      filters: Object.keys(s.filters).length ? s.filters : NO_FILTERS,
    })),
  );
  return record({
    id: v.pipe(
      v.unknown(),
      v.check(
        (id) => typeof id === 'string' && /^[a-z0-9-]{1,64}$/.test(id),
        (i) => `expected a slug, got ${JSON.stringify(i.input)}`,
      ),
      v.transform((id) => id as string),
    ),
    title: str,
    /** For whoever edits the file; not shown. */
    note: v.optional(v.string()),
    steps: nonEmpty(step, 'a non-empty array'),
  });
}

export type Briefing = v.InferOutput<ReturnType<typeof briefingSchema>>;
export type BriefingStep = Briefing['steps'][number];
export type ParsedBriefing = { ok: true; briefing: Briefing } | { ok: false; errors: string[] };

/** Parses and checks one briefing file; `file` names it in every error (`file: steps[2].title: …`). */
export function parseBriefing(raw: unknown, facts: Facts, bounds: TimeWindow, file: string): ParsedBriefing {
  const result = v.safeParse(briefingSchema(facts, bounds), raw);
  if (result.success) return { ok: true, briefing: result.output };
  return { ok: false, errors: errorsOf(result.issues, file, '').map((e) => e.message) };
}

/** Reads `?briefing=<id>&step=<n>` (1-based); an out-of-range or malformed step becomes 1. */
export function parseStepParams(search: string, stepCount: (id: string) => number | null): { id: string; index: number } | null {
  const p = new URLSearchParams(search);
  const id = p.get('briefing');
  if (!id) return null;
  const n = stepCount(id);
  if (n === null) return null;
  const raw = p.get('step');
  const k = raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) : 1;
  return { id, index: k >= 1 && k <= n ? k - 1 : 0 };
}

/** Sets the step parameters on a query string, keeping every other parameter. */
export function withStepParams(search: string, id: string | null, index: number): string {
  const p = new URLSearchParams(search);
  if (id === null) {
    p.delete('briefing');
    p.delete('step');
  } else {
    p.set('briefing', id);
    p.set('step', String(index + 1));
  }
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}
