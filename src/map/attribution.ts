/** The attribution line, generated from the data's own credits (data/geo/sources.json + articles). */
import { AttributionControl, type Map as MlMap } from 'maplibre-gl';
import type { Dataset, GeoBundle } from '../model/types';
import type { AppStore } from '../state/appStore';
import type { Lang } from '../i18n/langs';
import { t } from '../i18n/strings';

/** What the events rest on, in `lang`: the bundled articles and the cited reports, counted from the data. */
export function eventCredits(dataset: Pick<Dataset, 'sources' | 'reportIndex'>, lang: Lang): string | null {
  const articles = dataset.sources.length;
  const reports = dataset.reportIndex.length;
  if (!articles && !reports) return null;
  const key = !reports ? 'creditsArticles' : !articles ? 'creditsReports' : 'creditsArticlesReports';
  return t(lang, key).replace('{articles}', String(articles)).replace('{reports}', String(reports));
}

/** One entry per dataset (name, licence, attribution), then the event sources in `lang`. */
export function attributionLines(geo: GeoBundle, dataset: Dataset, lang: Lang): string[] {
  // Each credit's attribution text already names its licence; identical lines are shown once.
  const lines = [...new Set(geo.credits.map((c) => c.attribution))];
  const events = eventCredits(dataset, lang);
  if (events) lines.push(events);
  return lines;
}

/** Where the credits fold into MapLibre's ⓘ button: a small map (phone, small window) or any embed. */
export function wantsCompactAttribution(width: number, height: number, embed: boolean): boolean {
  return embed || width <= 640 || height <= 500;
}

/**
 * Adds the attribution control: full text on a roomy map, MapLibre's compact ⓘ (folded at first;
 * one tap shows every credit) on a small one or in an embed. The control is swapped when a resize
 * crosses the threshold (after the resize event, see below) or the UI language changes. Exports draw
 * their own credits and do not read this control. Returns its teardown.
 */
export function mountAttribution(map: MlMap, lines: (lang: Lang) => readonly string[], embed: boolean, store: AppStore): () => void {
  let compact: boolean | null = null;
  let lang: Lang | null = null;
  let control: AttributionControl | null = null;
  const update = (): void => {
    const el = map.getContainer();
    const want = wantsCompactAttribution(el.clientWidth, el.clientHeight, embed);
    const now = store.getState().view.lang;
    if (want === compact && now === lang) return;
    compact = want;
    lang = now;
    if (control) map.removeControl(control);
    control = new AttributionControl({ compact: want, customAttribution: [...lines(now)] });
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
  // The events' credits are in the UI language.
  const unsub = store.subscribe((st) => st.view.lang, update);
  return () => {
    live = false;
    unsub();
    map.off('resize', onResize);
    if (control) map.removeControl(control);
  };
}
