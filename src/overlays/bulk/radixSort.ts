/**
 * Stable LSD radix sort of unsigned 32-bit keys, 11 bits per pass. Returns the permutation
 * (sorted position → input index) rather than moving data, so every column can be reordered once.
 * O(n) with no comparator: 1M keys sort in a few tens of milliseconds.
 */

const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

/** Sorted order of `keys` (stable: equal keys keep input order). Passes above the largest key are skipped. */
export function radixSortOrder(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  let max = 0;
  for (let i = 0; i < n; i++) if (keys[i]! > max) max = keys[i]!;
  let tmp = new Uint32Array(n);
  const counts = new Uint32Array(RADIX);
  for (let shift = 0; shift < 32 && max >>> shift > 0; shift += BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[order[i]!]! >>> shift) & MASK]!++;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const idx = order[i]!;
      tmp[counts[(keys[idx]! >>> shift) & MASK]!++] = idx;
    }
    [order, tmp] = [tmp, order];
  }
  return order;
}
