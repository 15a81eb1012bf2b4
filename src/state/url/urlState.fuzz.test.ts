/**
 * Property-based fuzzing of URL state (fast-check): any query string parses without throwing into
 * a valid state (window in order and near the timeline, a selection that obeys the id rule, a
 * camera in range, known layers and language), every warning names its parameter, and writing the
 * state and reading it back is stable and warning-free.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from '../../calendar/dates';
import { LANGS } from '../../i18n/langs';
import { isRecordId } from '../../schema/recordId';
import { fuzzParams, fuzzTimeout } from '../../testing/fuzz';
import { HOSTILE_STRINGS } from '../../interchange/fuzzArbitraries';
import { LAYER_IDS, type UrlState } from '../appStore';
import { parseUrlState, serialiseUrlState } from './urlState';

const bounds = { start: isoDayToDayNumber('2013-01-01'), end: isoDayToDayNumber('2030-01-01') };
const NAMES = ['from', 'to', 'sel', 'cam', 'layers', 'lang', 'mode', 'speed', 'ctx', 'embed', 'x'];
const value = fc.oneof(
  fc.constantFrom(
    ...HOSTILE_STRINGS,
    '2025-11-30',
    '2013-01-01',
    '2031-06-01',
    '71.35,37.65,6.3',
    '71,37,6,10,20',
    'events,rivers',
    'ru',
    'tg',
    'cumulative',
    '7',
    '1',
    'shadak-attack',
  ),
  fc.string({ maxLength: 30 }),
  fc.array(fc.double(), { minLength: 1, maxLength: 6 }).map((ns) => ns.join(',')),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,140}$/),
);
const query = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 10 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `?${s}`),
);

/** What is wrong with a URL state, if anything. */
function stateProblems(s: UrlState): string[] {
  const p: string[] = [];
  const w = s.window;
  if (!(Number.isFinite(w.start) && Number.isFinite(w.end) && w.start < w.end)) p.push('window order');
  if (w.start < bounds.start - 366 || w.end > bounds.end + 367) p.push('window far outside the timeline');
  if (s.selectedId !== null && !isRecordId(s.selectedId)) p.push(`selection ${s.selectedId}`);
  const c = s.camera;
  const [lon, lat] = c.center;
  if (!(
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= 85 &&
    c.zoom >= 0 &&
    c.zoom <= 22 &&
    Math.abs(c.bearing) <= 360 &&
    c.pitch >= 0 &&
    c.pitch <= 85
  ))
    p.push('camera');
  if (Object.keys(s.layers).sort().join() !== [...LAYER_IDS].sort().join() || !Object.values(s.layers).every((b) => typeof b === 'boolean'))
    p.push('layers');
  if (!LANGS.includes(s.lang)) p.push('lang');
  if (s.mode !== 'window' && s.mode !== 'cumulative') p.push('mode');
  if (!(s.speed > 0 && s.speed <= 3650)) p.push('speed');
  if (typeof s.showContext !== 'boolean') p.push('ctx');
  return p;
}

const RUNS = 500;

describe('URL state under fuzzing (fast-check, fixed seed; FUZZ_RUNS for more)', () => {
  it(
    'any query parses into a valid state; warnings name the parameter; write → read is stable',
    () => {
      fc.assert(
        fc.property(query, (q) => {
          const { state, warnings } = parseUrlState(q, bounds);
          expect(stateProblems(state)).toEqual([]);
          for (const w of warnings) expect(w).toMatch(/^invalid [a-z]+: /);
          const written = serialiseUrlState(state, bounds);
          const again = parseUrlState(`?${written}`, bounds);
          expect(again.warnings).toEqual([]);
          expect(serialiseUrlState(again.state, bounds)).toBe(written);
        }),
        fuzzParams(RUNS),
      );
    },
    fuzzTimeout(RUNS, 2),
  );
});
