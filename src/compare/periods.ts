/**
 * Which of two compared periods an event belongs to. The overlap rule is the time window's
 * (`calendar/window.ts`): an event is in a period when its uncertainty span overlaps it.
 */
import { overlaps, type DaySpan } from '../calendar/window';
import type { ComparePeriods } from '../state/analysis';

export type { ComparePeriods };

/** `a` only, `b` only, both periods, or neither (null). */
export type PeriodMembership = 'a' | 'b' | 'both';

/** The periods an event's span overlaps. */
export function periodOf(e: DaySpan, periods: ComparePeriods): PeriodMembership | null {
  const a = overlaps(e, periods.a);
  const b = overlaps(e, periods.b);
  return a && b ? 'both' : a ? 'a' : b ? 'b' : null;
}

/** Ids of the events in A only, B only and both (each event in at most one list). */
export function splitByPeriod<T extends DaySpan & { id: string }>(
  events: readonly T[],
  periods: ComparePeriods,
): Record<PeriodMembership, string[]> {
  const out: Record<PeriodMembership, string[]> = { a: [], b: [], both: [] };
  for (const e of events) {
    const m = periodOf(e, periods);
    if (m) out[m].push(e.id);
  }
  return out;
}
