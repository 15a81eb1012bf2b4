/**
 * The one message formatter. Every edge (data files, imports, briefings, host commands, URL and
 * embed parameters) validates with valibot schemas from `dialect.ts`, whose messages read
 * `expected …, got …`; this module turns the issues into `ValidationError`s placed as
 * `file › record › field: detail` so a problem can be fixed without opening the validator.
 */
import type { BaseIssue } from 'valibot';

/** One problem in a file or message, precise enough to fix without opening the validator. */
export interface ValidationError {
  /** File name, e.g. `events.json`; '' when the input is not a file (a URL, a message). */
  file: string;
  /** The record as `event "shadak-attack" (#4)` (0-based index), `row 5`, or `#4` without a usable id; '' for the whole file. */
  record: string;
  /** Dotted path inside the record, e.g. `date.start`, `sources[1].quote`; '' for the whole record. */
  field: string;
  /** What was expected and what was found, e.g. `expected YYYY-MM-DD for precision "day", got "2025-11-3"`. */
  detail: string;
  /** `file › record › field: detail` (`file: field: detail` without a record), ready to print. */
  message: string;
}

/** A short, quoted rendering of any value for messages; `nothing` for a missing value. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON would print these as null; 1e999 in a JSON file reads as Infinity.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `a, b, c` for the ids a reference may name; long lists are cut after ten. */
export function listOf(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'none';
  return all.length > 10 ? `${all.slice(0, 10).join(', ')}, … (${all.length} in all)` : all.join(', ');
}

/** Join a parent path and a child key/index into `a.b` / `a[0]`. */
export function joinPath(parent: string, child: string | number): string {
  if (typeof child === 'number') return `${parent}[${child}]`;
  if (child === '') return parent;
  return parent === '' ? child : child.startsWith('[') ? `${parent}${child}` : `${parent}.${child}`;
}

/** The dotted path of an issue (`sources[0].quote`), '' at the top. */
export function pathOf(issue: BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    // An empty key is still a place: `[""]`.
    path = joinPath(path, typeof key === 'number' ? key : String(key) === '' ? '[""]' : String(key));
  }
  return path;
}

/** One error, with its message laid out as `file › record › field: detail`. */
export function validationError(file: string, record: string, field: string, detail: string): ValidationError {
  const where = [file, record].filter((part) => part !== '').join(' › ');
  const at = field === '' ? where : where === '' ? field : record === '' ? `${where}: ${field}` : `${where} › ${field}`;
  return { file, record, field, detail, message: at === '' ? detail : `${at}: ${detail}` };
}

/** An issue's detail; valibot's own wording (a schema built without a message) is recast as `expected …, got …`. */
function detailOf(issue: BaseIssue<unknown>): string {
  return issue.message.startsWith('Invalid ') ? `expected ${issue.expected ?? 'something else'}, got ${show(issue.input)}` : issue.message;
}

/** The issues of one record as errors, `field` relative to `prefix` (a path inside the record). */
export function errorsOf(issues: readonly BaseIssue<unknown>[], file: string, record: string, prefix = ''): ValidationError[] {
  return issues.map((issue) => validationError(file, record, joinPath(prefix, pathOf(issue)), detailOf(issue)));
}
