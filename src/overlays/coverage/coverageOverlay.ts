/**
 * CSTO programme coverage for every stage in force at the window's end. Stage 3 covers the whole
 * border line; stage 2 covers "select border outposts" whose locations are not public, so nothing
 * is drawn and the on-map note says so; stage 1 is planning (no coverage).
 */
import { t } from '../../i18n/strings';
import { markedText } from '../../i18n/dataText';
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { phasesInForce } from '../../state/selectors';
import { h } from '../../ui/dom';
import { defineOverlay } from '../defineOverlay';
import type { Overlay, OverlayContext, OverlayMap, OwnToggle } from '../overlay';
import { inSlot } from '../../style/stack';

export const COVERAGE_LAYER = 'coverage-border';

/** Shows the band while a stage in force covers the border, and writes the note of every stage in force over the map. */
function syncCoverage(map: OverlayMap, store: AppStore, ctx: OverlayContext): () => void {
  const note = h('div', { class: 'coverage-note', 'data-testid': 'coverage-note' });
  ctx.ui.append(note);
  let last = '';
  const sync = (): void => {
    const s = store.getState();
    const phases = s.data.dataset?.phases ?? [];
    // The window is half-open; its last day is end - 1.
    const inForce = phasesInForce(phases, Math.ceil(s.time.window.end) - 1);
    const on = s.view.layers.coverage;
    const key = `${inForce.map((p) => p.id).join(',')}|${on}|${s.view.lang}`;
    if (key === last) return;
    last = key;
    const covers = inForce.some((p) => p.coverage === 'border');
    map.setLayoutProperty(COVERAGE_LAYER, 'visibility', on && covers ? 'visible' : 'none');
    note.hidden = !on;
    const lang = s.view.lang;
    // Overlapping stages (2027 is in stage 2 and stage 3) are each stated, in stage order.
    const stageText = (p: (typeof inForce)[number]): string =>
      `${markedText(p, 'name', lang)} (${p.start === p.end ? p.start : `${p.start}–${p.end}`}): ${markedText(p, 'coverageNote', lang)}`;
    note.textContent = inForce.length ? `${t(lang, 'cstoProgramme')} · ${inForce.map(stageText).join(' · ')}` : t(lang, 'noStageInForce');
    note.dataset['coverage'] = covers ? 'border' : (inForce.at(-1)?.coverage ?? 'none');
  };
  sync();
  const unsub = watch(store, (s) => [s.time.window.end, s.view.layers.coverage, s.data.dataset, s.view.lang] as const, sync);
  return () => {
    unsub();
    note.remove();
  };
}

export const coverageOverlay: Overlay<'coverage', OwnToggle> = defineOverlay({
  id: 'coverage',
  toggle: { label: 'layerCoverage', visible: true },
  // The band follows the border line of the base style.
  sources: () => ({}),
  layers: (theme) => [
    inSlot('band', {
      id: COVERAGE_LAYER,
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round', visibility: 'none' },
      paint: {
        'line-color': theme.coverage.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 9, 10, 18],
        'line-opacity': 0.6,
      },
    }),
  ],
  images: () => [],
  legend: (theme, lang) => [
    {
      id: 'coverage',
      symbol: { shape: 'line', color: theme.coverage.border, width: 8, opacity: 0.7 },
      label: t(lang, 'legendCoverage'),
      slideLabel: t(lang, 'slideCoverage'),
    },
  ],
  sync: syncCoverage,
});
