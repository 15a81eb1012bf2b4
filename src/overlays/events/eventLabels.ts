/**
 * The events' map labels, on a GeoJSON source of their own that holds only the labelled events
 * (those in the window, and the selected one): a window change then lays out just these labels
 * again in MapLibre's worker, not the tiles of every pin (the pins' source keeps circles only).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

export const EVENT_LABELS_SOURCE = 'event-labels';

/** What a label is made from: a pin's feature (see `eventPoints`). */
export type LabelSource = ReadonlyMap<string, Feature<Point, { id: string; title: string; dateLabel: string }>>;

export interface LabelProps {
  id: string;
  /** The date with its precision; for the selected event its title above it. */
  label: string;
}

/** Label features for `ids` (those without a pin are skipped), in the order given. */
export function labelFeatures(ids: readonly string[], pins: LabelSource, selectedId: string | null): FeatureCollection<Point, LabelProps> {
  const features: Array<Feature<Point, LabelProps>> = [];
  for (const id of ids) {
    const pin = pins.get(id);
    if (!pin) continue;
    const { title, dateLabel } = pin.properties;
    features.push({
      type: 'Feature',
      geometry: pin.geometry,
      properties: { id, label: id === selectedId ? `${title}\n${dateLabel}` : dateLabel },
    });
  }
  return { type: 'FeatureCollection', features };
}
