/**
 * At least N killed. Where sources disagree the event counts with its **highest** claim (an
 * analyst asking "incidents with 5 or more dead" wants every incident some source reports so,
 * and the source panel shows each claim); events without any stated figure never pass.
 */
import * as v from 'valibot';
import { param } from '../../schema/params';
import { t } from '../../i18n/strings';
import { formatNumber } from '../../calendar/format';
import type { FrontierEvent } from '../../model/types';
import { numberField } from '../controls';
import type { FilterDef } from '../filterDef';

/** Largest N a URL may ask for. */
export const MAX_KILLED = 100_000;

/** The highest killed figure any source gives, or null when none states one. */
export function highestKilled(e: Pick<FrontierEvent, 'casualties'>): number | null {
  let best: number | null = null;
  for (const c of e.casualties ?? []) if (c.killed !== null && (best === null || c.killed > best)) best = c.killed;
  return best;
}

export const casualtiesFilter: FilterDef<number> = {
  id: 'minKilled',
  param: 'killed',
  empty: 0,
  schema: param(
    'killed',
    v.pipe(
      v.string(),
      v.regex(/^\d{1,6}$/),
      v.transform(Number),
      v.check((n) => n <= MAX_KILLED),
    ),
  ),
  serialise: (n) => String(n),
  isActive: (n) => n > 0,
  predicate: (n) => (e) => (highestKilled(e) ?? -1) >= n,
  bulk: { kind: 'uniform', apply: (n, u) => void (u.minKilled = n) },
  summary: (n, lang) => `${t(lang, 'filterKilled')}: ≥ ${formatNumber(n, lang)}`,
  control: (env) =>
    numberField({
      label: t(env.lang, 'filterKilled'),
      testId: 'filter-minKilled',
      value: env.value,
      set: env.set,
      max: MAX_KILLED,
      note: t(env.lang, 'filterKilledNote'),
    }),
};
