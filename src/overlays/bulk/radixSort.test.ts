import { describe, expect, it } from 'vitest';
import { radixSortOrder } from './radixSort';
import { mulberry32 } from '../../../bench/hooks/synthetic';

describe('radixSortOrder', () => {
  it.each([
    ['empty', [], []],
    ['one', [7], [0]],
    ['already sorted', [1, 2, 3], [0, 1, 2]],
    ['reversed', [3, 2, 1], [2, 1, 0]],
    ['ties keep input order (stable)', [5, 1, 5, 1], [1, 3, 0, 2]],
    ['keys wider than one 11-bit digit', [70000, 3, 2048, 2047, 4_000_000_000], [1, 3, 2, 0, 4]],
  ])('%s', (_name, keys, order) => {
    expect([...radixSortOrder(Uint32Array.from(keys))]).toEqual(order);
  });

  it('agrees with a stable comparator sort on 50k random keys', () => {
    const rnd = mulberry32(7);
    const keys = Uint32Array.from({ length: 50_000 }, () => Math.floor(rnd() * 20_000));
    const expected = [...keys.keys()].sort((a, b) => keys[a]! - keys[b]! || a - b);
    expect([...radixSortOrder(keys)]).toEqual(expected);
  });
});
