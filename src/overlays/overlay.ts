/**
 * What a map overlay is: one module that declares its sources, its layers (pure: theme tokens and
 * language → layer specs), its images and its legend, and adds itself to a map with a teardown
 * that undoes everything it did. The registry lists overlays; the map, the legend, the layer
 * toggles, the URL, the host API, the style tests and the image export all read it.
 */
import type {
  AddLayerObject,
  FilterSpecification,
  MapGeoJSONFeature,
  MapLayerMouseEvent,
  MapMouseEvent,
  PointLike,
  SourceSpecification,
} from 'maplibre-gl';
import type { GeoBundle } from '../model/types';
import type { LabelPoints } from '../geo/labelPoints';
import type { StringKey } from '../i18n/strings';
import type { AppState, AppStore, Lang } from '../state/appStore';
import type { Theme } from '../style/theme';
import type { ImageMap, MapImage } from '../style/icons';
import type { SlottedLayer, StackMap } from '../style/stack';

/** The part of a MapLibre map overlays use: a `maplibregl.Map` is one, and so is the tests' recording map. */
export interface OverlayMap extends StackMap, ImageMap {
  addSource(id: string, source: SourceSpecification): unknown;
  removeSource(id: string): unknown;
  getSource(id: string): object | undefined;
  addLayer(layer: AddLayerObject, beforeId?: string): unknown;
  removeLayer(id: string): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
  setPaintProperty(layer: string, name: string, value: unknown): unknown;
  setFilter(layer: string, filter: FilterSpecification | null): unknown;
  on(type: 'click', listener: (e: MapMouseEvent) => void): unknown;
  on(type: 'mouseenter' | 'mouseleave', layer: string, listener: (e: MapLayerMouseEvent) => void): unknown;
  off(type: 'click', listener: (e: MapMouseEvent) => void): unknown;
  off(type: 'mouseenter' | 'mouseleave', layer: string, listener: (e: MapLayerMouseEvent) => void): unknown;
  queryRenderedFeatures(point: PointLike, options: { layers: string[] }): MapGeoJSONFeature[];
  getCanvas(): { style: { cursor: string } };
  getZoom(): number;
  triggerRepaint(): void;
}

/** What every overlay is given: fixed for the life of a map. */
export interface OverlayContext {
  theme: Theme;
  geo: GeoBundle;
  /** Label anchors computed once from `geo`. */
  labels: LabelPoints;
  /** The element around the map, where an overlay puts its on-map notes and panels. */
  ui: HTMLElement;
}

/** An overlay with its own toggle in the legend: its id is a layer id of the URL (`layers=`) and the host API (`setLayers`). */
export interface OwnToggle {
  label: StringKey;
  /** Shown when the URL does not say otherwise. */
  visible: boolean;
}

/** An overlay shown and hidden by another overlay's toggle (the bulk points follow `events`); it has no layer id of its own. */
export interface SharedToggle {
  follows: string;
}

/** A legend symbol, drawn as a swatch in the legend panel and on the canvas of the exported image. */
export type LegendSymbol =
  | { shape: 'dot'; color: string }
  | { shape: 'ring'; color: string }
  | { shape: 'hatch'; color: string }
  | { shape: 'diamond'; color: string }
  /** A `color` diamond with an `inner` dot (the map's "in both compared periods"). */
  | { shape: 'pair'; color: string; inner: string }
  /** A border post: a dark square in a dashed ring (its site approximate). */
  | { shape: 'post'; color: string }
  /** A line `width` CSS pixels thick at `opacity`. */
  | { shape: 'line'; color: string; width: number; opacity: number };

export interface LegendEntry {
  /** Stable id (`data-legend` in the panel). */
  id: string;
  symbol: LegendSymbol;
  label: string;
  /** A second line in the panel, appended after a colon in the image; `class` styles it. */
  detail?: { text: string; class: string };
  /** The label in the exported image, where it differs from the panel's. */
  slideLabel?: string;
}

export interface Overlay<Id extends string = string, T extends OwnToggle | SharedToggle = OwnToggle | SharedToggle> {
  readonly id: Id;
  readonly toggle: T;
  /** Sources the overlay adds, from the geography and the state when it is added. */
  sources(ctx: OverlayContext, state: AppState): Record<string, SourceSpecification>;
  /** Its layers in the order they draw, each in a slot of the stack. Pure. */
  layers(theme: Theme, lang: Lang): SlottedLayer[];
  /** Icons and patterns its layers use. */
  images(theme: Theme): MapImage[];
  /** Legend entries, in order; the exported image shows them while the overlay is visible. */
  legend(theme: Theme, lang: Lang, state: AppState): LegendEntry[];
  /** Adds sources, images and layers, keeps them in sync with the store; the teardown removes exactly that. */
  add(map: OverlayMap, store: AppStore, ctx: OverlayContext): () => void;
}

/** Any overlay, whatever its id and toggle. */
export type AnyOverlay = Overlay<string, OwnToggle | SharedToggle>;

export const hasOwnToggle = (o: AnyOverlay): o is Overlay<string, OwnToggle> => 'label' in o.toggle;
