/**
 * The border's own measures (src/geo/borderMeasure.ts): within N km of the line, and which bank.
 * Precision applies: an event without a meaningful distance (province, district seat, no place)
 * is excluded by a distance filter, and one without a bank by a bank filter; the controls say so.
 * On bulk sets both are uniforms tested against the border columns (`borderColumns.ts`), which
 * the worker measures after the points; until then they match no record, and the panel says so.
 */
import * as v from 'valibot';
import { param } from '../../schema/params';
import { t } from '../../i18n/strings';
import { formatNumber } from '../../calendar/format';
import { BANKS } from '../../geo/borderRules';
import { numberField } from '../controls';
import type { FilterDef } from '../filterDef';
import { setFilter } from './setOf';

/** Largest distance a URL may ask for, km. */
export const MAX_DISTANCE_KM = 1000;

export const distanceFilter: FilterDef<number> = {
  id: 'maxDistanceKm',
  param: 'km',
  empty: 0,
  schema: param(
    'km',
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}(\.\d{1,2})?$/),
      v.transform(Number),
      v.check((n) => n > 0 && n <= MAX_DISTANCE_KM),
    ),
  ),
  serialise: (n) => String(n),
  isActive: (n) => n > 0,
  predicate: (n) => (e) => e.border.distanceKm !== null && e.border.distanceKm <= n,
  bulk: { kind: 'uniform', apply: (n, u) => void (u.maxDistanceKm = n), borderColumns: true },
  summary: (n, lang) => `${t(lang, 'filterDistance')}: ≤ ${formatNumber(n, lang)} ${t(lang, 'unitKm')}`,
  control: (env) =>
    numberField({
      label: t(env.lang, 'filterDistance'),
      testId: 'filter-maxDistanceKm',
      value: env.value,
      set: env.set,
      max: MAX_DISTANCE_KM,
      note: t(env.lang, 'filterDistanceNote'),
    }),
};

export const bankFilter = setFilter({
  id: 'bank',
  param: 'bank',
  options: BANKS,
  title: 'filterBank',
  labels: { tj: 'bankTj', af: 'bankAf', line: 'bankLine', other: 'bankOther' },
  of: (e) => e.border.bank,
  // Bit k = BANKS[k], the bulk bank column's codes (`BANK_CODES`).
  uniform: 'bankMask',
  borderColumns: true,
  note: 'filterBankNote',
});
