import { describe, expect, it } from 'vitest';
import { onceUntilFailure } from './onceUntilFailure';

/** A `start` that answers from `outcomes` in turn ('ok' resolves with the call's number, 'fail' rejects). */
function scripted(outcomes: readonly ('ok' | 'fail')[]): { start: () => Promise<number>; calls: () => number } {
  let n = 0;
  return {
    start: () => {
      const i = n++;
      return outcomes[i] === 'ok' ? Promise.resolve(i) : Promise.reject(new Error(`call ${i} failed`));
    },
    calls: () => n,
  };
}

/** Runs the callers one after another, each awaited; returns what each got. */
async function settle(get: () => Promise<number>, callers: number): Promise<string[]> {
  const got: string[] = [];
  for (let i = 0; i < callers; i++) got.push(await get().then(String, (e: Error) => e.message));
  return got;
}

describe('onceUntilFailure', () => {
  it.each([
    { outcomes: ['ok'], callers: 3, got: ['0', '0', '0'], starts: 1, why: 'a success is shared' },
    { outcomes: ['fail', 'ok'], callers: 3, got: ['call 0 failed', '1', '1'], starts: 2, why: 'a failure is retried once asked again' },
    {
      outcomes: ['fail', 'fail', 'ok'],
      callers: 4,
      got: ['call 0 failed', 'call 1 failed', '2', '2'],
      starts: 3,
      why: 'each failure is forgotten',
    },
  ] as const)('$why', async ({ outcomes, callers, got, starts }) => {
    const s = scripted(outcomes);
    expect(await settle(onceUntilFailure(s.start), callers)).toEqual(got);
    expect(s.calls()).toBe(starts);
  });

  it('gives callers that ask while it is pending the same promise (one fetch)', async () => {
    const s = scripted(['ok']);
    const get = onceUntilFailure(s.start);
    const [a, b] = [get(), get()];
    expect(a).toBe(b);
    expect(await Promise.all([a, b])).toEqual([0, 0]);
    expect(s.calls()).toBe(1);
  });
});
