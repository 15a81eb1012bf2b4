/** The base style's legend entry: the border, with its length as drawn (computed from the line) beside the official figure. */
import { borderLengthKm as exactLengthKm } from 'virtual:frontier-border-measures';
import type { GeoBundle } from '../model/types';
import { borderLengthKm } from '../geo/borderLength';
import { t } from '../i18n/strings';
import { formatNumber } from '../calendar/format';
import type { LegendEntry } from '../overlays/overlay';
import type { Lang } from '../state/appStore';
import type { Theme } from './theme';

const fmt = (lang: Lang, n: number): string => formatNumber(n, lang, { maximumFractionDigits: 0 });

/**
 * "1,361 km as drawn · 1,344 km official" — the drawn figure comes from the data, not typed in: the
 * exact line's, measured at build, so it does not change when the map swaps the light lines (whose
 * rounding lengthens the line by ~2 km) for the exact ones.
 */
export function borderLengthLabel(geo: GeoBundle, lang: Lang): string {
  const drawn = exactLengthKm ?? borderLengthKm(geo.border);
  const official = geo.border.features[0]?.properties.official_length_km;
  const km = t(lang, 'unitKm');
  return `${fmt(lang, drawn)} ${km} ${t(lang, 'asDrawn')}` + (official ? ` · ${fmt(lang, official)} ${km} ${t(lang, 'official')}` : '');
}

/** Legend entries of the base style (always shown: the base has no toggle). */
export function baseLegend(theme: Theme, lang: Lang, geo: GeoBundle | null): LegendEntry[] {
  return [
    {
      id: 'border',
      symbol: { shape: 'line', color: theme.border, width: 4, opacity: 1 },
      label: t(lang, 'borderLength'),
      detail: { text: geo ? borderLengthLabel(geo, lang) : '', class: 'border-length' },
    },
  ];
}
