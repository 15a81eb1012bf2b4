/**
 * Filters over values the data brings (sub-type, actor, outlet): the value is a list of accepted
 * values, none by default (no restriction); an event passes when any of its values is listed.
 * In the URL the values are joined with `|` (names may contain commas).
 */
import * as v from 'valibot';
import { param } from '../../schema/params';
import type { Lang } from '../../i18n/langs';
import { t, type StringKey } from '../../i18n/strings';
import { formatList } from '../../calendar/format';
import type { FrontierEvent } from '../../model/types';
import type { BulkDetail } from '../../overlays/bulk/types';
import { checkboxGroup } from '../controls';
import type { FilterContext, FilterDef } from '../filterDef';

export interface AnyOfSpec {
  id: string;
  param: string;
  title: StringKey;
  /** Shown when the data has no such values (e.g. the bundled chronology has no actors). */
  noneInData: StringKey;
  /** The event's values. */
  of(e: FrontierEvent, ctx: FilterContext): readonly string[];
  /** A bulk record's values. */
  ofBulk(d: BulkDetail): readonly string[];
}

/** Longest value and most values a URL may carry. */
const MAX_LEN = 200;
const MAX_VALUES = 50;

/** The values present in the data, most frequent first (then alphabetical), with their counts. */
export function valuesInData(spec: Pick<AnyOfSpec, 'of'>, ctx: FilterContext): Array<{ value: string; count: number }> {
  const n = new Map<string, number>();
  for (const e of ctx.dataset.events) for (const x of new Set(spec.of(e, ctx))) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** An any-of filter. */
export function anyOfFilter(spec: AnyOfSpec): FilterDef<readonly string[]> {
  const test = (value: readonly string[], values: readonly string[]): boolean => values.some((x) => value.includes(x));
  return {
    id: spec.id,
    param: spec.param,
    empty: [],
    schema: param(
      spec.param,
      v.pipe(
        v.string(),
        v.transform((s) => [...new Set(s.split('|').map((x) => x.trim()))].filter(Boolean)),
        v.check((list) => list.length <= MAX_VALUES && list.every((x) => x.length <= MAX_LEN)),
      ),
    ),
    serialise: (value) => value.join('|'),
    isActive: (value) => value.length > 0,
    predicate: (value, ctx) => (e) => test(value, spec.of(e, ctx)),
    bulk: { kind: 'mask', test: (value) => (d) => test(value, spec.ofBulk(d)) },
    summary: (value: readonly string[], lang: Lang) => `${t(lang, spec.title)}: ${formatList([...value], lang)}`,
    control: (env) => {
      const present = valuesInData(spec, env.ctx);
      // Values asked for (URL, briefing) but absent from the data stay listed, so they can be unticked.
      const missing = env.value.filter((x) => !present.some((p) => p.value === x)).map((value) => ({ value, count: 0 }));
      const all = [...present, ...missing];
      return checkboxGroup({
        legend: t(env.lang, spec.title),
        testId: `filter-${spec.id}`,
        options: all.map((p) => ({ value: p.value, label: `${p.value} (${p.count})` })),
        value: env.value,
        set: env.set,
        ...(all.length === 0 ? { note: t(env.lang, spec.noneInData) } : {}),
      });
    },
  };
}
