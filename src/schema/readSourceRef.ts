/**
 * Readers shared by events, phases and outposts: quotations from the bundled articles and
 * `[lon, lat]` pairs. They throw `SchemaError`s that `field()` collects.
 */
import { asArray, asFiniteNumber, asObject, asText, fail, field, noExtraKeys, SchemaError } from './schema.ts';
import type { Scope } from './schema.ts';
import type { SourceRef } from '../model/types.ts';

/** Valid sources by id: the article text and its file name (for messages). */
export type SourceTexts = ReadonlyMap<string, { file: string; text: string }>;

/** Fold typographic apostrophes, quotes and dashes so a near miss can be explained. */
function foldTypography(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-');
}

/** Why `quote` is not in `text`, as precisely as cheaply possible. */
function quoteMissHint(quote: string, text: string): string {
  if (foldTypography(text).includes(foldTypography(quote))) {
    return 'it differs only in apostrophes, quotes or dashes — copy them from the text (’ – —)';
  }
  let matched = 0;
  while (matched < quote.length && text.includes(quote.slice(0, matched + 1))) matched += 1;
  return matched === 0 ? 'no part of it occurs in the text' : `only its first ${matched} characters occur in the text`;
}

/** Check that `quote` is an exact substring of the source's text; throws with a hint otherwise. */
export function checkQuote(sourceId: string, quote: string, sources: SourceTexts): void {
  const source = sources.get(sourceId);
  if (source === undefined) return; // an unknown sourceId is reported on its own field
  if (!source.text.includes(quote)) {
    throw new SchemaError(
      `expected an exact substring of ${sourceId} (${source.file}), got ${JSON.stringify(quote.slice(0, 60))}${quote.length > 60 ? '…' : ''}: ${quoteMissHint(quote, source.text)}`,
    );
  }
}

/** A source id that names one of the valid sources. */
export function readSourceId(value: unknown, sources: SourceTexts): string {
  const id = asText(value);
  if (!sources.has(id)) fail(`a source id from sources/index.json (${[...sources.keys()].join(', ')})`, id);
  return id;
}

/** Read `{ sourceId, quote }`, collecting errors under `path`; undefined when invalid. */
export function readSourceRef(scope: Scope, path: string, value: unknown, sources: SourceTexts): SourceRef | undefined {
  const obj = field(scope, path, () => asObject(value));
  if (obj === undefined) return undefined;
  const tidy = noExtraKeys(scope, path, obj, ['sourceId', 'quote']);
  const sourceId = field(scope, `${path}.sourceId`, () => readSourceId(obj['sourceId'], sources));
  const quote = field(scope, `${path}.quote`, () => asText(obj['quote']));
  if (sourceId === undefined || quote === undefined) return undefined;
  const quoted = field(scope, `${path}.quote`, () => {
    checkQuote(sourceId, quote, sources);
    return true;
  });
  return tidy && quoted ? { sourceId, quote } : undefined;
}

/** Read a non-empty list of quotations. */
export function readSourceRefs(scope: Scope, path: string, value: unknown, sources: SourceTexts): SourceRef[] | undefined {
  const items = field(scope, path, () => {
    const list = asArray(value);
    return list.length > 0 ? list : fail('at least one source quotation', list);
  });
  if (items === undefined) return undefined;
  const refs = items.map((item, i) => readSourceRef(scope, `${path}[${i}]`, item, sources));
  return refs.every((ref): ref is SourceRef => ref !== undefined) ? refs : undefined;
}

/** A `[lon, lat]` pair of finite numbers within -180..180 and -90..90. */
export function asLngLat(value: unknown): [number, number] {
  const list = asArray(value);
  if (list.length !== 2) fail('[lon, lat]', value);
  const lon = asFiniteNumber(list[0]);
  const lat = asFiniteNumber(list[1]);
  if (lon < -180 || lon > 180) throw new SchemaError(`expected longitude in -180..180, got ${lon}`, '[0]');
  if (lat < -90 || lat > 90) throw new SchemaError(`expected latitude in -90..90, got ${lat}`, '[1]');
  return [lon, lat];
}
