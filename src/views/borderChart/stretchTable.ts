/** The chart's text alternative: the events in the window per border stretch, with a button to filter to each. */
import type { GeoBundle } from '../../model/types';
import type { TimeWindow } from '../../calendar/window';
import { formatNumber } from '../../calendar/format';
import type { BorderAxis } from '../../geo/borderAxis';
import type { AlongRange } from '../../filters/defs/stretch';
import type { Lang } from '../../i18n/langs';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';
import { stretchCounts, type ChartMark } from './chartData';
import { stretchLabel } from '../../i18n/areaName';

/** A `<table>` of the province stretches west to east: km, events in the window, of them at a district seat. */
export function stretchTable(
  marks: readonly ChartMark[],
  axis: BorderAxis,
  w: TimeWindow,
  filter: AlongRange | null,
  geo: GeoBundle | null,
  lang: Lang,
  setStretch: (r: AlongRange) => void,
): HTMLElement {
  const n = (v: number): string => formatNumber(v, lang, { maximumFractionDigits: 0 });
  const rows = stretchCounts(marks, axis.provinces, w, filter).map((r) => {
    const name = stretchLabel(geo, r.stretch.id, lang);
    const only = h('button', { class: 'link-button', text: t(lang, 'bcFilterHere'), 'aria-label': `${t(lang, 'bcFilterHere')}: ${name}` });
    only.addEventListener('click', () => setStretch({ fromKm: r.stretch.fromKm, toKm: r.stretch.toKm }));
    return h(
      'tr',
      { 'data-stretch': r.stretch.id, class: r.inFilter ? '' : 'muted' },
      h('th', { scope: 'row', text: name }),
      h('td', { class: 'num', text: `${n(r.stretch.fromKm)}–${n(r.stretch.toKm)}` }),
      h('td', { class: 'num', text: n(r.events) }),
      h('td', { class: 'num', text: n(r.atSeat) }),
      h('td', {}, only),
    );
  });
  return h(
    'table',
    { class: 'bc-stretch-table', 'data-testid': 'border-chart-table' },
    h('caption', {}, t(lang, 'bcTableCaption'), h('span', { class: 'muted small', text: ` ${t(lang, 'bcDistrictsApprox')}` })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', text: t(lang, 'bcStretch') }),
        h('th', { scope: 'col', text: t(lang, 'unitKm') }),
        h('th', { scope: 'col', text: t(lang, 'bcEvents') }),
        h('th', { scope: 'col', text: t(lang, 'bcAtSeat') }),
        h('td', {}),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
