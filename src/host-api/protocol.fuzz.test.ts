/**
 * Property-based fuzzing of host commands (fast-check): any message — arbitrary values, and
 * command-shaped objects with hostile fields — is validated without throwing; a rejection has a
 * reason, an accepted command validates again to itself, names only known layers, days inside the
 * timeline and an id that obeys the one id rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from '../calendar/dates';
import { HOSTILE_STRINGS } from '../interchange/fuzzArbitraries';
import { isRecordId } from '../schema/recordId';
import { LAYER_IDS } from '../state/appStore';
import { fuzzParams, fuzzTimeout } from '../testing/fuzz';
import { COMMAND_TYPE, COMMANDS, validateHostMessage } from './protocol';

const bounds = { start: isoDayToDayNumber('2013-01-01'), end: isoDayToDayNumber('2030-01-01') };
const field = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS, '2025-11-01', '2025-11-30', '1900-01-01', 'shadak-attack', 'window', 'cumulative', null, true),
  fc.double(),
  fc.array(fc.double(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...LAYER_IDS, 'x', '__proto__'), fc.oneof(fc.boolean(), fc.string({ maxLength: 3 })), { maxKeys: 3 }),
  fc.anything(),
);
const FIELDS = ['from', 'to', 'id', 'center', 'zoom', 'bearing', 'pitch', 'duration', 'speed', 'mode', 'layers', 'type', 'extra'];
const commandLike = fc
  .tuple(
    fc.oneof(fc.constantFrom(...COMMANDS), fc.string({ maxLength: 10 })),
    fc.dictionary(fc.constantFrom(...FIELDS), field, { maxKeys: 4 }),
  )
  .map(([command, fields]) => ({ type: COMMAND_TYPE, command, ...fields }));
const message = fc.oneof({ weight: 4, arbitrary: commandLike }, { weight: 1, arbitrary: fc.anything() });

const RUNS = 1000;

describe('host commands under fuzzing (fast-check, fixed seed; FUZZ_RUNS for more)', () => {
  it(
    'any message is accepted as a valid command or rejected with a reason, never thrown',
    () => {
      fc.assert(
        fc.property(message, (m) => {
          const r = validateHostMessage(m, bounds);
          if (!r.ok) {
            expect(r.reason.length).toBeGreaterThan(0);
            return;
          }
          const c = r.command;
          expect(validateHostMessage({ type: COMMAND_TYPE, ...c }, bounds)).toEqual(r);
          if (c.command === 'select' && c.id !== null) expect(isRecordId(c.id)).toBe(true);
          if (c.command === 'setLayers') for (const k of Object.keys(c.layers)) expect(LAYER_IDS).toContain(k);
          if (c.command === 'setWindow') {
            const [from, to] = [isoDayToDayNumber(c.from), isoDayToDayNumber(c.to)];
            expect(from).toBeLessThanOrEqual(to);
            expect(from).toBeGreaterThanOrEqual(bounds.start - 366);
            expect(to).toBeLessThanOrEqual(bounds.end + 366);
          }
        }),
        fuzzParams(RUNS),
      );
    },
    fuzzTimeout(RUNS, 1),
  );
});
