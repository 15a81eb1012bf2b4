/**
 * Briefings: ordered steps (title, short text, time window, camera, selected event, visible layers)
 * read from `data/briefings/*.json`. Parsing is pure and strict: a step's title must be an event
 * title or stage name and its text a passage of an event summary, a stage description or an
 * article, so a briefing can never say what the data does not.
 */
import type { Dataset } from '../model/types';
import type { Camera, LayerId } from '../state/appStore';
import { parseCameraParam, parseDayParam, parseLayersParam } from '../state/url/urlState';
import type { TimeWindow } from '../calendar/window';

export interface BriefingStep {
  title: string;
  text: string;
  window: TimeWindow;
  camera: Camera;
  selectedId: string | null;
  layers: Record<LayerId, boolean>;
}

export interface Briefing {
  id: string;
  title: string;
  steps: BriefingStep[];
}

export type ParsedBriefing = { ok: true; briefing: Briefing } | { ok: false; errors: string[] };

type Facts = Pick<Dataset, 'events' | 'phases' | 'sources'>;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and checks one briefing file; `file` names it in every error. */
export function parseBriefing(raw: unknown, facts: Facts, bounds: TimeWindow, file: string): ParsedBriefing {
  const errors: string[] = [];
  if (!isRecord(raw)) return { ok: false, errors: [`${file}: expected an object`] };
  const id = raw['id'];
  const title = raw['title'];
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,64}$/.test(id)) errors.push(`${file}: id: expected a slug, got ${JSON.stringify(id)}`);
  if (typeof title !== 'string' || !title.trim()) errors.push(`${file}: title: expected text`);
  const rawSteps = raw['steps'];
  if (!Array.isArray(rawSteps) || rawSteps.length === 0)
    return { ok: false, errors: [...errors, `${file}: steps: expected a non-empty array`] };
  const titles = new Set([...facts.events.map((e) => e.title), ...facts.phases.map((p) => p.name)]);
  const texts = [...facts.events.map((e) => e.summary), ...facts.phases.map((p) => p.description), ...facts.sources.map((s) => s.text)];
  const ids = new Set(facts.events.map((e) => e.id));
  const steps: BriefingStep[] = [];
  rawSteps.forEach((st: unknown, i) => {
    const at = `${file}: steps[${i}]`;
    if (!isRecord(st)) return void errors.push(`${at}: expected an object`);
    const stepErrors: string[] = [];
    const field = <T>(name: string, parse: (v: unknown) => T): T | undefined => {
      try {
        return parse(st[name]);
      } catch (e) {
        stepErrors.push(`${at}.${name}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    };
    const str =
      (_name: string) =>
      (v: unknown): string => {
        if (typeof v !== 'string' || !v.trim()) throw new Error(`expected text`);
        return v;
      };
    const t = field('title', (v) => {
      const s = str('title')(v);
      if (!titles.has(s)) throw new Error(`must be an event title or stage name from the data, got ${JSON.stringify(s.slice(0, 60))}`);
      return s;
    });
    const text = field('text', (v) => {
      const s = str('text')(v);
      if (!texts.some((x) => x.includes(s))) throw new Error('must be a passage of an event summary, a stage description or an article');
      return s;
    });
    const from = field('from', (v) => parseDayParam('from', str('from')(v), bounds));
    const to = field('to', (v) => parseDayParam('to', str('to')(v), bounds));
    if (from !== undefined && to !== undefined && to < from) stepErrors.push(`${at}.to: before from`);
    const camera = field('camera', (v) => parseCameraParam(str('camera')(v)));
    const selectedId = field('select', (v) => {
      if (v === null || v === undefined) return null;
      if (typeof v !== 'string' || !ids.has(v)) throw new Error(`no event ${JSON.stringify(v)}`);
      return v;
    });
    const layers = field('layers', (v) => {
      if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string')) throw new Error('expected an array of layer ids');
      return parseLayersParam(v.join(','));
    });
    errors.push(...stepErrors);
    if (
      stepErrors.length ||
      t === undefined ||
      text === undefined ||
      from === undefined ||
      to === undefined ||
      !camera ||
      selectedId === undefined ||
      !layers
    )
      return;
    steps.push({ title: t, text, window: { start: from, end: to + 1 }, camera, selectedId, layers });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, briefing: { id: id as string, title: title as string, steps } };
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
