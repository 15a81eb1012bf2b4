/**
 * The one validation dialect: valibot schemas whose every message reads `expected …, got …`
 * (formatted by `messages.ts`). Records are strict objects (a misspelt key is an error); a rule
 * on one value is a `v.check`, a rule across fields a `crossRule`/`crossCheck`. Types are
 * inferred from the schemas (`v.InferOutput`), never written twice.
 */
import * as v from 'valibot';
import { isIsoDay } from '../calendar/dates.ts';
import { errorsOf, show, validationError } from './messages.ts';
import type { ValidationError } from './messages.ts';

/** What is wrong with a value (the detail of the message), or undefined when it is fine. */
export type Problem<T> = (value: T) => string | undefined;

/** A message function `expected <what>, got <the value>`. */
export const expects =
  (what: string) =>
  (issue: { input: unknown }): string =>
    `expected ${what}, got ${show(issue.input)}`;

/** The requirement and the message of a check from one `Problem` function. */
export const ok =
  <T>(problem: Problem<T>) =>
  (value: T): boolean =>
    problem(value) === undefined;
export const why =
  <T>(problem: Problem<T>) =>
  (issue: { input: T }): string =>
    problem(issue.input) ?? '';

/** A check on one value whose message is whatever `problem` says is wrong. */
export const rule = <T>(problem: Problem<T>) => v.check(ok(problem), why(problem));

/** True for a plain JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Missing = string | ((parent: Record<string, unknown>) => string);
const MISSING = new WeakMap<object, Missing>();

/** Give an entry its own message for when its key is absent (by default: its message for `undefined`). */
export function whenMissing<S extends v.GenericSchema>(schema: S, message: Missing): S {
  MISSING.set(schema, message);
  return schema;
}

/** The message for an absent key: the entry's own `whenMissing`, or what the entry says about `undefined`. */
function missingMessage(entry: v.GenericSchema | undefined, parent: unknown): string {
  const missing = entry === undefined ? undefined : MISSING.get(entry);
  if (typeof missing === 'function') return missing(isObject(parent) ? parent : {});
  if (missing !== undefined) return missing;
  return (entry && v.safeParse(entry, undefined).issues?.[0]?.message) ?? 'expected a value, got nothing';
}

/**
 * The message of an object schema: `expected <what>, got …` for a value that is not one, the
 * entry's own expectation for a missing key, and `unexpected` for a key the object does not allow.
 */
export function objectMessage(entries: v.ObjectEntries, what: string, unexpected: (key: string) => string) {
  return (issue: v.BaseIssue<unknown>): string => {
    const item = issue.path?.[0];
    if (item?.origin !== 'key') return expects(what)(issue);
    if (issue.expected === 'never') return unexpected(String(item.key));
    return missingMessage(entries[String(item.key)], item.input);
  };
}

/**
 * A record: a JSON object with exactly these keys. Unknown keys are reported as `unexpected`
 * says (by default `unexpected field (allowed: …)`), missing ones with the entry's own expectation.
 */
export function record<const E extends v.ObjectEntries>(entries: E, unexpected?: (key: string) => string) {
  const allowed = Object.keys(entries).join(', ');
  return v.pipe(
    v.custom<Record<string, unknown>>(isObject, expects('an object')),
    v.strictObject(entries, objectMessage(entries, 'an object', unexpected ?? (() => `unexpected field (allowed: ${allowed})`))),
  );
}

/** A non-empty string (after trimming). */
export const text = v.pipe(
  v.string(expects('a non-empty string')),
  v.check((s) => s.trim() !== '', expects('a non-empty string')),
);

/** A string, possibly empty. */
export const anyString = v.string(expects('a string'));

/** One of a fixed set of values; the message lists them (`one of "a" | "b"` unless `what` says otherwise). */
export const oneOf = <const T extends readonly (string | number)[]>(options: T, what?: string) =>
  v.picklist(options, expects(what ?? `one of ${options.map((o) => JSON.stringify(o)).join(' | ')}`));

/** A finite number. */
export const finite = v.pipe(
  v.number(expects('a finite number')),
  v.check((n: number) => Number.isFinite(n), expects('a finite number')),
);

/** A whole number ≥ 0 (a count). */
export const count = v.pipe(
  v.number(expects('a non-negative integer')),
  v.check((n) => Number.isInteger(n) && n >= 0, expects('a non-negative integer')),
);

/** An array of `item`s; each item's problems are reported under `[i]`. */
export const list = <S extends v.GenericSchema>(item: S) => v.array(item, expects('an array'));

/** A list that must hold at least one item; `expected <what>, got []` otherwise. */
export const nonEmpty = <S extends v.GenericSchema>(item: S, what: string) =>
  v.pipe(
    list(item),
    v.check((a) => a.length > 0, expects(what)),
  );

/** A `YYYY-MM-DD` string that is a real calendar date. */
export const isoDay = (what = 'YYYY-MM-DD (a real calendar date)') => v.pipe(v.string(expects(what)), v.check(isIsoDay, expects(what)));

