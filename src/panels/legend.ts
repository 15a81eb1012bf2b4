/**
 * Legend: every symbol on the map, the border length (computed with turf from the drawn line,
 * beside the official figure) and the layer toggles.
 */
import type { GeoBundle } from '../data/types';
import { EVENT_KINDS } from '../data/types';
import type { AppStore, Lang, LayerId } from '../store/appStore';
import { watch } from '../store/appStore';
import { LAYER_IDS } from '../store/appStore';
import { t, type StringKey } from '../i18n/strings';
import { briefingTheme } from '../map/theme';
import { borderLengthKm } from '../geo/borderLength';
import { clear, h } from '../ui/dom';

const KIND_KEY = { incident: 'rowIncident', meeting: 'rowMeeting', 'programme-milestone': 'rowMilestone', announcement: 'rowAnnouncement' } as const;
const LAYER_KEY: Record<LayerId, StringKey> = {
  events: 'layerEvents',
  outposts: 'layerOutposts',
  coverage: 'layerCoverage',
  places: 'layerPlaces',
  regions: 'layerRegions',
  rivers: 'layerRivers',
};

const fmt = (lang: Lang, n: number): string => new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 0 }).format(n);

/** "1,363 km as drawn · 1,344 km official" — the drawn figure comes from the data, not typed in. */
export function borderLengthLabel(geo: GeoBundle, lang: Lang): string {
  const drawn = borderLengthKm(geo.border);
  const official = geo.border.features[0]?.properties.official_length_km;
  const km = lang === 'ru' ? 'км' : 'km';
  return `${fmt(lang, drawn)} ${km} ${t(lang, 'asDrawn')}` + (official ? ` · ${fmt(lang, official)} ${km} ${t(lang, 'official')}` : '');
}

function swatch(cls: string, style: string): HTMLElement {
  const s = h('span', { class: `sw ${cls}`, 'aria-hidden': 'true' });
  s.setAttribute('style', style);
  return s;
}

/** Mounts the legend into `root`; returns its teardown. */
export function mountLegend(root: HTMLElement, store: AppStore): () => void {
  const render = (): void => {
    const s = store.getState();
    const lang = s.view.lang;
    const geo = s.data.geo;
    clear(root);
    const th = briefingTheme;
    const items: HTMLElement[] = [
      h('li', { 'data-legend': 'border' }, swatch('line', `background:${th.border}`), h('span', {}, t(lang, 'borderLength'), h('br'), h('span', { class: 'border-length', text: geo ? borderLengthLabel(geo, lang) : '' }))),
      ...EVENT_KINDS.map((k) => h('li', {}, swatch('dot', `background:${th.kind[k]}`), t(lang, KIND_KEY[k]))),
      h('li', {}, swatch('ring', `border-color:${th.kind.incident}`), lang === 'ru' ? 'Место с кругом неопределённости' : 'Village-level place, ring = uncertainty'),
      h('li', {}, swatch('hatch', `border-color:${th.areaHighlight}`), lang === 'ru' ? 'Событие указано лишь областью' : 'Event located only as a whole area'),
      h('li', {}, swatch('line glow', `background:${th.areaHighlight}`), lang === 'ru' ? 'Событие на границе без точного места' : 'Event on the border, no single place'),
      h('li', {}, swatch('diamond', ''), lang === 'ru' ? 'Официальный пункт пропуска (МИД РТ)' : 'Official crossing point (Tajik MFA)'),
      h('li', {}, swatch('line wide', `background:${th.coverage.border}`), lang === 'ru' ? 'Охват программы ОДКБ (этап 3)' : 'CSTO programme coverage (stage 3)'),
      h('li', {}, swatch('line river', `background:${th.river}`), lang === 'ru' ? 'Реки' : 'Rivers'),
    ];
    const toggles = LAYER_IDS.map((id) => {
      const cb = h('input', { type: 'checkbox', 'data-layer': id });
      cb.checked = s.view.layers[id];
      cb.addEventListener('change', () => store.getState().setLayer(id, cb.checked));
      return h('label', { class: 'toggle' }, cb, ` ${t(lang, LAYER_KEY[id])}`);
    });
    root.append(
      h('h2', { text: t(lang, 'legend') }),
      h('ul', { class: 'legend-list' }, ...items),
      h('fieldset', { class: 'layer-toggles' }, h('legend', { text: t(lang, 'layers') }), ...toggles),
    );
  };
  render();
  return watch(store, (s) => [s.view.lang, s.view.layers, s.data.geo] as const, render);
}
