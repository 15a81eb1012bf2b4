import { describe, expect, it } from 'vitest';
import { COMMAND_TYPE, eventMessage, originAllowed, validateHostMessage } from './protocol';

// 2013-01-01 … 2030-01-01 as day numbers since 2000-01-01.
const bounds = { start: 4749, end: 10958 };
const cmd = (command: string, fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: COMMAND_TYPE,
  command,
  ...fields,
});

describe('validateHostMessage', () => {
  it.each([
    ['setWindow', cmd('setWindow', { from: '2025-11-01', to: '2025-11-30' })],
    ['setWindow one day', cmd('setWindow', { from: '2025-11-30', to: '2025-11-30' })],
    ['select', cmd('select', { id: 'shadak-attack' })],
    ['select null', cmd('select', { id: null })],
    ['flyTo', cmd('flyTo', { center: [71, 38.4], zoom: 9, duration: 0 })],
    ['play', cmd('play', { speed: 7, mode: 'cumulative' })],
    ['play bare', cmd('play')],
    ['pause', cmd('pause')],
    ['setLayers', cmd('setLayers', { layers: { events: false, rivers: true } })],
  ])('accepts %s', (_name, msg) => {
    const v = validateHostMessage(msg, bounds);
    expect(v.ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'setWindow'],
    ['an array', [1, 2]],
    ['wrong type', { type: 'other', command: 'pause' }],
    ['unknown command', cmd('destroy')],
    ['extra field', cmd('pause', { now: true })],
    ['reversed window', cmd('setWindow', { from: '2025-12-01', to: '2025-11-01' })],
    ['impossible date', cmd('setWindow', { from: '2025-02-30', to: '2025-03-01' })],
    ['date far outside', cmd('setWindow', { from: '1900-01-01', to: '2025-03-01' })],
    ['numeric dates', cmd('setWindow', { from: 1, to: 2 })],
    ['select number', cmd('select', { id: 5 })],
    ['select markup', cmd('select', { id: '<img src=x>' })],
    ['flyTo NaN', cmd('flyTo', { center: [Number.NaN, 1] })],
    ['flyTo lat 90', cmd('flyTo', { center: [0, 90] })],
    ['flyTo huge zoom', cmd('flyTo', { center: [0, 0], zoom: 99 })],
    ['flyTo long duration', cmd('flyTo', { center: [0, 0], duration: 1e9 })],
    ['play zero speed', cmd('play', { speed: 0 })],
    ['play bad mode', cmd('play', { mode: 'loop' })],
    ['setLayers empty', cmd('setLayers', { layers: {} })],
    ['setLayers unknown', cmd('setLayers', { layers: { tiles: true } })],
    ['setLayers non-boolean', cmd('setLayers', { layers: { events: 'yes' } })],
    ['setLayers array', cmd('setLayers', { layers: ['events'] })],
  ])('rejects %s with a reason', (_name, msg) => {
    const v = validateHostMessage(msg, bounds);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason.length).toBeGreaterThan(0);
  });

  it('never throws on random input (seeded fuzz)', () => {
    let seed = 42;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const atoms: unknown[] = [
      null,
      undefined,
      0,
      -1,
      1e308,
      Number.NaN,
      '',
      'x',
      '2025-11-30',
      true,
      [],
      {},
      [71, 38],
      COMMAND_TYPE,
      'setWindow',
      'flyTo',
    ];
    const pick = (): unknown => atoms[Math.floor(rnd() * atoms.length)];
    const keys = ['type', 'command', 'from', 'to', 'id', 'center', 'zoom', 'layers', 'speed', 'mode', '__proto__', 'constructor'];
    for (let i = 0; i < 5000; i++) {
      const o: Record<string, unknown> = rnd() < 0.7 ? { type: COMMAND_TYPE } : {};
      for (let k = 0; k < 1 + rnd() * 4; k++) o[keys[Math.floor(rnd() * keys.length)] as string] = pick();
      expect(() => validateHostMessage(o, bounds)).not.toThrow();
    }
  });
});

describe('validateHostMessage with junk in every field', () => {
  const junk: unknown[] = [null, undefined, 0, '', 'x', true, [], {}, [71, 38], { events: 'no' }, Number.NaN];
  it.each(['setWindow', 'select', 'flyTo', 'play', 'setLayers'].flatMap((c) => junk.map((j) => [c, j] as const)))(
    '%s with %j in every field is rejected or accepted, never thrown',
    (command, value) => {
      const fields = Object.fromEntries(['from', 'to', 'id', 'center', 'zoom', 'speed', 'mode', 'layers'].map((k) => [k, value]));
      const message = cmd(command, Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'id' || command === 'select')));
      expect(() => validateHostMessage(message, bounds)).not.toThrow();
      for (const key of Object.keys(fields)) expect(() => validateHostMessage(cmd(command, { [key]: value }), bounds)).not.toThrow();
    },
  );
});

describe('originAllowed', () => {
  it.each([
    ['https://a.org', ['https://a.org'], true],
    ['https://b.org', ['https://a.org'], false],
    ['null', ['https://a.org'], false],
    ['null', ['*'], true],
    ['https://b.org', [], false],
  ] as const)('%s in %j → %s', (origin, list, expected) => {
    expect(originAllowed(origin, list)).toBe(expected);
  });
});

describe('eventMessage', () => {
  it('wraps an event in the envelope', () => {
    expect(eventMessage({ event: 'select', id: null })).toEqual({ type: 'frontier-map:event', event: 'select', id: null });
  });
});
