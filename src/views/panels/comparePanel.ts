/**
 * The two-period comparison (loaded on demand while a comparison is on): period A and B as date
 * ranges, the map's legend for them, and tables of events and killed per province, district and
 * border stretch with the change from A to B (signed, in the UI language’s digits), over the
 * events that pass the filters (as the map and the list).
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import type { TimeWindow } from '../../calendar/window';
import { dayNumberToIsoDay, isIsoDay, isoDayToDayNumber } from '../../calendar/dates';
import { formatNumber } from '../../calendar/format';
import { compareRows, totalRow, type CompareRow } from '../../compare/compareRows';
import { eventGroups, itemsBy, type EventGroups } from '../../compare/eventGroups';
import { borderAxisFor } from '../../geo/borderAxis';
import { areaLabel, stretchLabel } from '../../i18n/areaName';
import type { Lang } from '../../i18n/langs';
import { t, type StringKey } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';
import type { FrontierEvent, GeoBundle } from '../../model/types';
import { COMPARE_COLORS } from '../../overlays/events/compareStyle';
import { shownEvents } from '../../state/selectors';

const LEVELS: Array<{ level: keyof EventGroups; key: StringKey; none: StringKey }> = [
  { level: 'province', key: 'cmpProvince', none: 'cmpNoProvince' },
  { level: 'district', key: 'cmpDistrict', none: 'cmpNoDistrict' },
  { level: 'stretch', key: 'cmpStretch', none: 'cmpNoStretch' },
];

/** Group rows of one level as a table. */
function levelTable(rows: readonly CompareRow[], level: (typeof LEVELS)[number], name: (group: string) => string, lang: Lang): HTMLElement {
  const n = (v: number): string => formatNumber(v, lang);
  const signed = (v: number): string => formatNumber(v, lang, { signDisplay: 'exceptZero' });
  const cells = (r: CompareRow): HTMLElement[] => [
    h('td', { class: 'num', text: n(r.a.events) }),
    h('td', { class: 'num', text: n(r.b.events) }),
    h('td', { class: `num change ${r.change.events > 0 ? 'up' : r.change.events < 0 ? 'down' : ''}`, text: signed(r.change.events) }),
    h('td', { class: 'num', text: n(r.a.killed) }),
    h('td', { class: 'num', text: n(r.b.killed) }),
    h('td', { class: `num change ${r.change.killed > 0 ? 'up' : r.change.killed < 0 ? 'down' : ''}`, text: signed(r.change.killed) }),
  ];
  const total = totalRow(rows);
  const col = (key: StringKey): HTMLElement => h('th', { scope: 'col', text: t(lang, key) });
  return h(
    'table',
    { class: 'compare-table', 'data-testid': `compare-table-${level.level}` },
    h('caption', { text: t(lang, level.key) }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('td', {}),
        h('th', { scope: 'colgroup', colspan: 3, text: t(lang, 'cmpEvents') }),
        h('th', { scope: 'colgroup', colspan: 3, text: t(lang, 'cmpKilled') }),
      ),
      h('tr', {}, col(level.key), col('cmpA'), col('cmpB'), col('cmpChange'), col('cmpA'), col('cmpB'), col('cmpChange')),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { 'data-group': r.group ?? '' },
          h('th', { scope: 'row', class: r.group === null ? 'muted' : '', text: r.group === null ? t(lang, level.none) : name(r.group) }),
          ...cells(r),
        ),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', text: t(lang, 'cmpTotal') }), ...cells(total))),
  );
}

