/**
 * The border stretch: events whose place along the border (km from the Uzbek tripoint, see
 * src/geo/borderMeasure.ts) lies in [from, to]. Set by brushing the along-the-border chart or its
 * table, or typed in the panel; `stretch=120.5..340` in the URL (the parameter links made before
 * it joined the filters already carry). An event with no place along the border (a province, the
 * border as a whole, no place) never passes it. On bulk sets: a uniform over the along-border column.
 */
import * as v from 'valibot';
import { param } from '../../schema/params';
import { t } from '../../i18n/strings';
import { formatNumber } from '../../calendar/format';
import type { Lang } from '../../i18n/langs';
import { h } from '../../ui/dom';
import type { FilterControl, FilterDef } from '../filterDef';

/** A stretch of the border, in km along it from the Uzbek tripoint (west); `fromKm` ≤ `toKm`. */
export interface AlongRange {
  fromKm: number;
  toKm: number;
}

/** Longest km a URL may ask for (the line is ~1,340 km). */
export const MAX_ALONG_KM = 2000;

const tenth = (n: number): number => Math.round(n * 10) / 10;

/** The stretch between two km (either order), clamped to [0, MAX_ALONG_KM] and rounded to 0.1 km. */
export function stretchRange(a: number, b: number): AlongRange {
  const clamp = (n: number): number => tenth(Math.max(0, Math.min(MAX_ALONG_KM, n)));
  return { fromKm: clamp(Math.min(a, b)), toKm: clamp(Math.max(a, b)) };
}

/** True when `km` lies in the stretch (inclusive; a null stretch holds everything, an unknown km nothing else). */
export function inStretch(km: number | null, stretch: AlongRange | null): boolean {
  if (stretch === null) return true;
  return km !== null && km >= stretch.fromKm && km <= stretch.toKm;
}

/** "Border stretch: 120–340 km" in `lang`. */
export function stretchText(r: AlongRange, lang: Lang): string {
  const km = (n: number): string => formatNumber(n, lang, { maximumFractionDigits: 1 });
  return t(lang, 'bcStretchFilter').replace('{from}', km(r.fromKm)).replace('{to}', km(r.toKm));
}

/** Two km fields, from and to; both filled sets the stretch, either emptied clears it. */
function stretchControl(env: Parameters<FilterDef<AlongRange | null>['control']>[0]): FilterControl<AlongRange | null> {
  const field = (which: 'from' | 'to'): HTMLInputElement =>
    h('input', {
      type: 'number',
      min: 0,
      max: MAX_ALONG_KM,
      step: 0.1,
      inputmode: 'decimal',
      'data-testid': `filter-stretch-${which}`,
      'aria-label': t(env.lang, which === 'from' ? 'filterStretchFrom' : 'filterStretchTo'),
    });
  const from = field('from');
  const to = field('to');
  const show = (r: AlongRange | null): void => {
    from.value = r ? String(r.fromKm) : '';
    to.value = r ? String(r.toKm) : '';
  };
  show(env.value);
  const onChange = (): void => {
    const a = from.value === '' ? NaN : Number(from.value);
    const b = to.value === '' ? NaN : Number(to.value);
    if (from.value === '' || to.value === '') env.set(null);
    else if (Number.isFinite(a) && Number.isFinite(b)) env.set(stretchRange(a, b));
  };
  from.addEventListener('change', onChange);
  to.addEventListener('change', onChange);
  const el = h(
    'fieldset',
    { class: 'filter-group', 'data-testid': 'filter-stretch' },
    h('legend', { text: t(env.lang, 'filterStretch') }),
    h('label', { class: 'filter-km' }, `${t(env.lang, 'filterStretchFrom')} `, from),
    h('label', { class: 'filter-km' }, ` ${t(env.lang, 'filterStretchTo')} `, to),
    h('p', { class: 'filter-note muted', text: t(env.lang, 'filterStretchNote') }),
  );
  return { el, update: show };
}

export const stretchFilter: FilterDef<AlongRange | null> = {
  id: 'stretch',
  param: 'stretch',
  empty: null,
  schema: param(
    'stretch',
    v.pipe(
      v.string(),
      v.regex(/^\d+(\.\d+)?\.\.\d+(\.\d+)?$/),
      v.transform((s) => s.split('..').map(Number) as [number, number]),
      v.check(([a, b]) => a <= MAX_ALONG_KM && b <= MAX_ALONG_KM),
      v.transform(([a, b]): AlongRange | null => stretchRange(a, b)),
    ),
  ),
  serialise: (r) => (r ? `${tenth(r.fromKm)}..${tenth(r.toKm)}` : ''),
  isActive: (r) => r !== null,
  predicate: (r) => (e) => inStretch(e.border.alongKm, r),
  bulk: {
    kind: 'uniform',
    apply: (r, u) => {
      if (!r) return;
      u.alongFromKm = r.fromKm;
      u.alongToKm = r.toKm;
    },
    borderColumns: true,
  },
  summary: (r, lang) => (r ? stretchText(r, lang) : t(lang, 'bcWholeBorder')),
  control: stretchControl,
};
