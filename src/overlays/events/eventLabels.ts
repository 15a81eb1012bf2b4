/**
 * The events' map labels: a symbol layer on the marks' own source (`EVENT_MARKS_SOURCE`), over the
 * pins' features, which carry the title and the date label. The window and the selection change
 * only that layer's filter and text field, so a window change re-tiles one source and builds no
 * label features (measured no faster than a labels source of its own: bench/README.md).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PointProps } from './eventFeatures';

/** The pins' properties a label is made from (see `eventPoints`). */
export type LabelledProps = Pick<PointProps, 'id' | 'title' | 'dateLabel'>;

/**
 * The label's text: the date with its precision, and for the selected event its title above it
 * (so a busy window stays legible).
 */
export function labelField(selectedId: string | null): ExpressionSpecification {
  const date: ExpressionSpecification = ['get', 'dateLabel'];
  if (selectedId === null) return date;
  return ['case', ['==', ['get', 'id'], selectedId], ['concat', ['get', 'title'], '\n', date], date];
}