/** Two date inputs (first and last day, inclusive) for a period. */
function periodInputs(
  which: 'a' | 'b',
  w: TimeWindow,
  bounds: TimeWindow,
  lang: Lang,
  set: (w: TimeWindow) => void,
  windowNow: () => TimeWindow,
): HTMLElement {
  const min = dayNumberToIsoDay(bounds.start);
  const max = dayNumberToIsoDay(bounds.end - 1);
  const input = (value: number, label: StringKey, testid: string): HTMLInputElement => {
    const el = h('input', {
      type: 'date',
      min,
      max,
      value: dayNumberToIsoDay(value),
      'aria-label': `${t(lang, which === 'a' ? 'cmpA' : 'cmpB')} ${t(lang, label)}`,
      'data-testid': testid,
    });
    return el;
  };
  const from = input(Math.floor(w.start), 'cmpFrom', `compare-${which}-from`);
  const to = input(Math.max(Math.floor(w.start), Math.ceil(w.end) - 1), 'cmpTo', `compare-${which}-to`);
  const apply = (): void => {
    if (!isIsoDay(from.value) || !isIsoDay(to.value)) return;
    const a = isoDayToDayNumber(from.value);
    const b = isoDayToDayNumber(to.value);
    set({ start: Math.min(a, b), end: Math.max(a, b) + 1 });
  };
  from.addEventListener('change', apply);
  to.addEventListener('change', apply);
  const use = h('button', { type: 'button', text: t(lang, 'cmpUseWindow'), 'data-testid': `compare-${which}-window` });
  use.addEventListener('click', () => set(windowNow()));
  const swatch = h('span', { class: `cmp-swatch cmp-${which}`, 'aria-hidden': 'true' });
  swatch.style.background = COMPARE_COLORS[which];
  return h(
    'fieldset',
    { class: 'compare-period' },
    h('legend', {}, swatch, t(lang, which === 'a' ? 'cmpA' : 'cmpB')),
    h('label', {}, `${t(lang, 'cmpFrom')} `, from),
    h('label', {}, ` ${t(lang, 'cmpTo')} `, to),
    use,
  );
}

/** Groups of every event, computed once per dataset and geography. */
const groupCache = new WeakMap<readonly FrontierEvent[], Map<string, EventGroups>>();
function groupsOf(
  events: readonly FrontierEvent[],
  geo: GeoBundle,
  outposts: Parameters<typeof borderAxisFor>[1],
): Map<string, EventGroups> {
  let g = groupCache.get(events);
  if (!g) {
    const stretches = borderAxisFor(geo, outposts)?.provinces ?? [];
    g = new Map(events.map((e) => [e.id, eventGroups(e, geo, outposts, stretches)]));
    groupCache.set(events, g);
  }
  return g;
}

/** Mounts the comparison into `root`; returns the teardown. */
export function mountComparePanel(root: HTMLElement, store: AppStore): () => void {
  root.setAttribute('role', 'region');
  root.setAttribute('aria-labelledby', 'compare-title');
  const render = (): void => {
    const s = store.getState();
    const cmp = s.analysis.compare;
    const ds = s.data.dataset;
    const geo = s.data.geo;
    // A period edit re-renders the panel: keep the focus on the control that made it.
    const focused = root.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['testid'] : undefined;
    clear(root);
    root.hidden = cmp === null;
    if (!cmp || !ds || !geo) return;
    const lang = s.view.lang;
    const close = h('button', {
      class: 'panel-close',
      'aria-label': t(lang, 'cmpEnd'),
      title: t(lang, 'cmpEnd'),
      text: '×',
      'data-testid': 'compare-close',
    });
    close.addEventListener('click', () => store.getState().setCompare(null));
    const windowNow = (): TimeWindow => store.getState().time.window;
    const groups = groupsOf(ds.events, geo, ds.outposts);
    const axis = borderAxisFor(geo, ds.outposts);
    const order: Record<keyof EventGroups, string[]> = {
      province: geo.regions.features.map((f) => f.properties.id),
      district: [],
      stretch: (axis?.provinces ?? []).map((p) => p.id),
    };
    const name = (level: keyof EventGroups, g: string): string =>
      level === 'stretch' ? stretchLabel(geo, g, lang) : areaLabel(geo, g, lang);
    root.append(
      h('header', { class: 'panel-head' }, h('h2', { id: 'compare-title', text: t(lang, 'cmpTitle') }), close),
      h(
        'div',
        { class: 'compare-periods' },
        periodInputs('a', cmp.a, s.time.bounds, lang, (a) => store.getState().setCompare({ ...cmp, a }), windowNow),
        periodInputs('b', cmp.b, s.time.bounds, lang, (b) => store.getState().setCompare({ ...cmp, b }), windowNow),
      ),
      ...LEVELS.map((l) =>
        levelTable(compareRows(itemsBy(shownEvents(s), groups, l.level), cmp, order[l.level]), l, (g) => name(l.level, g), lang),
      ),
      h('p', { class: 'muted small', text: t(lang, 'cmpKilledNote') }),
    );
    if (focused) root.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
  };
  render();
  const unsub = watch(store, (s) => [s.analysis.compare, s.view.lang, s.data.dataset, s.data.geo, s.filters] as const, render);
  return () => {
    unsub();
    clear(root);
  };
}
