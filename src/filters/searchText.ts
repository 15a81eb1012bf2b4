/**
 * Free-text search: case- and diacritic-insensitive (Unicode NFD, combining marks dropped, lower
 * case: "сарикул" finds "Сарикӯл", "ishkashim" finds "Ishkāshim"; letters without a decomposition,
 * such as Tajik ҳ and ҷ, stay themselves), over an event's titles and summaries
 * in every language, its quotations, the place as reported, and the names of its place, district,
 * region and border post in every language the geography has.
 */
import type { FrontierEvent } from '../model/types';
import { allTexts } from '../i18n/dataText';
import type { FilterContext } from './filterDef';

/** `text` folded for matching: decomposed, without combining marks, lower-cased. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The query as folded terms (whitespace-separated; every term must occur). */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** True when every term occurs in the folded haystack. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const t of terms) if (!haystack.includes(t)) return false;
  return true;
}

/** Anything with name fields: place, district, region and outpost properties. */
type Named = object;
const NAME_FIELDS = ['name', 'name_ru', 'name_tg', 'name_native', 'formerly'] as const;
const namesOf = (p: Named): string[] =>
  NAME_FIELDS.map((k) => (p as Partial<Record<string, unknown>>)[k]).filter((x): x is string => typeof x === 'string' && x !== '');

/** Names by id of every place, settlement, district and region, and every outpost. */
function nameIndex(ctx: FilterContext): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const add = (id: string, names: string[]): void => void m.set(id, [...(m.get(id) ?? []), ...names]);
  const g = ctx.geo;
  for (const fc of g ? [g.places, g.settlements, g.districts, g.regions] : [])
    for (const f of fc.features) add(f.properties.id, namesOf(f.properties));
  for (const o of ctx.dataset.outposts) add(o.id, namesOf(o));
  return m;
}

/** Every searchable text of one event, folded into one string. */
export function eventHaystack(e: FrontierEvent, names: ReadonlyMap<string, readonly string[]>): string {
  const l = e.location;
  const parts = [
    ...allTexts(e, 'title'),
    ...allTexts(e, 'summary'),
    ...e.sources.map((s) => s.quote),
    l.asReported,
    ...(l.alternatives ?? []).map((a) => a.asReported),
    ...(l.ref ? (names.get(l.ref) ?? []) : []),
    ...(l.postId ? (names.get(l.postId) ?? []) : []),
    ...(l.alternatives ?? []).flatMap((a) => (a.ref ? (names.get(a.ref) ?? []) : [])),
    e.subType ?? '',
    ...(e.actors ?? []),
  ];
  return foldText(parts.filter(Boolean).join('\n'));
}

const CACHE = new WeakMap<object, WeakMap<FrontierEvent, string>>();

/** The haystack of `e` in this context, computed once per dataset (the dataset object is the key). */
export function haystackOf(e: FrontierEvent, ctx: FilterContext): string {
  let perSet = CACHE.get(ctx.dataset);
  if (!perSet) CACHE.set(ctx.dataset, (perSet = new WeakMap()));
  let s = perSet.get(e);
  if (s === undefined) {
    const names = NAMES.get(ctx.dataset) ?? nameIndex(ctx);
    NAMES.set(ctx.dataset, names);
    s = eventHaystack(e, names);
    perSet.set(e, s);
  }
  return s;
}
const NAMES = new WeakMap<object, Map<string, string[]>>();
