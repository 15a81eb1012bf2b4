/**
 * CSTO programme coverage for the stage in force at the window's end. Stage 3 covers the whole
 * border line; stage 2 covers "select border outposts" whose locations are not public, so nothing
 * is drawn and the on-map note says so; stage 1 is planning (no coverage).
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { activePhase } from '../../state/selectors';
import type { Theme } from '../../style/theme';
import { t } from '../../i18n/strings';
import { markedText } from '../../i18n/dataText';

export const COVERAGE_LAYER = 'coverage-border';

/** Adds the coverage band under the border line and the coverage note; returns its teardown. */
export function addCoverageLayer(map: MlMap, store: AppStore, theme: Theme, note: HTMLElement): () => void {
  map.addLayer(
    {
      id: COVERAGE_LAYER,
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round', visibility: 'none' },
      paint: {
        'line-color': theme.coverage.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 9, 10, 18],
        'line-opacity': 0.6,
      },
    },
    'border-casing',
  );
  let last = '';
  const sync = (): void => {
    const s = store.getState();
    const phases = s.data.dataset?.phases ?? [];
    // The window is half-open; its last day is end - 1.
    const phase = activePhase(phases, Math.ceil(s.time.window.end) - 1);
    const on = s.view.layers.coverage;
    const key = `${phase?.id}|${on}|${s.view.lang}`;
    if (key === last) return;
    last = key;
    map.setLayoutProperty(COVERAGE_LAYER, 'visibility', on && phase?.coverage === 'border' ? 'visible' : 'none');
    note.hidden = !on;
    const lang = s.view.lang;
    note.textContent = phase
      ? `${t(lang, 'cstoProgramme')} · ${markedText(phase, 'name', lang)} (${phase.start === phase.end ? phase.start : `${phase.start}–${phase.end}`}): ${markedText(phase, 'coverageNote', lang)}`
      : t(lang, 'noStageInForce');
    note.dataset['coverage'] = phase?.coverage ?? 'none';
  };
  sync();
  const unsub = watch(store, (s) => [s.time.window.end, s.view.layers.coverage, s.data.dataset, s.view.lang] as const, sync);
  return () => {
    unsub();
    if (map.getLayer(COVERAGE_LAYER)) map.removeLayer(COVERAGE_LAYER);
  };
}
