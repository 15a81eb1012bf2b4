/**
 * Query-string parameters in the same dialect: each parameter is a schema from its string to its
 * value, and a bad one reads `invalid <name>: <value>` (Observable Plot's wording), so one bad
 * value can fall back to its default with a warning without discarding the rest of a link.
 */
import * as v from 'valibot';

/** Ids travel in URLs (`sel=`), host messages and selectors: the one rule lives in `recordId.ts`. */
export { ID_PATTERN } from './recordId.ts';

/** The message `invalid <name>: "<value>"`. */
export const invalid =
  (name: string) =>
  (issue: { input: unknown }): string =>
    `invalid ${name}: ${JSON.stringify(issue.input)}`;

/**
 * A parameter: `inner` reads its string, and any complaint becomes one `invalid <name>: …` — the
 * inner schema's own (e.g. `invalid from: 1900-01-01 is outside the timeline`) or `invalid <name>: "<value>"`.
 */
export function param<S extends v.GenericSchema<string, unknown>>(name: string, inner: S) {
  return v.pipe(
    v.string(invalid(name)),
    v.rawTransform<string, v.InferOutput<S>>(({ dataset, addIssue, NEVER }) => {
      const r = v.safeParse(inner, dataset.value);
      if (r.success) return r.output;
      const message = r.issues[0].message;
      addIssue({ message: message.startsWith('invalid ') ? message : `invalid ${name}: ${JSON.stringify(dataset.value)}` });
      return NEVER;
    }),
  );
}

/** A parameter's value, or the warning for it. */
export function readParam<S extends v.GenericSchema<string, unknown>>(
  schema: S,
  raw: string,
): { ok: true; value: v.InferOutput<S> } | { ok: false; warning: string } {
  const result = v.safeParse(schema, raw);
  return result.success ? { ok: true, value: result.output } : { ok: false, warning: result.issues[0].message };
}

/** A parameter's value, or throw its warning (for callers that validate one value). */
export function parseParam<S extends v.GenericSchema<string, unknown>>(schema: S, raw: string): v.InferOutput<S> {
  const r = readParam(schema, raw);
  if (!r.ok) throw new Error(r.warning);
  return r.value;
}

type Values<T extends Record<string, v.GenericSchema<string, unknown>>> = { -readonly [K in keyof T]?: v.InferOutput<T[K]> };

/** Read every parameter of `schemas` that `search` has; each bad one becomes a warning and stays unset. */
export function readParams<const T extends Record<string, v.GenericSchema<string, unknown>>>(
  search: string,
  schemas: T,
): { values: Values<T>; warnings: string[] } {
  const params = new URLSearchParams(search);
  const values: Values<T> = {};
  const warnings: string[] = [];
  for (const name of Object.keys(schemas) as Array<keyof T & string>) {
    const raw = params.get(name);
    if (raw === null) continue;
    const r = readParam(schemas[name] as T[typeof name], raw);
    if (r.ok) values[name] = r.value;
    else warnings.push(r.warning);
  }
  return { values, warnings };
}

/** `1`/`true`/empty (present = on) or `0`/`false`. */
export const flagParam = (name: string) =>
  param(
    name,
    v.pipe(
      v.picklist(['', '1', 'true', '0', 'false']),
      v.transform((s) => s === '' || s === '1' || s === 'true'),
    ),
  );

/** A comma list of `options` (empty = none); an unknown item is named in the warning. */
export const listParam = <const T extends readonly string[]>(name: string, options: T) =>
  param(
    name,
    v.pipe(
      v.string(),
      v.transform((s) => (s === '' ? [] : s.split(','))),
      v.array(v.picklist(options, invalid(name))),
    ),
  );
