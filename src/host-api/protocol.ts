/**
 * The host-page API over postMessage: the message shapes (schemas, one per command) and their
 * validation. Pure: no DOM, map or store. A message is acted on only if it validates completely;
 * anything else is rejected with a reason (which the caller logs as a warning).
 */
import * as v from 'valibot';
import { at, crossCheck, crossRule, record, rule } from '../schema/dialect';
import { ID_PATTERN, readParam } from '../schema/params';
import { LAYER_IDS, type LayerId } from '../state/appStore';
import { dayParam } from '../state/url/urlState';
import type { PlayMode, TimeWindow } from '../calendar/window';

export const COMMAND_TYPE = 'frontier-map:command';
export const EVENT_TYPE = 'frontier-map:event';
export const PROTOCOL_VERSION = 1;

const num = (lo: number, hi: number, message: string) =>
  v.pipe(
    v.number(message),
    v.check((n) => Number.isFinite(n) && n >= lo && n <= hi, message),
  );
const optionalNum = (name: string, lo: number, hi: number) => v.optional(num(lo, hi, `${name} must be a number in ${lo}…${hi}`));

/** A `YYYY-MM-DD` string naming a real day near the timeline (kept as the string; the store reads it). */
const day = (name: string, bounds: TimeWindow) =>
  v.pipe(
    v.string('from and to must be YYYY-MM-DD strings'),
    rule((s: string) => {
      const r = readParam(dayParam(name, bounds), s);
      return r.ok ? undefined : r.warning;
    }),
  );
const ID_MESSAGE = 'id must be an event id or null';

/** One command's message: the envelope, the command and exactly its fields; validated, it is the command without the envelope. */
const command = <const N extends string, const E extends v.ObjectEntries>(name: N, entries: E) =>
  v.pipe(
    record(
      { type: v.literal(COMMAND_TYPE), command: v.literal(name), ...entries },
      (key) => `unexpected field ${JSON.stringify(key).slice(0, 60)}`,
    ),
    v.transform(({ type: _envelope, ...fields }) => fields),
  );

/** Every command and its fields; `bounds` (the timeline) limits the dates a host may ask for. */
export const commandSchemas = (bounds: TimeWindow) => ({
  /** First and last day, inclusive. */
  setWindow: v.pipe(
    command('setWindow', {
      from: day('from', bounds),
      to: day('to', bounds),
    }),
    crossRule([['from'], ['to']], [], ({ from, to }) => (to < from ? 'to is before from' : undefined)),
  ),
  /** An event id, or null to clear the selection. */
  select: command('select', { id: v.nullable(v.pipe(v.string(ID_MESSAGE), v.regex(ID_PATTERN, ID_MESSAGE))) }),
  flyTo: command('flyTo', {
    /** `[lon, lat]`. */
    center: v.pipe(
      v.array(v.number('center must be [lon, lat]'), 'center must be [lon, lat]'),
      v.check(
        (c) => c.length === 2 && c.every(Number.isFinite) && Math.abs(c[0] ?? 0) <= 180 && Math.abs(c[1] ?? 0) <= 85,
        'center must be [lon, lat]',
      ),
      v.transform((c): [number, number] => [c[0] ?? 0, c[1] ?? 0]),
    ),
    zoom: optionalNum('zoom', 0, 22),
    bearing: optionalNum('bearing', -360, 360),
    pitch: optionalNum('pitch', 0, 85),
    /** Milliseconds. */
    duration: optionalNum('duration', 0, 10_000),
  }),
  play: command('play', {
    /** Days of data per second, in (0, 3650]. */
    speed: v.optional(num(0.001, 3650, 'speed must be days per second in (0, 3650]')),
    mode: v.optional(v.picklist(['window', 'cumulative'] as const satisfies readonly PlayMode[], 'mode must be "window" or "cumulative"')),
  }),
  pause: command('pause', {}),
  setLayers: command('setLayers', {
    layers: v.pipe(
      v.custom<Record<string, unknown>>(isPlain, 'layers must be an object like {"events": true}'),
      v.check((l) => Object.keys(l).length > 0, 'layers must be an object like {"events": true}'),
      crossCheck([], (l) =>
        Object.entries(l).flatMap(([k, on]) =>
          !(LAYER_IDS as readonly string[]).includes(k)
            ? [at([k], `unknown layer ${JSON.stringify(k).slice(0, 60)}`)]
            : typeof on !== 'boolean'
              ? [at([k], `${k} must be true or false`)]
              : [],
        ),
      ),
      v.transform((l) => l as Partial<Record<LayerId, boolean>>),
    ),
  }),
});

type Schemas = ReturnType<typeof commandSchemas>;
/** A validated host command. */
export type HostCommand = { [K in keyof Schemas]: v.InferOutput<Schemas[K]> }[keyof Schemas];
export type CommandName = HostCommand['command'];
export const COMMANDS = ['setWindow', 'select', 'flyTo', 'play', 'pause', 'setLayers'] as const satisfies readonly CommandName[];

export type MapEvent =
  | { event: 'ready'; version: number; from: string; to: string; selected: string | null; layers: Record<LayerId, boolean> }
  | { event: 'windowchange'; from: string; to: string }
  | { event: 'select'; id: string | null }
  | { event: 'resize'; width: number; height: number };
export type MapEventName = MapEvent['event'];

export type Validated = { ok: true; command: HostCommand } | { ok: false; reason: string };

/** Structured-cloned message data is a plain object (no class instances, no arrays). */
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Validates an untrusted `MessageEvent.data` against the command schema and the timeline bounds. */
export function validateHostMessage(data: unknown, bounds: TimeWindow): Validated {
  if (!isPlain(data)) return { ok: false, reason: 'not an object' };
  if (data['type'] !== COMMAND_TYPE) return { ok: false, reason: `type must be "${COMMAND_TYPE}"` };
  const name = data['command'];
  if (typeof name !== 'string' || !(COMMANDS as readonly string[]).includes(name))
    return { ok: false, reason: `unknown command ${JSON.stringify(String(name)).slice(0, 60)}` };
  const result = v.safeParse(commandSchemas(bounds)[name as CommandName], data);
  if (result.success) return { ok: true, command: result.output };
  return { ok: false, reason: `${name}: ${result.issues[0].message}` };
}

/** Wraps a map event in the envelope hosts listen for. */
export function eventMessage(e: MapEvent): MapEvent & { type: typeof EVENT_TYPE } {
  return { type: EVENT_TYPE, ...e };
}

/** Is `origin` on the allow-list (`*` allows any)? */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes('*') || (origin !== 'null' && allowed.includes(origin));
}
