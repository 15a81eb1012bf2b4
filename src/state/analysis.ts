/**
 * The analysis slice's state: two periods compared, the border stretch brushed on the
 * along-the-border chart, whether that chart is open, and the event under the pointer in any view.
 * The first three live in the URL (`url/analysisUrl.ts`); the hover does not.
 */
import type { TimeWindow } from '../calendar/window';

/** A stretch of the border, in km along it from the Uzbek tripoint (west); `fromKm` ≤ `toKm`. */
export interface AlongRange {
  fromKm: number;
  toKm: number;
}

/** Period A and period B (half-open day windows, as the time window). */
export interface ComparePeriods {
  a: TimeWindow;
  b: TimeWindow;
}

export interface AnalysisState {
  /** The periods compared on the map and in the compare table; null = no comparison. */
  compare: ComparePeriods | null;
  /** The border-stretch filter (from the chart's brush); null = the whole border. */
  stretch: AlongRange | null;
  /** The along-the-border chart is open. */
  borderChart: boolean;
  /** The event under the pointer in the chart, the list or the map: highlighted in each. */
  hoveredId: string | null;
}

export const noAnalysis = (): AnalysisState => ({ compare: null, stretch: null, borderChart: false, hoveredId: null });

/** True when `km` lies in the stretch (inclusive; a null stretch holds everything). */
export function inStretch(km: number | null, stretch: AlongRange | null): boolean {
  if (stretch === null) return true;
  return km !== null && km >= stretch.fromKm && km <= stretch.toKm;
}
