/**
 * Filters over a fixed vocabulary (kind, date precision, location precision): the value is the
 * set of allowed options, all of them by default. `param=` (empty) allows none, which matches
 * nothing and says so.
 */
import * as v from 'valibot';
import { listParam } from '../../schema/params';
import type { Lang } from '../../i18n/langs';
import { t, type StringKey } from '../../i18n/strings';
import { formatList } from '../../calendar/format';
import type { FrontierEvent } from '../../model/types';
import { checkboxGroup } from '../controls';
import type { BulkUniforms, FilterDef } from '../filterDef';

export interface SetFilterSpec<K extends string> {
  id: string;
  param: string;
  options: readonly K[];
  /** The label of the filter and of each option. */
  title: StringKey;
  labels: Readonly<Record<K, StringKey>>;
  /** The event's value; null (e.g. no bank for an event without a place) never passes an active filter. */
  of(e: FrontierEvent): K | null;
  /**
   * The bulk uniform holding the allowed options as a bitmask over `options` (codes = indices);
   * absent: the bulk columns have no such value, so bulk sets ignore the filter (and the panel says so).
   */
  uniform?: keyof Pick<BulkUniforms, 'kindMask' | 'datePrecisionMask' | 'locationPrecisionMask' | 'bankMask'>;
  /** The uniform tests the border columns (measured after the points; see `BulkForm`). */
  borderColumns?: true;
  /** A note under the control (e.g. what "province" means). */
  note?: StringKey;
}

/** The bitmask of `allowed` over `options` (bit k = options[k]). */
export function maskOf<K extends string>(options: readonly K[], allowed: readonly K[]): number {
  let m = 0;
  options.forEach((o, k) => {
    if (allowed.includes(o)) m |= 1 << k;
  });
  return m;
}

/** A set filter over `spec.options`. */
export function setFilter<K extends string>(spec: SetFilterSpec<K>): FilterDef<readonly K[]> {
  const { options, uniform } = spec;
  const names = (value: readonly K[], lang: Lang): string =>
    formatList(
      value.map((k) => t(lang, spec.labels[k])),
      lang,
    );
  return {
    id: spec.id,
    param: spec.param,
    empty: options,
    schema: v.pipe(
      listParam(spec.param, options),
      // Option order, each once: `kind=meeting,incident,meeting` reads as the set it names.
      v.transform((list: K[]): readonly K[] => options.filter((o) => list.includes(o))),
    ),
    serialise: (value) => value.join(','),
    isActive: (value) => options.some((o) => !value.includes(o)),
    predicate: (value) => {
      const allowed = new Set<K | null>(value);
      return (e) => allowed.has(spec.of(e));
    },
    bulk: uniform
      ? {
          kind: 'uniform',
          apply: (value, u) => void (u[uniform] = maskOf(options, value)),
          ...(spec.borderColumns ? { borderColumns: true as const } : {}),
        }
      : { kind: 'unsupported' },
    summary: (value, lang) => `${t(lang, spec.title)}: ${value.length ? names(value, lang) : t(lang, 'filterNone')}`,
    contradiction: (value, lang) => (value.length === 0 ? `${t(lang, spec.title)}: ${t(lang, 'filterNothingTicked')}` : null),
    control: (env) =>
      checkboxGroup({
        legend: t(env.lang, spec.title),
        testId: `filter-${spec.id}`,
        options: options.map((o) => ({ value: o, label: t(env.lang, spec.labels[o]) })),
        value: env.value,
        set: env.set,
        ...(spec.note ? { note: t(env.lang, spec.note) } : {}),
      }),
  };
}
