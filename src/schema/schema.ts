/**
 * A tiny hand-written schema helper. Readers are small functions that normalise one value or throw
 * a `SchemaError` ("expected …, got …"); `field()` runs a reader and *collects* the error under the
 * record's file, label and field path instead of stopping, so one pass reports every problem.
 */

/** One problem in a data file, precise enough to fix without opening the validator. */
export interface ValidationError {
  /** File name, e.g. `events.json`. */
  file: string;
  /** The record as `event "shadak-attack" (#4)` (0-based index), or `#4` without a usable id; '' for the whole file. */
  record: string;
  /** Dotted path inside the record, e.g. `date.start`, `sources[1].quote`; '' for the whole record. */
  field: string;
  /** What was expected and what was found, e.g. `expected YYYY-MM-DD for precision "day", got "2025-11-3"`. */
  detail: string;
  /** `file › record › field: detail`, ready to print. */
  message: string;
}

/** Where errors for the record being read are collected. */
export interface Scope {
  file: string;
  record: string;
  errors: ValidationError[];
}

/** A reader's complaint about one value; `path` (relative to the reader's field) narrows where. */
export class SchemaError extends Error {
  readonly path: string;
  constructor(detail: string, path = '') {
    super(detail);
    this.path = path;
  }
}

/** A short, quoted rendering of any value for error messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Throw the standard "expected …, got …" complaint. */
export function fail(expected: string, value: unknown): never {
  throw new SchemaError(`expected ${expected}, got ${show(value)}`);
}

/** Join a parent path and a child key/index into `a.b` / `a[0]`. */
export function joinPath(parent: string, child: string | number): string {
  if (typeof child === 'number') return `${parent}[${child}]`;
  if (child === '') return parent;
  return parent === '' ? child : child.startsWith('[') ? `${parent}${child}` : `${parent}.${child}`;
}

/** Record an error under the scope; used directly for cross-field checks. */
export function report(scope: Scope, field: string, detail: string): void {
  const where = [scope.file, scope.record].filter((part) => part !== '').join(' › ');
  const message = field === '' ? `${where}: ${detail}` : `${where} › ${field}: ${detail}`;
  scope.errors.push({ file: scope.file, record: scope.record, field, detail, message });
}

/** Run `read`; on a `SchemaError`, collect it under `path` and return undefined. */
export function field<T>(scope: Scope, path: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    report(scope, joinPath(path, error.path), error.message);
    return undefined;
  }
}

/** Label a record for messages: `event "id" (#3)`, or `event #3` when the id is unusable. */
export function recordLabel(kind: string, value: unknown, index: number): string {
  const id = isObject(value) ? value['id'] : undefined;
  return typeof id === 'string' && id !== '' ? `${kind} "${id}" (#${index})` : `${kind} #${index}`;
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object, or throw. */
export function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : fail('an object', value);
}

/** A JSON array, or throw. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : fail('an array', value);
}

/** A non-empty string (after trimming), or throw. */
export function asText(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fail('a non-empty string', value);
}

/** A string, possibly empty, or throw. */
export function asString(value: unknown): string {
  return typeof value === 'string' ? value : fail('a string', value);
}

/** A reader for one of a fixed set of string values. */
export function asOneOf<T extends string>(allowed: readonly T[]): (value: unknown) => T {
  const list = allowed.map((a) => JSON.stringify(a)).join(' | ');
  return (value) =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fail(`one of ${list}`, value);
}

/** A finite number, or throw. */
export function asFiniteNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail('a finite number', value);
}

/** A whole number ≥ 0 (a count), or throw. */
export function asCount(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fail('a non-negative integer', value);
}

/** Wrap a reader so that `null` passes through (an unknown value, as opposed to a missing field). */
export function nullable<T>(read: (value: unknown) => T): (value: unknown) => T | null {
  return (value) => (value === null ? null : read(value));
}

/** Read every element of an array with `read`, collecting errors per element under `path[i]`. */
export function eachOf<T>(
  scope: Scope,
  path: string,
  value: unknown,
  read: (item: unknown, itemPath: string) => T | undefined,
): T[] | undefined {
  const items = field(scope, path, () => asArray(value));
  if (items === undefined) return undefined;
  const out: T[] = [];
  let ok = true;
  items.forEach((item, i) => {
    const result = read(item, joinPath(path, i));
    if (result === undefined) ok = false;
    else out.push(result);
  });
  return ok ? out : undefined;
}

/** Report keys that the record shape does not allow (catches typos such as `tittle`). */
export function noExtraKeys(scope: Scope, path: string, obj: Record<string, unknown>, allowed: readonly string[]): boolean {
  const extra = Object.keys(obj).filter((key) => !allowed.includes(key));
  for (const key of extra) report(scope, joinPath(path, key), `unexpected field (allowed: ${allowed.join(', ')})`);
  return extra.length === 0;
}
