/**
 * The host-page API over postMessage: the message shapes and their validation. Pure: no DOM, map
 * or store. A message is acted on only if it validates completely; anything else is rejected with
 * a reason (which the caller logs as a warning).
 */
import { LAYER_IDS, type LayerId } from '../state/appStore';
import { parseDayParam } from '../state/url/urlState';
import type { PlayMode, TimeWindow } from '../calendar/window';

export const COMMAND_TYPE = 'frontier-map:command';
export const EVENT_TYPE = 'frontier-map:event';
export const PROTOCOL_VERSION = 1;

export type HostCommand =
  | { command: 'setWindow'; from: string; to: string }
  | { command: 'select'; id: string | null }
  | { command: 'flyTo'; center: [number, number]; zoom?: number; bearing?: number; pitch?: number; duration?: number }
  | { command: 'play'; speed?: number; mode?: PlayMode }
  | { command: 'pause' }
  | { command: 'setLayers'; layers: Partial<Record<LayerId, boolean>> };

export type CommandName = HostCommand['command'];
export const COMMANDS: readonly CommandName[] = ['setWindow', 'select', 'flyTo', 'play', 'pause', 'setLayers'];

export type MapEvent =
  | { event: 'ready'; version: number; from: string; to: string; selected: string | null; layers: Record<LayerId, boolean> }
  | { event: 'windowchange'; from: string; to: string }
  | { event: 'select'; id: string | null }
  | { event: 'resize'; width: number; height: number };
export type MapEventName = MapEvent['event'];

export type Validated = { ok: true; command: HostCommand } | { ok: false; reason: string };

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const KEYS: Record<CommandName, readonly string[]> = {
  setWindow: ['from', 'to'],
  select: ['id'],
  flyTo: ['center', 'zoom', 'bearing', 'pitch', 'duration'],
  play: ['speed', 'mode'],
  pause: [],
  setLayers: ['layers'],
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const num = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

function fail(reason: string): Validated {
  return { ok: false, reason };
}

/** Validates an untrusted `MessageEvent.data` against the command schema and the timeline bounds. */
export function validateHostMessage(data: unknown, bounds: TimeWindow): Validated {
  if (!isRecord(data)) return fail('not an object');
  if (data['type'] !== COMMAND_TYPE) return fail(`type must be "${COMMAND_TYPE}"`);
  const name = data['command'];
  if (typeof name !== 'string' || !(COMMANDS as readonly string[]).includes(name))
    return fail(`unknown command ${JSON.stringify(String(name)).slice(0, 60)}`);
  const cmd = name as CommandName;
  const extra = Object.keys(data).filter((k) => k !== 'type' && k !== 'command' && !KEYS[cmd].includes(k));
  if (extra.length) return fail(`${cmd}: unexpected field ${JSON.stringify(extra[0]).slice(0, 60)}`);
  switch (cmd) {
    case 'setWindow': {
      const { from, to } = data;
      if (typeof from !== 'string' || typeof to !== 'string') return fail('setWindow: from and to must be YYYY-MM-DD strings');
      try {
        const a = parseDayParam('from', from, bounds);
        const b = parseDayParam('to', to, bounds);
        if (b < a) return fail('setWindow: to is before from');
      } catch (e) {
        return fail(`setWindow: ${e instanceof Error ? e.message : 'bad date'}`);
      }
      return { ok: true, command: { command: 'setWindow', from, to } };
    }
    case 'select': {
      const id = data['id'];
      if (id !== null && (typeof id !== 'string' || !ID_RE.test(id))) return fail('select: id must be an event id or null');
      return { ok: true, command: { command: 'select', id } };
    }
    case 'flyTo': {
      const c = data['center'];
      if (!Array.isArray(c) || c.length !== 2 || !num(c[0], -180, 180) || !num(c[1], -85, 85))
        return fail('flyTo: center must be [lon, lat]');
      const out: HostCommand = { command: 'flyTo', center: [c[0], c[1]] };
      const opt: Array<[keyof typeof out & string, number, number]> = [
        ['zoom', 0, 22],
        ['bearing', -360, 360],
        ['pitch', 0, 85],
        ['duration', 0, 10_000],
      ];
      for (const [k, lo, hi] of opt) {
        if (!(k in data)) continue;
        const v = data[k];
        if (!num(v, lo, hi)) return fail(`flyTo: ${k} must be a number in ${lo}…${hi}`);
        (out as Record<string, unknown>)[k] = v;
      }
      return { ok: true, command: out };
    }
    case 'play': {
      const out: HostCommand = { command: 'play' };
      if ('speed' in data) {
        if (!num(data['speed'], 0.001, 3650) || (data['speed'] as number) <= 0)
          return fail('play: speed must be days per second in (0, 3650]');
        out.speed = data['speed'] as number;
      }
      if ('mode' in data) {
        if (data['mode'] !== 'window' && data['mode'] !== 'cumulative') return fail('play: mode must be "window" or "cumulative"');
        out.mode = data['mode'];
      }
      return { ok: true, command: out };
    }
    case 'pause':
      return { ok: true, command: { command: 'pause' } };
    case 'setLayers': {
      const l = data['layers'];
      if (!isRecord(l) || !Object.keys(l).length) return fail('setLayers: layers must be an object like {"events": true}');
      const out: Partial<Record<LayerId, boolean>> = {};
      for (const [k, v] of Object.entries(l)) {
        if (!(LAYER_IDS as readonly string[]).includes(k)) return fail(`setLayers: unknown layer ${JSON.stringify(k).slice(0, 60)}`);
        if (typeof v !== 'boolean') return fail(`setLayers: ${k} must be true or false`);
        out[k as LayerId] = v;
      }
      return { ok: true, command: { command: 'setLayers', layers: out } };
    }
  }
}

/** Wraps a map event in the envelope hosts listen for. */
export function eventMessage(e: MapEvent): MapEvent & { type: typeof EVENT_TYPE } {
  return { type: EVENT_TYPE, ...e };
}

/** Is `origin` on the allow-list (`*` allows any)? */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes('*') || (origin !== 'null' && allowed.includes(origin));
}
