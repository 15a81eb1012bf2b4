/** Boot: data files → validated model → store (with URL state) → map, timeline and panels. */
import './styles.css';
import { fetchDefaultData, DataLoadError } from '../load/fetchDefault';
import { withExactGeo } from '../load/exactGeo';
import type { Dataset, GeoBundle } from '../model/types';
import { createAppStore, type AppStore } from '../state/appStore';
import { timelineBounds } from '../state/bounds';
import { recentWindow } from '../calendar/recentWindow';
import { startUrlSync } from '../state/url/urlSync';
import { createMap, type FrontierMap } from '../map/createMap';
import { mountTimeline, type TimelineHandle } from '../views/timeline/timeline';
import { mountTimelineControls } from '../views/timeline/controls';
import { startPlaybackDriver } from '../views/timeline/playback';
import { mountLegend, mountSideToggle } from '../views/panels/legend';
import { mountLoadNotice } from '../views/panels/loadNotice';
import { mountEventList } from '../views/panels/eventList';
import { mountFilterPanel } from '../views/panels/filterPanel';
import { mountTopbar } from '../views/panels/topbar';
import { attributionLines } from '../map/attribution';
import { h } from '../ui/dom';
import { prepareEmbed } from '../embed/mountEmbed';
import { mountDataButton } from '../views/dialogs/dataButton';
import { mountStaticLabels } from '../views/panels/staticLabels';
import { analysisButtons } from '../views/panels/analysisButtons';
import { mountOnDemand, mountOnFirstOpen } from './onDemand';
import { fetchEventTexts, langNeedsEventTexts, loadEventTexts, loadEventTextsWhenSearched, loadLanguage } from '../load/loadEventTexts';
import { withShippedTexts } from '../model/eventTexts';
import { isLang, type Lang } from '../i18n/langs';
import { loadLocale } from '../i18n/registry';
import type * as BenchHooks from '../../bench/hooks/benchApi';

type BenchApi = typeof BenchHooks;

/** Typed handle for browser tests and the benchmark (read-only use). */
export interface FrontierHandle {
  store: AppStore;
  map: FrontierMap['map'];
  timeline: TimelineHandle;
  ready: true;
  /** Switches the UI language as the language menu does: its strings load first, then the store follows. */
  chooseLang(lang: Lang): Promise<void>;
  /** Synthetic data and the naive baseline for browser tests and `npm run bench`: only in builds made with VITE_TEST_HOOKS=1. */
  bulk?: () => Promise<BenchApi>;
}
declare global {
  interface Window {
    __frontier?: FrontierHandle;
  }
}

function showFatal(err: unknown): void {
  const app = document.getElementById('app') ?? document.body;
  const details = err instanceof DataLoadError ? err.details : [];
  const box = h(
    'div',
    { class: 'fatal', role: 'alert' },
    h('h2', { text: 'Data could not be loaded' }),
    h('p', { text: err instanceof Error ? err.message : String(err) }),
  );
  if (details.length) box.append(h('ul', {}, ...details.slice(0, 50).map((d) => h('li', { text: d }))));
  app.prepend(box);
  console.error(err);
}

/** Runs `then` when the map has first drawn everything and the page has a moment to spare. */
function afterFirstIdle(map: FrontierMap['map'], then: () => void): void {
  const spare = (): void => void ('requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 2000 }) : setTimeout(then, 0));
  if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) spare();
  else map.once('idle', spare);
}

