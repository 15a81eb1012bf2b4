/** The attribution line, generated from the data's own credits (data/geo/sources.json + articles). */
import { AttributionControl, type Map as MlMap } from 'maplibre-gl';
import type { Dataset, GeoBundle } from '../model/types';

/** One entry per dataset (name, licence, attribution), then the event sources. */
export function attributionLines(geo: GeoBundle, dataset: Dataset): string[] {
  // Each credit's attribution text already names its licence; identical lines are shown once.
  const lines = [...new Set(geo.credits.map((c) => c.attribution))];
  if (dataset.sources.length) lines.push(`Events: ${dataset.sources.length} news articles, quoted in the source panel`);
  return lines;
}

/** Where the credits fold into MapLibre's ⓘ button: a small map (phone, small window) or any embed. */
export function wantsCompactAttribution(width: number, height: number, embed: boolean): boolean {
  return embed || width <= 640 || height <= 500;
}

/**
 * Adds the attribution control: full text on a roomy map, MapLibre's compact ⓘ (folded at first;
 * one tap shows every credit) on a small one or in an embed. The control is swapped when a resize
 * crosses the threshold (after the resize event, see below). Exports draw their own credits and do
 * not read this control. Returns its teardown.
 */
export function mountAttribution(map: MlMap, lines: readonly string[], embed: boolean): () => void {
  let compact: boolean | null = null;
  let control: AttributionControl | null = null;
  const update = (): void => {
    const el = map.getContainer();
    const want = wantsCompactAttribution(el.clientWidth, el.clientHeight, embed);
    if (want === compact) return;
    compact = want;
    if (control) map.removeControl(control);
    control = new AttributionControl({ compact: want, customAttribution: [...lines] });
    map.addControl(control, 'bottom-right');
    // MapLibre opens a compact attribution until the first drag; start it folded so it covers only its button.
    if (want) map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  };
  update();
  // The swap waits until the resize event has been dispatched: MapLibre calls the listeners it had
  // when the event fired, so a control removed from within it would still get its resize call.
  let live = true;
  const onResize = (): void => queueMicrotask(() => live && update());
  map.on('resize', onResize);
  return () => {
    live = false;
    map.off('resize', onResize);
    if (control) map.removeControl(control);
  };
}
