/**
 * The comparison table's numbers: per group (a province, a district, a border stretch), how many
 * events each period holds, how many killed they report, and the change from A to B. Pure: the
 * caller says which group each event falls in (null: not located at that level).
 */
import type { DaySpan } from '../calendar/window';
import type { ComparePeriods } from '../state/analysis';
import { periodOf } from './periods';

/** One event as the comparison sees it. */
export interface CompareItem extends DaySpan {
  /** Killed as reported (the highest figure any source gives); null when no source states one. */
  killed: number | null;
  /** The group it counts under; null when it is located too coarsely for this grouping. */
  group: string | null;
}

export interface PeriodTotals {
  events: number;
  killed: number;
}

export interface CompareRow {
  /** The group's key; null for the events that have none at this level. */
  group: string | null;
  a: PeriodTotals;
  b: PeriodTotals;
  /** B − A. */
  change: PeriodTotals;
}

const zero = (): PeriodTotals => ({ events: 0, killed: 0 });

/**
 * Rows for every group with an event in A or B: first the groups of `order` (in its order, those
 * with events only), then any others by key, then the null group last. An event in both periods
 * counts in each.
 */
export function compareRows(items: readonly CompareItem[], periods: ComparePeriods, order: readonly string[] = []): CompareRow[] {
  const byGroup = new Map<string | null, CompareRow>();
  for (const it of items) {
    const m = periodOf(it, periods);
    if (!m) continue;
    let row = byGroup.get(it.group);
    if (!row) byGroup.set(it.group, (row = { group: it.group, a: zero(), b: zero(), change: zero() }));
    const killed = it.killed ?? 0;
    if (m !== 'b') {
      row.a.events += 1;
      row.a.killed += killed;
    }
    if (m !== 'a') {
      row.b.events += 1;
      row.b.killed += killed;
    }
  }
  for (const row of byGroup.values()) row.change = { events: row.b.events - row.a.events, killed: row.b.killed - row.a.killed };
  const rank = new Map(order.map((k, i) => [k, i]));
  const key = (g: string | null): [number, string] =>
    g === null ? [2, ''] : rank.has(g) ? [0, String(rank.get(g)).padStart(6, '0')] : [1, g];
  return [...byGroup.values()].sort((x, y) => {
    const [p, s] = key(x.group);
    const [q, t] = key(y.group);
    return p - q || (s < t ? -1 : s > t ? 1 : 0);
  });
}

/** The sum of rows (each event counted once per period, when every event has exactly one row). */
export function totalRow(rows: readonly CompareRow[]): CompareRow {
  const sum = (pick: (r: CompareRow) => PeriodTotals): PeriodTotals =>
    rows.reduce((acc, r) => ({ events: acc.events + pick(r).events, killed: acc.killed + pick(r).killed }), zero());
  return { group: '*', a: sum((r) => r.a), b: sum((r) => r.b), change: sum((r) => r.change) };
}