/** True for an absolute http:// or https:// URL. */
function isHttpUrl(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** An absolute http(s) URL (anything else could run script when shown as a link). */
export const httpUrl = v.pipe(v.string(expects('an http:// or https:// URL')), v.check(isHttpUrl, expects('an http:// or https:// URL')));

type Key = string | number;
/** A path into a value, `'$'` standing for any item of a list (as in `v.partialCheck`). */
export type KeyPath = readonly Key[];

/** A valibot issue path for `path` (for issues a rule adds itself); empty paths name the value itself. */
export function issuePath(path: KeyPath): [v.UnknownPathItem, ...v.UnknownPathItem[]] | undefined {
  const items = path.map((key): v.UnknownPathItem => ({ type: 'unknown', origin: 'value', input: undefined, key, value: undefined }));
  return items.length === 0 ? undefined : (items as [v.UnknownPathItem, ...v.UnknownPathItem[]]);
}

/**
 * True when no issue so far touches any of `paths`. `v.partialCheck` makes this test only for
 * type errors (a failed `v.check` leaves the value "typed"), so a rule across fields would also
 * judge values already reported; the rules here wait until the fields they read are valid.
 */
function untouched(issues: readonly v.BaseIssue<unknown>[] | undefined, paths: readonly KeyPath[]): boolean {
  return (issues ?? []).every((issue) =>
    paths.every((path) => {
      const items = issue.path ?? [];
      const bound = Math.min(path.length, items.length);
      for (let i = 0; i < bound; i += 1) if (path[i] !== items[i]?.key && (path[i] !== '$' || items[i]?.type !== 'array')) return true;
      return false;
    }),
  );
}

/**
 * A rule across fields whose problems name their own places (e.g. `casualties[2].sourceId`): it
 * runs once the values at `paths` are valid (no paths: once the whole value is) and reports each
 * `[path, detail]` that `problems` yields.
 */
export function crossCheck<T>(paths: readonly KeyPath[], problems: (value: T) => Iterable<readonly [KeyPath, string]>) {
  const needs = paths.length > 0 ? paths : [[]];
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!untouched(dataset.issues, needs)) return;
    for (const [path, message] of problems(dataset.value as T)) {
      addIssue({ message, path: issuePath(path) });
    }
  });
}

/** One problem of a `crossCheck`: where (relative to the value checked) and what. */
export const at = (path: KeyPath, detail: string): readonly [KeyPath, string] => [path, detail];

/** A rule across fields reported at one place (`place`, e.g. `['end']`): what `problem` says is wrong, once `paths` are valid. */
export function crossRule<T>(paths: readonly KeyPath[], place: KeyPath, problem: Problem<T>) {
  return crossCheck<T>(paths, (value) => {
    const detail = problem(value);
    return detail === undefined ? [] : [[place, detail] as const];
  });
}

/** Label a record for messages: `event "id" (#3)`, or `event #3` when the id is unusable. */
export function recordLabel(kind: string, value: unknown, index: number): string {
  const id = isObject(value) ? value['id'] : undefined;
  return typeof id === 'string' && id !== '' ? `${kind} "${id}" (#${index})` : `${kind} #${index}`;
}

/** The string ids of a list of raw records, for references within the same file. */
export function idsIn(input: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(input))
    for (const item of input as unknown[]) {
      const id = isObject(item) ? item['id'] : undefined;
      if (typeof id === 'string' && id !== '') ids.add(id);
    }
  return ids;
}

/** Valid records (invalid ones are left out) and every error found. */
export interface ValidationResult<T> {
  records: T[];
  errors: ValidationError[];
}

/** Validate a file that is a list of records: each record on its own, then duplicate ids (the first is kept). */
export function validateRecords<S extends v.GenericSchema>(
  file: string,
  kind: string,
  input: unknown,
  schema: S,
): ValidationResult<v.InferOutput<S>> {
  if (!Array.isArray(input)) return { records: [], errors: [validationError(file, '', '', `expected an array, got ${show(input)}`)] };
  const errors: ValidationError[] = [];
  const records: Array<v.InferOutput<S>> = [];
  const firstIndex = new Map<string, number>();
  input.forEach((value: unknown, index) => {
    const label = recordLabel(kind, value, index);
    const id = isObject(value) ? value['id'] : undefined;
    let unique = true;
    if (typeof id === 'string' && id !== '') {
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, index);
      else {
        errors.push(validationError(file, label, 'id', `expected a unique id, got ${JSON.stringify(id)} (already used by #${first})`));
        unique = false;
      }
    }
    const result = v.safeParse(schema, value);
    if (result.issues) errors.push(...errorsOf(result.issues, file, label));
    else if (unique) records.push(result.output);
  });
  return { records, errors };
}

/** `[lon, lat]`: two finite numbers within -180..180 and -90..90 (a bad one is named by its index). */
export const lngLat = v.pipe(
  v.array(v.unknown(), expects('an array')),
  rule((a: unknown[]) => {
    if (a.length !== 2) return `expected [lon, lat], got ${show(a)}`;
    const bad = a.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
    return bad === -1 ? undefined : `expected a finite number, got ${show(a[bad])}`;
  }),
  v.transform((a) => a as [number, number]),
  crossCheck([], ([lon, lat]: [number, number]) => [
    ...(lon < -180 || lon > 180 ? [at([0], `expected longitude in -180..180, got ${lon}`)] : []),
    ...(lat < -90 || lat > 90 ? [at([1], `expected latitude in -90..90, got ${lat}`)] : []),
  ]),
);
