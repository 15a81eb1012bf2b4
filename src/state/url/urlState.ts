/**
 * URL ↔ state. Every parameter is a schema (`schema/params.ts`) from its string to its value
 * whose complaint reads `invalid <name>: <value>`; `parseUrlState` reads them one by one so one
 * bad value falls back to its default (with a warning) without discarding the rest of a shared link.
 */
import * as v from 'valibot';
import { dayNumberToIsoDay as dayToIso, isIsoDay, isoDayToDayNumber as isoToDay } from '../../calendar/dates';
import type { PlayMode, TimeWindow } from '../../calendar/window';
import { normaliseWindow } from '../../calendar/window';
import { BASE_LANG, LANGS } from '../../i18n/langs';
import { ID_PATTERN, listParam, param, parseParam, readParams } from '../../schema/params';
import { NO_FILTERS } from '../../filters/filterDef';
import { parseFilterParams, serialiseFilters } from '../../filters/apply';
import { DEFAULT_CAMERA, LAYER_IDS, defaultLayers, type AppState, type Camera, type Lang, type LayerId, type UrlState } from '../appStore';

/** `YYYY-MM-DD` → day number, a real calendar day within a year of the timeline bounds. */
export const dayParam = (name: string, bounds: TimeWindow) =>
  param(
    name,
    v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}-\d{2}$/),
      v.check(isIsoDay, (i) => `invalid ${name}: ${JSON.stringify(i.input)} is not a calendar date`),
      v.transform(isoToDay),
      v.check(
        (day) => day >= bounds.start - 366 && day <= bounds.end + 366,
        (i) => `invalid ${name}: ${dayToIso(i.input)} is outside the timeline`,
      ),
    ),
  );

/** A decimal written plainly (`-12.5`; no exponent, no `NaN`), then as a number. */
const decimal = v.pipe(
  v.string(),
  v.regex(/^-?\d+(\.\d+)?$/),
  v.transform((s: string) => Number(s)),
);
const inRange = (lo: number, hi: number) => (n: number) => n >= lo && n <= hi;
/** The ranges of lon, lat, zoom, bearing, pitch. */
const CAMERA_RANGES = [inRange(-180, 180), inRange(-85, 85), inRange(0, 22), inRange(-360, 360), inRange(0, 85)];

/** `lon,lat,zoom[,bearing[,pitch]]` → camera; anything else is `invalid cam: "<value>"`. */
export const cameraParam = param(
  'cam',
  v.pipe(
    v.string(),
    v.transform((s) => s.split(',')),
    v.array(decimal),
    v.check((n) => n.length >= 3 && n.length <= 5 && n.every((x, i) => CAMERA_RANGES[i]?.(x))),
    v.transform(([lon = 0, lat = 0, zoom = 0, bearing = 0, pitch = 0]): Camera => ({ center: [lon, lat], zoom, bearing, pitch })),
  ),
);

/** Comma list of layer ids → visibility record; unknown ids are an error, empty means none. */
export const layersParam = v.pipe(
  listParam('layers', LAYER_IDS),
  v.transform((on) => Object.fromEntries(LAYER_IDS.map((id) => [id, on.includes(id)])) as Record<LayerId, boolean>),
);

const PLAY_MODES: readonly PlayMode[] = ['window', 'cumulative'];

const langParam = param('lang', v.picklist(LANGS));

/** Every view parameter of the URL, as a schema from its string to its value. */
export const urlParams = (bounds: TimeWindow) => ({
  /** First day shown, `YYYY-MM-DD`. */
  from: dayParam('from', bounds),
  /** Last day shown (inclusive), `YYYY-MM-DD`. */
  to: dayParam('to', bounds),
  /** The selected event's id. */
  sel: param('sel', v.pipe(v.string(), v.regex(ID_PATTERN))),
  cam: cameraParam,
  layers: layersParam,
  lang: langParam,
  mode: param('mode', v.picklist(PLAY_MODES)),
  /** Days of data per second of playback, in (0, 3650]. */
  speed: param(
    'speed',
    v.pipe(
      decimal,
      v.check((n) => n > 0 && n <= 3650),
    ),
  ),
  /** `1` shows the context layers. */
  ctx: param(
    'ctx',
    v.pipe(
      v.picklist(['0', '1']),
      v.transform((s) => s === '1'),
    ),
  ),
});
export type UrlParams = { [K in keyof ReturnType<typeof urlParams>]?: v.InferOutput<ReturnType<typeof urlParams>[K]> };

/** `YYYY-MM-DD` → day number within the timeline bounds; throws `invalid <name>: …`. */
export function parseDayParam(name: string, value: string, bounds: TimeWindow): number {
  return parseParam(dayParam(name, bounds), value);
}

/** A UI language code; throws `invalid lang: …`. */
export function parseLangParam(value: string): Lang {
  return parseParam(langParam, value);
}

