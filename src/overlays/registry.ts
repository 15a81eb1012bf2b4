/**
 * Every overlay, once. The map mounts them in this order (so within a slot of the stack they draw
 * in this order); the legend lists their entries and toggles in this order; the layer ids of the
 * URL and the host API are the ids of the overlays with their own toggle. A new overlay is its
 * module plus, here, its import and one entry in the list.
 */
import type { AppState, Lang } from '../state/appStore';
import type { Theme } from '../style/theme';
import type { MapImage } from '../style/icons';
import { bulkOverlay } from './bulk/bulkOverlay';
import { coverageOverlay } from './coverage/coverageOverlay';
import { densityOverlay } from './density/densityOverlay';
import { eventsOverlay } from './events/eventsOverlay';
import { outpostsOverlay } from './outposts/outpostsOverlay';
import { placesOverlay } from './places/placesOverlay';
import { regionsOverlay } from './regions/regionsOverlay';
import { riversOverlay } from './rivers/riversOverlay';
import { hasOwnToggle, type AnyOverlay, type LegendEntry, type OwnToggle } from './overlay';

/** The overlays in order. Add a new one here: its toggle, legend, layers and layer id follow. */
const overlays = [
  eventsOverlay,
  bulkOverlay,
  outpostsOverlay,
  coverageOverlay,
  placesOverlay,
  regionsOverlay,
  riversOverlay,
  densityOverlay,
] as const;

/** A layer id of the URL and the host API: an overlay with its own toggle. */
export type LayerId = Extract<(typeof overlays)[number], { readonly toggle: OwnToggle }>['id'];

export interface LayerToggle<Id extends string = LayerId> {
  id: Id;
  label: OwnToggle['label'];
  visible: boolean;
}

/** What the rest of the app reads from a list of overlays. */
export interface Registry<Id extends string> {
  OVERLAYS: readonly AnyOverlay[];
  /** One per overlay with its own toggle, in order (the legend's checkboxes). */
  LAYER_TOGGLES: readonly LayerToggle<Id>[];
  /** The layer ids of the URL (`layers=`) and the host API (`setLayers`). */
  LAYER_IDS: readonly Id[];
  /** Each layer's visibility when the URL does not say otherwise. */
  defaultLayers(): Record<Id, boolean>;
}

/** The registry of `list`: everything derived from it, in one place (tests build one with an extra overlay). */
export function registryOf<Id extends string>(list: readonly AnyOverlay[]): Registry<Id> {
  const toggles = list.filter(hasOwnToggle).map((o) => ({ id: o.id as Id, label: o.toggle.label, visible: o.toggle.visible }));
  return {
    OVERLAYS: list,
    LAYER_TOGGLES: toggles,
    LAYER_IDS: toggles.map((t) => t.id),
    defaultLayers: () => Object.fromEntries(toggles.map((t) => [t.id, t.visible])) as Record<Id, boolean>,
  };
}

export const { OVERLAYS, LAYER_TOGGLES, LAYER_IDS, defaultLayers } = registryOf<LayerId>(overlays);

/** Whether an overlay shows: its own toggle, or the toggle it follows. */
export function overlayShown(o: AnyOverlay, layers: Readonly<Record<string, boolean>>): boolean {
  return layers['label' in o.toggle ? o.id : o.toggle.follows] === true;
}

/** Legend entries of `overlays` in order; `visibleOnly` keeps those of overlays shown now (the exported image). */
export function overlayLegend(
  overlays: readonly AnyOverlay[],
  theme: Theme,
  lang: Lang,
  state: AppState,
  visibleOnly: boolean,
): LegendEntry[] {
  return overlays.filter((o) => !visibleOnly || overlayShown(o, state.view.layers)).flatMap((o) => o.legend(theme, lang, state));
}

/** Every image the overlays' layers use (an off-screen copy of the style needs them all). */
export function overlayImages(overlays: readonly AnyOverlay[], theme: Theme): MapImage[] {
  return overlays.flatMap((o) => o.images(theme));
}
