/**
 * URL ↔ state. Every parameter is normalised at the edge by a small function that throws
 * `invalid <name>: <value>`; `parseUrlState` catches per parameter so one bad value falls back to
 * its default (with a warning) without discarding the rest of a shared link.
 */
import { dayNumberToIsoDay as dayToIso, isoDayToDayNumber as isoToDay } from '../../calendar/dates';
import type { PlayMode, TimeWindow } from '../../calendar/window';
import { normaliseWindow } from '../../calendar/window';
import { BASE_LANG, isLang } from '../../i18n/langs';
import { DEFAULT_CAMERA, LAYER_IDS, defaultLayers, type Camera, type Lang, type LayerId, type UrlState } from '../appStore';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** `YYYY-MM-DD` → day number, within the timeline bounds. */
export function parseDayParam(name: string, value: string, bounds: TimeWindow): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`invalid ${name}: ${JSON.stringify(value)}`);
  let day: number;
  try {
    day = isoToDay(value);
  } catch {
    throw new Error(`invalid ${name}: ${JSON.stringify(value)} is not a calendar date`);
  }
  if (!Number.isFinite(day) || dayToIso(day) !== value) throw new Error(`invalid ${name}: ${JSON.stringify(value)}`);
  if (day < bounds.start - 366 || day > bounds.end + 366) throw new Error(`invalid ${name}: ${value} is outside the timeline`);
  return day;
}

/** `lon,lat,zoom[,bearing[,pitch]]` → camera; rejects non-finite and out-of-range numbers. */
export function parseCameraParam(value: string): Camera {
  const parts = value.split(',');
  if (parts.length < 3 || parts.length > 5) throw new Error(`invalid cam: ${JSON.stringify(value)}`);
  const n = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  const [lon, lat, zoom, bearing = 0, pitch = 0] = n as [number, number, number, number?, number?];
  const ok =
    n.every(Number.isFinite) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -85 &&
    lat <= 85 &&
    zoom >= 0 &&
    zoom <= 22 &&
    bearing >= -360 &&
    bearing <= 360 &&
    pitch >= 0 &&
    pitch <= 85;
  if (!ok) throw new Error(`invalid cam: ${JSON.stringify(value)}`);
  return { center: [lon, lat], zoom, bearing, pitch };
}

/** Comma list of layer ids → visibility record; unknown ids are an error, empty means none. */
export function parseLayersParam(value: string): Record<LayerId, boolean> {
  const wanted = value === '' ? [] : value.split(',');
  const out = Object.fromEntries(LAYER_IDS.map((id) => [id, false])) as Record<LayerId, boolean>;
  for (const w of wanted) {
    if (!(LAYER_IDS as readonly string[]).includes(w)) throw new Error(`invalid layers: ${JSON.stringify(w)}`);
    out[w as LayerId] = true;
  }
  return out;
}

export function parseLangParam(value: string): Lang {
  if (isLang(value)) return value;
  throw new Error(`invalid lang: ${JSON.stringify(value)}`);
}

export function parseModeParam(value: string): PlayMode {
  if (value === 'window' || value === 'cumulative') return value;
  throw new Error(`invalid mode: ${JSON.stringify(value)}`);
}

export function parseSpeedParam(value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(n > 0 && n <= 3650)) throw new Error(`invalid speed: ${JSON.stringify(value)}`);
  return n;
}

export function parseIdParam(value: string): string {
  if (!ID_RE.test(value)) throw new Error(`invalid sel: ${JSON.stringify(value)}`);
  return value;
}

export interface ParsedUrl {
  state: UrlState;
  warnings: string[];
}

/** Default URL state for the given bounds (whole range, default camera, all layers). */
export function defaultUrlState(bounds: TimeWindow): UrlState {
  return {
    window: { ...bounds },
    selectedId: null,
    camera: { ...DEFAULT_CAMERA, center: [...DEFAULT_CAMERA.center] },
    layers: defaultLayers(),
    lang: BASE_LANG,
    mode: 'window',
    speed: 30,
    showContext: false,
  };
}

/** Parses a query string; every bad parameter becomes a warning and keeps its default. */
export function parseUrlState(search: string, bounds: TimeWindow): ParsedUrl {
  const params = new URLSearchParams(search);
  const state = defaultUrlState(bounds);
  const warnings: string[] = [];
  const attempt = (name: string, apply: (v: string) => void): void => {
    const v = params.get(name);
    if (v === null) return;
    try {
      apply(v);
    } catch (e) {
      warnings.push(e instanceof Error ? e.message : `invalid ${name}`);
    }
  };
  // `from` and `to` are the first and last days shown (inclusive) so links read naturally;
  // the window is half-open, hence the + 1 once the two days are in order.
  let first = bounds.start;
  let last = bounds.end - 1;
  attempt('from', (v) => (first = parseDayParam('from', v, bounds)));
  attempt('to', (v) => (last = parseDayParam('to', v, bounds)));
  if (last < first) {
    warnings.push(`invalid window: to is before from; using the two days in order`);
    [first, last] = [last, first];
  }
  state.window = normaliseWindow({ start: first, end: last + 1 });
  attempt('sel', (v) => (state.selectedId = parseIdParam(v)));
  attempt('cam', (v) => (state.camera = parseCameraParam(v)));
  attempt('layers', (v) => (state.layers = parseLayersParam(v)));
  attempt('lang', (v) => (state.lang = parseLangParam(v)));
  attempt('mode', (v) => (state.mode = parseModeParam(v)));
  attempt('speed', (v) => (state.speed = parseSpeedParam(v)));
  attempt('ctx', (v) => {
    if (v !== '0' && v !== '1') throw new Error(`invalid ctx: ${JSON.stringify(v)}`);
    state.showContext = v === '1';
  });
  return { state, warnings };
}

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/**
 * Serialises URL state; defaults are omitted so links stay short — except the camera, which is
 * always written because without it a reload fits the frame to *that* viewport, not this view.
 */
export function serialiseUrlState(s: UrlState, bounds: TimeWindow): string {
  const p = new URLSearchParams();
  const start = Math.floor(s.window.start);
  const lastDay = Math.max(start, Math.ceil(s.window.end) - 1);
  if (start !== bounds.start || lastDay + 1 !== bounds.end) {
    p.set('from', dayToIso(start));
    p.set('to', dayToIso(lastDay));
  }
  if (s.selectedId) p.set('sel', s.selectedId);
  const c = s.camera;
  const cam = [round(c.center[0], 4), round(c.center[1], 4), round(c.zoom, 2)];
  if (c.bearing !== 0 || c.pitch !== 0) cam.push(round(c.bearing, 1), round(c.pitch, 1));
  p.set('cam', cam.join(','));
  const layers = LAYER_IDS.filter((id) => s.layers[id]);
  if (layers.length !== LAYER_IDS.length) p.set('layers', layers.join(','));
  if (s.lang !== BASE_LANG) p.set('lang', s.lang);
  if (s.mode !== 'window') p.set('mode', s.mode);
  if (s.speed !== 30) p.set('speed', String(s.speed));
  if (s.showContext) p.set('ctx', '1');
  return p.toString();
}
