/**
 * Casualty counts: plain non-negative decimal integers up to a bound. `Number()` would read
 * `0x10` as 16, `0b11` as 3 and `1e308` as a number, and round `9007199254740993`; counts are
 * therefore read from their digits only (text) or taken only as safe integers (JSON numbers).
 */
import * as v from 'valibot';
import { rule } from './dialect.ts';
import { show } from './messages.ts';

/** The largest count accepted for one event (far above any single recorded event). */
export const MAX_FATALITIES = 1_000_000;

const DIGITS = /^\d+$/;

/** Why `x` (a JSON number, or text when `text` is set) is not a count, after `expected <what>, got <x>`; undefined when it is one. */
export function countProblem(x: unknown, what: string, text: boolean): string | undefined {
  const got = `expected ${what}, got ${show(x)}`;
  const tooBig = (n: number): string =>
    `${got} (${Number.isSafeInteger(n) ? '' : 'not a safe integer, so its digits cannot be kept exactly; '}at most ${MAX_FATALITIES})`;
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) return `${got} (out of range: too large to represent; at most ${MAX_FATALITIES})`;
    if (!Number.isInteger(x) || x < 0) return got;
    return x > MAX_FATALITIES || !Number.isSafeInteger(x) ? tooBig(x) : undefined;
  }
  if (typeof x !== 'string' || !text) return got;
  const s = x.trim();
  if (DIGITS.test(s)) {
    const n = Number(s);
    return n > MAX_FATALITIES ? tooBig(n) : undefined;
  }
  if (/^-\d+$/.test(s) || /^\d*\.\d+$/.test(s)) return got;
  return `${got} (written in plain decimal digits: hexadecimal, binary, exponents and signs are not read)`;
}

/** A count read from JSON or text whose problem `countProblem` names; the number once valid. */
export function countOf(x: unknown): number {
  return typeof x === 'number' ? x : Number(String(x).trim());
}

/** A casualty count in a JSON file: a safe integer in 0..MAX_FATALITIES. */
export const casualtyCount = v.pipe(
  v.unknown(),
  rule((x: unknown) => countProblem(x, 'a non-negative integer', false)),
  v.transform((x) => x as number),
);