async function boot(geo: GeoBundle, dataset: Dataset): Promise<void> {
  const bounds = timelineBounds(dataset);
  const store = createAppStore(bounds);
  // A first visit opens on the latest months with incidents; a link's own window wins.
  const restored = startUrlSync(store, window, recentWindow(dataset.events, bounds));
  store.getState().setData(dataset, geo);

  const mapEl = document.getElementById('map') as HTMLElement;
  const side = document.getElementById('side') as HTMLElement;
  const legend = h('section', { class: 'legend', 'data-testid': 'legend' });
  const list = h('section', { class: 'events', 'data-testid': 'event-list' });
  const filters = h('section', { class: 'filters', 'data-testid': 'filters' });
  side.append(legend, filters, list);
  const panel = h('aside', { class: 'source-panel', id: 'source-panel', 'data-testid': 'source-panel', hidden: true });
  mapEl.parentElement?.append(panel);

  // Embed layout and the Briefing / Share / Export buttons (before anything measures the page).
  const embed = prepareEmbed(store, window);
  // Import / export dialog (its button joins the top bar) and translated static labels.
  const data = mountDataButton(store, window, { importing: embed.importing });
  mountStaticLabels(document, store);
  const analysis = analysisButtons(store);
  mountTopbar(document.getElementById('topbar') as HTMLElement, store, [...embed.topbarActions, ...analysis.buttons, data.button]);
  mountLegend(legend, store);
  mountFilterPanel(filters, store);
  // Where the side panel overlays the map (phone, embed), a button opens and closes it.
  mountSideToggle(mapEl.parentElement ?? mapEl, side, store, { embed: embed.options.embed, list: embed.options.controls.has('list') });
  mountEventList(list, store);
  // The source panel (with its report and article loaders) loads on the first selection, with the events' texts (summaries, notes, translated titles).
  mountOnFirstOpen(
    store,
    'sourcePanel',
    (s) => s.selection.panelOpen && s.selection.selectedId !== null,
    panel,
    () => Promise.all([import('../views/panels/sourcePanel'), loadEventTexts(store)]).then(([m]) => m.mountSourcePanel),
    // After a failed load, the next event picked — the same one clicked again included — tries again.
    (s) => s.selection,
  );
  loadEventTextsWhenSearched(store);
  const tl = document.getElementById('timeline') as HTMLElement;
  // The along-the-border chart (above the timeline) and the comparison (over the map) load when opened.
  const borderChart = h('section', { class: 'border-chart', id: 'border-chart', 'data-testid': 'border-chart', hidden: true });
  tl.before(borderChart);
  mountOnDemand(
    store,
    'borderChart',
    (s) => s.analysis.borderChart,
    borderChart,
    // Both measure along the border: the exact geography loads with them.
    () => Promise.all([import('../views/borderChart/borderChart'), withExactGeo(store)]).then(([m]) => m.mountBorderChart),
    () => store.getState().setBorderChart(false),
  );
  const compare = h('aside', { class: 'compare-panel', 'data-testid': 'compare-panel', hidden: true });
  mapEl.parentElement?.append(compare);
  // Names a part that failed to load on first use (a panel, a dialog, a language), over the map.
  mountLoadNotice(mapEl, store);
  mountOnDemand(
    store,
    'compare',
    (s) => s.analysis.compare !== null,
    compare,
    () => Promise.all([import('../views/panels/comparePanel'), withExactGeo(store)]).then(([m]) => m.mountComparePanel),
    () => store.getState().setCompare(null),
  );
  const controls = h('div', {});
  const chart = h('div', { class: 'tl-chart' });
  tl.append(controls, chart);
  mountTimelineControls(controls, store);
  const timeline = mountTimeline({ container: chart, store });
  startPlaybackDriver(store);

  const fm = await createMap({
    container: mapEl,
    store,
    geo,
    attribution: (lang) => attributionLines(geo, dataset, lang),
    restoreCamera: restored.camera,
    embed: embed.options.embed,
  });
  embed.start({ map: fm.map, dataset, mapParent: mapEl.parentElement ?? mapEl, measure: document.getElementById('app') ?? document.body });
  // The timeline's pointer gestures load at their first use or, failing that, once the first view is drawn.
  afterFirstIdle(fm.map, () => void timeline.loadGestures().catch(() => undefined));
  const chooseLang = (lang: Lang): Promise<void> => loadLanguage(store, lang).then(() => store.getState().setLang(lang));
  // A briefing step link is ready once its step is on show (the presenter loads on demand).
  await embed.settled();
  window.__frontier = { store, map: fm.map, timeline, ready: true, chooseLang };
  // Vite replaces the variable at build time, so a production build drops the hook and its chunk.
  if (import.meta.env.VITE_TEST_HOOKS === '1') window.__frontier.bulk = () => import('../../bench/hooks/benchApi');
  document.body.dataset['ready'] = 'true';
  data.loadFromUrl().catch((e: unknown) => console.error("Frontier Map: the URL's data file failed to load", e));
}

// The URL's language loads with the data, so the first render is already in it — its strings and,
// in another language than English, the events' translated titles (an invalid value is left to the
// URL parser, which warns and falls back to English).
const urlLang = new URLSearchParams(window.location.search).get('lang');
const bootLang = isLang(urlLang) ? urlLang : null;
Promise.all([
  fetchDefaultData(),
  bootLang ? loadLocale(bootLang) : null,
  bootLang && langNeedsEventTexts(bootLang) ? fetchEventTexts() : null,
])
  .then(([{ geo, dataset }, , texts]) => boot(geo, texts ? withShippedTexts(dataset, texts) : dataset))
  .catch(showFatal);
