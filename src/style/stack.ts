/**
 * The map's layer stack as named slots, bottom to top. Overlays interleave with the base style
 * (a region's fill sits under the country outlines, its label on top of every event pin), so each
 * layer names the slot it belongs in; a layer added later goes to the top of its slot. Overlays
 * mounted in registry order therefore draw in registry order within a slot.
 */
import type { AddLayerObject, LayerSpecification } from 'maplibre-gl';

export const SLOTS = [
  /** The background and the country fills. */
  'land',
  /** Region fills and outlines. */
  'area',
  /** Country outlines. */
  'boundary',
  /** Rivers. */
  'water',
  /** Wide translucent bands along the border (programme coverage). */
  'band',
  /** Highlights of the border line (events located on the border). */
  'highlight',
  /** The border itself, casing and line. */
  'border',
  /** Country and river names. */
  'basemap-label',
  /** Settlement dots. */
  'place',
  /** Marks beneath the pins: hatched areas, then the bulk points. */
  'area-mark',
  /** Pins, rings, the selection, event labels, crossings. */
  'mark',
  /** Region names. */
  'area-label',
  /** Settlement names, drawn last so they are placed first and never lose a collision to a pin's label. */
  'place-label',
] as const;
export type Slot = (typeof SLOTS)[number];

/** A declared layer: a MapLibre layer that names its slot in `metadata`. */
export type SlottedLayer = LayerSpecification & { metadata: { slot: Slot } };

/** Puts `spec` in `slot`. */
export function inSlot(slot: Slot, spec: LayerSpecification): SlottedLayer {
  return { ...spec, metadata: { slot } } as SlottedLayer;
}

/** The slot a declared layer names, or null for a layer without one. */
export function slotOfSpec(layer: unknown): Slot | null {
  const meta = (layer as { metadata?: { slot?: unknown } } | undefined)?.metadata;
  const slot = meta?.slot;
  return (SLOTS as readonly unknown[]).includes(slot) ? (slot as Slot) : null;
}

/** The map operations placing a layer needs. */
export interface StackMap {
  addLayer(layer: AddLayerObject, beforeId?: string): unknown;
  getLayer(id: string): object | undefined;
  getLayersOrder(): string[];
}

/** Slots of layers that cannot carry metadata (custom WebGL layers), per map. */
const customSlots = new WeakMap<object, Map<string, Slot>>();

function slotOf(map: StackMap, id: string): Slot | null {
  return customSlots.get(map)?.get(id) ?? slotOfSpec(map.getLayer(id));
}

/** Adds `layer` at the top of `slot` (a declared layer's own slot by default): below the first layer of any higher slot. */
export function placeLayer(map: StackMap, layer: AddLayerObject, slot: Slot | null = slotOfSpec(layer)): void {
  if (slot === null) throw new Error(`layer ${layer.id} names no slot`);
  const rank = SLOTS.indexOf(slot);
  const before = map.getLayersOrder().find((id) => {
    const s = slotOf(map, id);
    return s !== null && SLOTS.indexOf(s) > rank;
  });
  map.addLayer(layer, before);
  if (layer.type === 'custom') {
    const table = customSlots.get(map) ?? new Map<string, Slot>();
    table.set(layer.id, slot);
    customSlots.set(map, table);
  }
}

/** Forgets a custom layer's slot once it has been removed. */
export function forgetLayer(map: StackMap, id: string): void {
  customSlots.get(map)?.delete(id);
}
