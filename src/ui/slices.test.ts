/** Time-sliced loops: every index once, in order; yields between slices; an abort stops them. */
import { describe, expect, it } from 'vitest';
import { inSlices } from './slices';

describe('inSlices', () => {
  it.each([0, 1, 1_999, 2_000, 2_001, 10_000])('visits each of %i indices once, in order', async (n) => {
    const seen: number[] = [];
    await inSlices(n, (from, to) => {
      for (let i = from; i < to; i++) seen.push(i);
    });
    expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('yields to other tasks when a slice has used its budget', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await inSlices(
      20,
      () => {
        const until = performance.now() + 3;
        while (performance.now() < until);
      },
      undefined,
      1,
      2,
    );
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops with the reason once the signal is aborted', async () => {
    const abort = new AbortController();
    let blocks = 0;
    const run = inSlices(
      100,
      () => {
        blocks += 1;
        if (blocks === 3) abort.abort(new Error('stop'));
      },
      abort.signal,
      1,
    );
    await expect(run).rejects.toThrow('stop');
    expect(blocks).toBe(3);
  });
});
