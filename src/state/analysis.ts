/**
 * The analysis slice's state: two periods compared, whether the along-the-border chart is open,
 * the event under the pointer in any view, and which large import has its border columns
 * measured. The first two live in the URL (`url/analysisUrl.ts`); the others do not. The border
 * stretch brushed on the chart is a filter like any other (src/filters/defs/stretch.ts).
 */
import type { TimeWindow } from '../calendar/window';
import type { BulkSet } from '../overlays/bulk/types';

/** Period A and period B (half-open day windows, as the time window). */
export interface ComparePeriods {
  a: TimeWindow;
  b: TimeWindow;
}

export interface AnalysisState {
  /** The periods compared on the map and in the compare table; null = no comparison. */
  compare: ComparePeriods | null;
  /** The along-the-border chart is open. */
  borderChart: boolean;
  /** The event under the pointer in the chart, the list or the map: highlighted in each. */
  hoveredId: string | null;
  /**
   * The bulk set whose border columns (distance, bank, km along) have arrived from the worker's
   * second pass; until it is the set on screen, the border filters match none of its records.
   */
  measuredBulk: BulkSet | null;
}

export const noAnalysis = (): AnalysisState => ({ compare: null, borderChart: false, hoveredId: null, measuredBulk: null });
