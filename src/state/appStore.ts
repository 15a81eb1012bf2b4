/**
 * The one application store (zustand vanilla + subscribeWithSelector), built from slices.
 * Views read through selectors and write only through these actions; they never call each other.
 */
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Dataset, GeoBundle, Report } from '../model/types';
import { withShippedTexts, type ShippedTexts } from '../model/eventTexts';
import { clampWindow, type PlayMode, type TimeWindow } from '../calendar/window';
import type { BulkSet } from '../overlays/bulk/types';
import { BASE_LANG, type Lang } from '../i18n/langs';
import { noImports, type ImportState } from './imports';
import { noAnalysis, type AnalysisState, type ComparePeriods } from './analysis';
import { defaultLayers, type LayerId } from '../overlays/registry';
import { NO_FILTERS, withFilter, type FilterDef, type FilterValues } from '../filters/filterDef';

export type { Lang };
/** Layer ids (URL `layers=`, host API `setLayers`) are the ids of the overlays in the registry that have their own toggle. */
export { LAYER_IDS, defaultLayers, type LayerId } from '../overlays/registry';
export { watch } from './watch';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Playback speeds offered in the UI, in days of data per second of wall time. */
export const SPEEDS: readonly number[] = [1, 7, 30, 90, 365];

export interface TimeState {
  /** The full extent the timeline covers (2013 decision → end of stage 3). */
  bounds: TimeWindow;
  window: TimeWindow;
  playing: boolean;
  speed: number;
  mode: PlayMode;
  /** Show out-of-window events faded instead of hidden. */
  showContext: boolean;
}

export interface SelectionState {
  selectedId: string | null;
  panelOpen: boolean;
}

export interface ViewState {
  camera: Camera;
  layers: Record<LayerId, boolean>;
  lang: Lang;
}

export interface DataState {
  dataset: Dataset | null;
  geo: GeoBundle | null;
  /** Last load/validation problem shown to the user; data on screen is kept when set. */
  loadError: string | null;
  /** A large import drawn by the GPU layer (src/bulk/), or null. */
  bulk: BulkSet | null;
  /** The on-demand part whose code or data last failed to arrive (shown until it loads or is dismissed). */
  failedPart: OnDemandPart | null;
}

/** What loads on first use rather than with the default view; a failed load is reported by name. */
export type OnDemandPart =
  | 'sourcePanel'
  | 'borderChart'
  | 'compare'
  | 'dataDialog'
  | 'shareDialog'
  | 'exportDialog'
  | 'exportExtras'
  | 'briefing'
  | 'language'
  | 'density'
  | 'timelineGestures';

export interface AppState {
  time: TimeState;
  selection: SelectionState;
  view: ViewState;
  data: DataState;
  imports: ImportState;
  analysis: AnalysisState;
  /** Every active filter's value by filter id (src/filters/); absent = that filter is off. */
  filters: FilterValues;
}

export interface AppActions {
  setWindow(w: TimeWindow): void;
  setPlaying(playing: boolean): void;
  setSpeed(daysPerSecond: number): void;
  setMode(mode: PlayMode): void;
  setShowContext(on: boolean): void;
  select(id: string | null, openPanel?: boolean): void;
  closePanel(): void;
  setCamera(c: Camera): void;
  setLayer(id: LayerId, visible: boolean): void;
  setLang(lang: Lang): void;
  setData(dataset: Dataset, geo: GeoBundle): void;
  /** Replaces the geography (the exact file, loaded on demand by `load/exactGeo.ts`, for the light one); the dataset stays. */
  setGeo(geo: GeoBundle): void;
  /** Puts the cited reports, loaded on demand (`load/reports.ts`), into the dataset on screen and an import's baseline. */
  setReports(reports: Report[]): void;
  /** Gives the bundled articles their texts, loaded on demand (`load/sourceTexts.ts`, by file name), in the dataset on screen and an import's baseline. */
  setSourceTexts(byFile: ReadonlyMap<string, string>): void;
  /** Gives the shipped events their texts and the posts their notes, loaded on demand (`load/loadEventTexts.ts`), in the dataset on screen and an import's baseline. */
  setShippedTexts(texts: ShippedTexts): void;
  setLoadError(message: string | null): void;
  /** `part` failed to load (`failed`), or loaded after all: the notice clears if it named `part`. */
  setPartFailed(part: OnDemandPart, failed: boolean): void;
  dismissPartFailed(): void;
  setBulk(bulk: BulkSet | null): void;
  /** Records what an import put on screen (the dataset itself changes through setData/setBulk). */
  setImports(imports: ImportState): void;
  /** Sets one filter (an inactive value turns it off). */
  setFilter<T>(def: FilterDef<T>, value: T): void;
  /** Replaces every filter (a briefing step, a host command, "clear all" with NO_FILTERS). */
  setFilters(values: FilterValues): void;
  /** Replaces every field a URL can carry in one update (so subscribers see one change). */
  applyUrlState(s: UrlState): void;
  /** Two periods to compare (null ends the comparison); each is kept inside the timeline bounds. */
  setCompare(periods: ComparePeriods | null): void;
  setBorderChart(open: boolean): void;
  /** The event under the pointer in any view (null when none). */
  hover(id: string | null): void;
  /** The border columns of `set` have been measured (ignored unless it is the set on screen). */
  bulkMeasured(set: BulkSet): void;
}

/** The part of the state that lives in the URL. */
export interface UrlState {
  window: TimeWindow;
  selectedId: string | null;
  camera: Camera;
  layers: Record<LayerId, boolean>;
  lang: Lang;
  mode: PlayMode;
  speed: number;
  showContext: boolean;
  filters: FilterValues;
}

