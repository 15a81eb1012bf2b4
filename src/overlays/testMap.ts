/**
 * Test fixtures for overlays (imported by tests only, never by the app): a map that records its
 * style and refuses what MapLibre refuses, a fake DOM just large enough for notes and icons, and
 * the committed data loaded from disk.
 */
import { readFileSync } from 'node:fs';
import type { AddLayerObject, FilterSpecification, MapGeoJSONFeature, SourceSpecification } from 'maplibre-gl';
import type { GeoBundle } from '../model/types';
import type { Dataset } from '../model/types';
import { parseDataset } from '../load/loadDataset';
import { readDatasetFiles, readGeoLookup } from '../load/readDatasetFiles';
import { labelPoints } from '../geo/labelPoints';
import { createAppStore, type AppStore } from '../state/appStore';
import { timelineBounds } from '../state/bounds';
import { buildStyle } from '../style/style';
import { briefingTheme } from '../style/theme';
import type { OverlayContext, OverlayMap } from './overlay';

type Listener = (e: never) => void;
type Layer = AddLayerObject & { source?: unknown; layout?: Record<string, unknown>; paint?: Record<string, unknown>; filter?: unknown };

/** What a recording map holds, in a form tests compare with `toEqual`. */
export interface MapSnapshot {
  sources: string[];
  layers: string[];
  images: string[];
  listeners: string[];
}

/** A map that keeps its style in memory, fails like MapLibre on a missing or duplicate id, and records every listener. */
export class RecordingMap implements OverlayMap {
  readonly sources = new Map<string, SourceSpecification & { data?: unknown }>();
  readonly layers: Layer[] = [];
  readonly images = new Set<string>();
  readonly listeners: Array<{ type: string; layer: string | null; fn: Listener }> = [];
  readonly canvas = { style: { cursor: '' } };
  repaints = 0;

  /** Starts from a style's sources and layers (the base style, as MapLibre would after `load`). */
  constructor(style?: { sources: Record<string, SourceSpecification>; layers: readonly AddLayerObject[] }) {
    for (const [id, s] of Object.entries(style?.sources ?? {})) this.addSource(id, s);
    for (const l of style?.layers ?? []) this.addLayer(l);
  }

  private layer(id: string): Layer {
    const l = this.layers.find((x) => x.id === id);
    if (!l) throw new Error(`no layer ${id}`);
    return l;
  }

  addSource(id: string, source: SourceSpecification): void {
    if (this.sources.has(id)) throw new Error(`source ${id} already exists`);
    this.sources.set(id, { ...source });
  }
  removeSource(id: string): void {
    if (!this.sources.has(id)) throw new Error(`no source ${id}`);
    const user = this.layers.find((l) => l.source === id);
    if (user) throw new Error(`source ${id} is still used by layer ${user.id}`);
    this.sources.delete(id);
  }
  getSource(id: string): object | undefined {
    const s = this.sources.get(id);
    return s && { setData: (data: unknown) => void (s.data = data) };
  }
  addLayer(layer: AddLayerObject, beforeId?: string): void {
    const l = layer as Layer;
    if (this.layers.some((x) => x.id === l.id)) throw new Error(`layer ${l.id} already exists`);
    if (l.type !== 'custom' && l.type !== 'background' && !this.sources.has(String(l.source)))
      throw new Error(`layer ${l.id} uses missing source ${String(l.source)}`);
    const at = beforeId === undefined ? this.layers.length : this.layers.findIndex((x) => x.id === beforeId);
    if (at < 0) throw new Error(`no layer ${String(beforeId)} to add ${l.id} before`);
    this.layers.splice(at, 0, structuredClone(l.type === 'custom' ? { id: l.id, type: l.type } : l) as Layer);
  }
  removeLayer(id: string): void {
    this.layers.splice(this.layers.indexOf(this.layer(id)), 1);
  }
  getLayer(id: string): object | undefined {
    return this.layers.find((x) => x.id === id);
  }
  getLayersOrder(): string[] {
    return this.layers.map((l) => l.id);
  }
  setLayoutProperty(id: string, name: string, value: unknown): void {
    const l = this.layer(id);
    l.layout = { ...l.layout, [name]: value };
  }
  setPaintProperty(id: string, name: string, value: unknown): void {
    const l = this.layer(id);
    l.paint = { ...l.paint, [name]: value };
  }
  setFilter(id: string, filter: FilterSpecification | null): void {
    this.layer(id).filter = filter;
  }
  addImage(id: string): void {
    if (this.images.has(id)) throw new Error(`image ${id} already exists`);
    this.images.add(id);
  }
  hasImage(id: string): boolean {
    return this.images.has(id);
  }
  removeImage(id: string): void {
    if (!this.images.delete(id)) throw new Error(`no image ${id}`);
  }
  on(type: string, a: unknown, b?: unknown): void {
    this.listeners.push({ type, layer: typeof a === 'string' ? a : null, fn: (b ?? a) as Listener });
  }
  off(type: string, a: unknown, b?: unknown): void {
    const layer = typeof a === 'string' ? a : null;
    const fn = b ?? a;
    const i = this.listeners.findIndex((x) => x.type === type && x.layer === layer && x.fn === fn);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  queryRenderedFeatures(): MapGeoJSONFeature[] {
    return [];
  }
  getCanvas(): { style: { cursor: string } } {
    return this.canvas;
  }
  getZoom(): number {
    return 6;
  }
  triggerRepaint(): void {
    this.repaints++;
  }
  /** A layer as the map holds it now. */
  spec(id: string): Layer {
    return this.layer(id);
  }
  snapshot(): MapSnapshot {
    return {
      sources: [...this.sources.keys()].sort(),
      layers: this.getLayersOrder(),
      images: [...this.images].sort(),
      listeners: this.listeners.map((l) => `${l.type}${l.layer ? `:${l.layer}` : ''}`).sort(),
    };
  }
}

/** A DOM element with just what the overlays' notes and panels and the icon canvases touch. */
class FakeElement {
  readonly children: FakeElement[] = [];
  readonly dataset: Record<string, string> = {};
  readonly style: Record<string, string> = {};
  readonly attributes = new Map<string, string>();
  parentElement: FakeElement | null = null;
  className = '';
  textContent = '';
  hidden = false;
  width = 0;
  height = 0;
  constructor(readonly tagName: string) {}
  setAttribute(k: string, v: string): void {
    this.attributes.set(k, v);
  }
  getAttribute(k: string): string | null {
    return this.attributes.get(k) ?? null;
  }
  append(...nodes: FakeElement[]): void {
    for (const n of nodes) {
      n.remove();
      n.parentElement = this;
      this.children.push(n);
    }
  }
  remove(): void {
    const p = this.parentElement;
    if (p) p.children.splice(p.children.indexOf(this), 1);
    this.parentElement = null;
  }
  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }
  removeChild(n: FakeElement): void {
    n.remove();
  }
  addEventListener(): void {}
  querySelector(): null {
    return null;
  }
  /** A 2D context that draws nothing and returns blank pixels. */
  getContext(): object {
    const blank = (w: number, h: number): object => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) });
    return new Proxy(
      {},
      { get: (_t, k) => (k === 'getImageData' ? (_x: number, _y: number, w: number, h: number) => blank(w, h) : () => {}) },
    );
  }
}

