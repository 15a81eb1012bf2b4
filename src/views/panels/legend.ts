/**
 * Legend: every symbol on the map, the border length (computed with turf from the drawn line,
 * beside the official figure) and the layer toggles.
 */
import type { GeoBundle } from '../../model/types';
import { EVENT_KINDS } from '../../model/types';
import type { AppStore, Lang, LayerId } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { LAYER_IDS } from '../../state/appStore';
import { t, type StringKey } from '../../i18n/strings';
import { formatNumber } from '../../calendar/format';
import { briefingTheme } from '../../style/theme';
import { borderLengthKm } from '../../geo/borderLength';
import { clear, h } from '../../ui/dom';

const KIND_KEY = {
  incident: 'rowIncident',
  meeting: 'rowMeeting',
  'programme-milestone': 'rowMilestone',
  announcement: 'rowAnnouncement',
} as const;
const LAYER_KEY: Record<LayerId, StringKey> = {
  events: 'layerEvents',
  outposts: 'layerOutposts',
  coverage: 'layerCoverage',
  places: 'layerPlaces',
  regions: 'layerRegions',
  rivers: 'layerRivers',
};

const fmt = (lang: Lang, n: number): string => formatNumber(n, lang, { maximumFractionDigits: 0 });

/** "1,363 km as drawn · 1,344 km official" — the drawn figure comes from the data, not typed in. */
export function borderLengthLabel(geo: GeoBundle, lang: Lang): string {
  const drawn = borderLengthKm(geo.border);
  const official = geo.border.features[0]?.properties.official_length_km;
  const km = t(lang, 'unitKm');
  return `${fmt(lang, drawn)} ${km} ${t(lang, 'asDrawn')}` + (official ? ` · ${fmt(lang, official)} ${km} ${t(lang, 'official')}` : '');
}

/** A legend symbol; colours go through CSSOM because the Content-Security-Policy forbids style attributes. */
function swatch(cls: string, style: Partial<Pick<CSSStyleDeclaration, 'background' | 'borderColor'>>): HTMLElement {
  const s = h('span', { class: `sw ${cls}`, 'aria-hidden': 'true' });
  Object.assign(s.style, style);
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
      h(
        'li',
        { 'data-legend': 'border' },
        swatch('line', { background: th.border }),
        h(
          'span',
          {},
          t(lang, 'borderLength'),
          h('br'),
          h('span', { class: 'border-length', text: geo ? borderLengthLabel(geo, lang) : '' }),
        ),
      ),
      ...EVENT_KINDS.map((k) => h('li', {}, swatch('dot', { background: th.kind[k] }), t(lang, KIND_KEY[k]))),
      h('li', {}, swatch('ring', { borderColor: th.kind.incident }), t(lang, 'legendRing')),
      h('li', {}, swatch('hatch', { borderColor: th.areaHighlight }), t(lang, 'legendHatch')),
      h('li', {}, swatch('line glow', { background: th.areaHighlight }), t(lang, 'legendBorderGlow')),
      h('li', {}, swatch('diamond', {}), t(lang, 'legendCrossing')),
      h('li', {}, swatch('line wide', { background: th.coverage.border }), t(lang, 'legendCoverage')),
      h('li', {}, swatch('line river', { background: th.river }), t(lang, 'legendRivers')),
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