/** Comma list of layer ids → visibility record; throws `invalid layers: …`. */
export function parseLayersParam(value: string): Record<LayerId, boolean> {
  return parseParam(layersParam, value);
}

export interface ParsedUrl {
  state: UrlState;
  warnings: string[];
}

/** Default URL state for the given bounds (the default window, else the whole range; default camera and layers). */
export function defaultUrlState(bounds: TimeWindow, defaultWindow: TimeWindow = bounds): UrlState {
  return {
    window: { ...defaultWindow },
    selectedId: null,
    camera: { ...DEFAULT_CAMERA, center: [...DEFAULT_CAMERA.center] },
    layers: defaultLayers(),
    lang: BASE_LANG,
    mode: 'window',
    speed: 30,
    showContext: false,
    filters: NO_FILTERS,
  };
}

/**
 * Parses a query string; every bad parameter becomes a warning and keeps its default. A URL with
 * neither `from` nor `to` opens on `defaultWindow`; one that names either (even invalidly) is
 * read against the whole range, as a link with one end means "from the start" or "to the end".
 */
export function parseUrlState(search: string, bounds: TimeWindow, defaultWindow: TimeWindow = bounds): ParsedUrl {
  const { values, warnings } = readParams(search, urlParams(bounds));
  const state = defaultUrlState(bounds, defaultWindow);
  // Filters: each its own parameter (src/filters/registry.ts), each bad one a warning.
  const filters = parseFilterParams(search);
  state.filters = filters.values;
  warnings.push(...filters.warnings);
  const named = new URLSearchParams(search);
  if (!named.has('from') && !named.has('to')) return { state: applyValues(state, values), warnings };
  // `from` and `to` are the first and last days shown (inclusive) so links read naturally;
  // the window is half-open, hence the + 1 once the two days are in order.
  let first = values.from ?? bounds.start;
  let last = values.to ?? bounds.end - 1;
  if (last < first) {
    warnings.push(`invalid window: to is before from; using the two days in order`);
    [first, last] = [last, first];
  }
  state.window = normaliseWindow({ start: first, end: last + 1 });
  return { state: applyValues(state, values), warnings };
}

/** The parsed values other than the window, over the defaults. */
function applyValues(state: UrlState, values: UrlParams): UrlState {
  if (values.sel !== undefined) state.selectedId = values.sel;
  if (values.cam !== undefined) state.camera = values.cam;
  if (values.layers !== undefined) state.layers = values.layers;
  if (values.lang !== undefined) state.lang = values.lang;
  if (values.mode !== undefined) state.mode = values.mode;
  if (values.speed !== undefined) state.speed = values.speed;
  if (values.ctx !== undefined) state.showContext = values.ctx;
  return state;
}

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/**
 * Serialises URL state; defaults are omitted so links stay short — except the camera, which is
 * always written because without it a reload fits the frame to *that* viewport, not this view.
 */
export function serialiseUrlState(s: UrlState, bounds: TimeWindow, defaultWindow: TimeWindow = bounds): string {
  const p = new URLSearchParams();
  const start = Math.floor(s.window.start);
  const lastDay = Math.max(start, Math.ceil(s.window.end) - 1);
  if (start !== defaultWindow.start || lastDay + 1 !== defaultWindow.end) {
    p.set('from', dayToIso(start));
    p.set('to', dayToIso(lastDay));
  }
  if (s.selectedId) p.set('sel', s.selectedId);
  const c = s.camera;
  const cam = [round(c.center[0], 4), round(c.center[1], 4), round(c.zoom, 2)];
  if (c.bearing !== 0 || c.pitch !== 0) cam.push(round(c.bearing, 1), round(c.pitch, 1));
  p.set('cam', cam.join(','));
  const layers = LAYER_IDS.filter((id) => s.layers[id]);
  const byDefault = defaultLayers();
  if (LAYER_IDS.some((id) => s.layers[id] !== byDefault[id])) p.set('layers', layers.join(','));
  if (s.lang !== BASE_LANG) p.set('lang', s.lang);
  if (s.mode !== 'window') p.set('mode', s.mode);
  if (s.speed !== 30) p.set('speed', String(s.speed));
  if (s.showContext) p.set('ctx', '1');
  for (const [k, v] of serialiseFilters(s.filters)) p.set(k, v);
  return p.toString();
}

/** The URL-able part of the store's state: what the address bar and every permalink hold. */
export function urlStateOf(s: AppState): UrlState {
  return {
    window: s.time.window,
    selectedId: s.selection.selectedId,
    camera: s.view.camera,
    layers: s.view.layers,
    lang: s.view.lang,
    mode: s.time.mode,
    speed: s.time.speed,
    showContext: s.time.showContext,
    filters: s.filters,
  };
}