/** Listeners on the fake document (an overlay's panel closes on Escape). */
const documentListeners = new Set<unknown>();

/** Installs a minimal `document` and `window` for node tests (idempotent); returns a fresh element to hold an overlay's UI. */
export function fakeUi(): HTMLElement {
  const g = globalThis as unknown as Record<string, unknown>;
  g['document'] ??= {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => new FakeElement(`#text:${text}`),
    addEventListener: (_type: string, fn: unknown) => documentListeners.add(fn),
    removeEventListener: (_type: string, fn: unknown) => documentListeners.delete(fn),
  };
  g['window'] ??= { devicePixelRatio: 1 };
  return new FakeElement('div') as unknown as HTMLElement;
}

/** How many listeners the fake document holds. */
export const documentListenerCount = (): number => documentListeners.size;

/** The element's children, for counting what an overlay left behind. */
export const childrenOf = (el: HTMLElement): unknown[] => (el as unknown as FakeElement).children;

const DATA = new URL('../../data/', import.meta.url);

/** The committed geography, read from data/geo/. */
export function committedGeo(): GeoBundle {
  const read = (f: string): unknown => JSON.parse(readFileSync(new URL(`geo/${f}`, DATA), 'utf8'));
  return {
    border: read('border.geojson'),
    regions: read('regions.geojson'),
    countries: read('countries.geojson'),
    rivers: read('rivers.geojson'),
    places: read('places.geojson'),
    credits: read('sources.json'),
  } as GeoBundle;
}

/** The committed dataset, validated as the app loads it. */
export function committedDataset(): Dataset {
  const lookup = readGeoLookup(DATA);
  if (!lookup) throw new Error('data/geo is missing');
  const parsed = parseDataset(readDatasetFiles(DATA), lookup);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.dataset;
}

/** A store holding the committed data, a recording map on the base style and the context overlays are given. */
export function overlayFixture(): { store: AppStore; map: RecordingMap; ctx: OverlayContext } {
  const geo = committedGeo();
  const dataset = committedDataset();
  const store = createAppStore(timelineBounds(dataset));
  store.getState().setData(dataset, geo);
  const labels = labelPoints(geo);
  const style = buildStyle(briefingTheme, geo, labels, 'en');
  const map = new RecordingMap({ sources: style.sources as Record<string, SourceSpecification>, layers: style.layers });
  return { store, map, ctx: { theme: briefingTheme, geo, labels, ui: fakeUi() } };
}

/** Counts the store's live subscriptions (each subscribe not yet undone). */
export function countSubscriptions(store: AppStore): () => number {
  let live = 0;
  const subscribe = store.subscribe.bind(store) as (...args: unknown[]) => () => void;
  (store as unknown as { subscribe: (...args: unknown[]) => () => void }).subscribe = (...args) => {
    const unsub = subscribe(...args);
    live++;
    let done = false;
    return () => {
      if (!done) live--;
      done = true;
      unsub();
    };
  };
  return () => live;
}