export type AppStore = Mutate<StoreApi<AppState & AppActions>, [['zustand/subscribeWithSelector', never]]>;

export const DEFAULT_CAMERA: Camera = { center: [71.35, 37.65], zoom: 6.3, bearing: 0, pitch: 0 };

/** Initial state for the given timeline bounds; the window starts as the whole range. */
export function initialState(bounds: TimeWindow): AppState {
  return {
    time: { bounds, window: { ...bounds }, playing: false, speed: 30, mode: 'window', showContext: false },
    selection: { selectedId: null, panelOpen: false },
    view: { camera: { ...DEFAULT_CAMERA }, layers: defaultLayers(), lang: BASE_LANG },
    data: { dataset: null, geo: null, loadError: null, bulk: null, failedPart: null },
    imports: noImports(),
    analysis: noAnalysis(),
    filters: NO_FILTERS,
  };
}

/** `d` with every source that lacks its text given the one `byFile` has for its file; `d` itself when none changes. */
function withTexts(d: Dataset | null, byFile: ReadonlyMap<string, string>): Dataset | null {
  if (!d) return d;
  let changed = false;
  const sources = d.sources.map((src) => {
    const text = src.text === undefined ? byFile.get(src.file) : undefined;
    if (text === undefined) return src;
    changed = true;
    return { ...src, text };
  });
  return changed ? { ...d, sources } : d;
}

/**
 * What loads on demand goes into the dataset on screen and an import's baseline alike, so removing
 * the import keeps it. The state is unchanged when `add` changes neither: no view re-renders for nothing.
 */
function onDatasets(s: AppState, add: (d: Dataset | null) => Dataset | null): AppState | Partial<AppState> {
  const dataset = add(s.data.dataset);
  const baseline = add(s.imports.baseline);
  if (dataset === s.data.dataset && baseline === s.imports.baseline) return s;
  return { data: { ...s.data, dataset }, imports: baseline === s.imports.baseline ? s.imports : { ...s.imports, baseline } };
}

/** Creates a fresh store; each test and each page makes its own. */
export function createAppStore(bounds: TimeWindow): AppStore {
  const base = initialState(bounds);
  return createStore<AppState & AppActions>()(
    subscribeWithSelector((set) => ({
      ...base,
      setWindow: (w) => set((s) => ({ time: { ...s.time, window: clampWindow(w, s.time.bounds) } })),
      setPlaying: (playing) => set((s) => ({ time: { ...s.time, playing } })),
      setSpeed: (speed) => set((s) => ({ time: { ...s.time, speed } })),
      setMode: (mode) => set((s) => ({ time: { ...s.time, mode } })),
      setShowContext: (showContext) => set((s) => ({ time: { ...s.time, showContext } })),
      select: (selectedId, openPanel = true) => set(() => ({ selection: { selectedId, panelOpen: selectedId !== null && openPanel } })),
      closePanel: () => set((s) => ({ selection: { ...s.selection, panelOpen: false } })),
      setCamera: (camera) => set((s) => ({ view: { ...s.view, camera } })),
      setLayer: (id, visible) => set((s) => ({ view: { ...s.view, layers: { ...s.view.layers, [id]: visible } } })),
      setLang: (lang) => set((s) => ({ view: { ...s.view, lang } })),
      setData: (dataset, geo) => set((s) => ({ data: { ...s.data, dataset, geo, loadError: null } })),
      setGeo: (geo) => set((s) => ({ data: { ...s.data, geo } })),
      setReports: (reports) => set((s) => onDatasets(s, (d) => (d && !d.reports ? { ...d, reports } : d))),
      setSourceTexts: (byFile) => set((s) => onDatasets(s, (d) => withTexts(d, byFile))),
      setShippedTexts: (texts) => set((s) => onDatasets(s, (d) => withShippedTexts(d, texts))),
      setLoadError: (loadError) => set((s) => ({ data: { ...s.data, loadError } })),
      setPartFailed: (part, failed) =>
        set((s) => {
          const failedPart = failed ? part : s.data.failedPart === part ? null : s.data.failedPart;
          return failedPart === s.data.failedPart ? s : { data: { ...s.data, failedPart } };
        }),
      dismissPartFailed: () => set((s) => (s.data.failedPart === null ? s : { data: { ...s.data, failedPart: null } })),
      setBulk: (bulk) => set((s) => ({ data: { ...s.data, bulk } })),
      setImports: (imports) => set(() => ({ imports })),
      setCompare: (periods) =>
        set((s) => ({
          analysis: {
            ...s.analysis,
            compare: periods && { a: clampWindow(periods.a, s.time.bounds), b: clampWindow(periods.b, s.time.bounds) },
          },
        })),
      setBorderChart: (borderChart) => set((s) => ({ analysis: { ...s.analysis, borderChart } })),
      hover: (hoveredId) => set((s) => (s.analysis.hoveredId === hoveredId ? {} : { analysis: { ...s.analysis, hoveredId } })),
      bulkMeasured: (measuredBulk) => set((s) => (s.data.bulk === measuredBulk ? { analysis: { ...s.analysis, measuredBulk } } : {})),
      setFilter: (def, value) => set((s) => ({ filters: withFilter(s.filters, def, value) })),
      setFilters: (filters) => set(() => ({ filters })),
      applyUrlState: (u) =>
        set((s) => ({
          time: {
            ...s.time,
            window: clampWindow(u.window, s.time.bounds),
            mode: u.mode,
            speed: u.speed,
            showContext: u.showContext,
          },
          selection: { selectedId: u.selectedId, panelOpen: u.selectedId !== null },
          view: { camera: u.camera, layers: u.layers, lang: u.lang },
          filters: u.filters,
        })),
    })),
  );
}
