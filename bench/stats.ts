/** Small statistics and formatting helpers for the benchmark. */

/** Waits `ms` (lets the page settle between phases). */
export const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Median of a sample (NaN when empty). */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Linear-interpolated quantile q ∈ [0, 1] (NaN when empty). */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** Median, p95 and count, rounded to 0.1 ms. */
export function summary(xs: readonly number[]): Summary {
  const r = (v: number): number => Math.round(v * 10) / 10;
  return { median: r(median(xs)), p95: r(quantile(xs, 0.95)), n: xs.length };
}

/** Right-aligned text table. */
export function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
