/**
 * The events' map labels: a symbol layer on the marks' own source (`EVENT_MARKS_SOURCE`), over the
 * pins' features, which carry the title and the date label. The window and the selection change
 * only that layer's filter and text field, so a window change re-tiles one source: MapLibre's
 * worker returns the new pins and their labels together, one round trip (a labels source of its
 * own was a second one, and a later frame: bench/README.md).
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** The pins' properties a label is made from (see `eventPoints`). */
export interface LabelledProps {
  id: string;
  /** The title as a map label. */
  title: string;
  /** The date with its precision ("Nov 2025"). */
  dateLabel: string;
}

/**
 * The label's text: the date with its precision, and for the selected event its title above it
 * (so a busy window stays legible).
 */
export function labelField(selectedId: string | null): ExpressionSpecification {
  const date: ExpressionSpecification = ['get', 'dateLabel'];
  if (selectedId === null) return date;
  return ['case', ['==', ['get', 'id'], selectedId], ['concat', ['get', 'title'], '\n', date], date];
}
