import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type OnDemandPart } from './appStore';
import { reportedLoad } from './reportedLoad';

type Step = { use: 'ok' | 'fail' } | { dismiss: true } | { other: OnDemandPart; failed: boolean };

/** Runs `steps` against one loaded part ('shareDialog'); returns the store's failed part after each. */
async function run(steps: readonly Step[]): Promise<{ after: (OnDemandPart | null)[]; starts: number }> {
  const store = createAppStore({ start: 0, end: 10 });
  const outcomes = steps.flatMap((s) => ('use' in s ? [s.use] : []));
  let starts = 0;
  const load = reportedLoad(store, 'shareDialog', () =>
    outcomes[starts++] === 'ok' ? Promise.resolve('dialog') : Promise.reject(new Error('dropped')),
  );
  const after: (OnDemandPart | null)[] = [];
  for (const s of steps) {
    if ('use' in s) await load().catch(() => undefined);
    else if ('dismiss' in s) store.getState().dismissPartFailed();
    else store.getState().setPartFailed(s.other, s.failed);
    after.push(store.getState().data.failedPart);
  }
  return { after, starts };
}

afterEach(() => vi.restoreAllMocks());

describe('reportedLoad', () => {
  it.each<{ why: string; steps: Step[]; after: (OnDemandPart | null)[]; starts: number }>([
    { why: 'a success names nothing and is kept', steps: [{ use: 'ok' }, { use: 'ok' }], after: [null, null], starts: 1 },
    {
      why: 'a failure is named, and a retry that works clears it',
      steps: [{ use: 'fail' }, { use: 'ok' }],
      after: ['shareDialog', null],
      starts: 2,
    },
    {
      why: 'failures retry each time',
      steps: [{ use: 'fail' }, { use: 'fail' }, { use: 'ok' }],
      after: ['shareDialog', 'shareDialog', null],
      starts: 3,
    },
    {
      why: 'dismissing clears the notice; the part still retries',
      steps: [{ use: 'fail' }, { dismiss: true }, { use: 'ok' }],
      after: ['shareDialog', null, null],
      starts: 2,
    },
    {
      why: 'a later failure of another part replaces the notice, and this part loading does not clear it',
      steps: [{ use: 'fail' }, { other: 'language', failed: true }, { use: 'ok' }],
      after: ['shareDialog', 'language', 'language'],
      starts: 2,
    },
    {
      why: 'another part loading does not clear this one',
      steps: [{ use: 'fail' }, { other: 'language', failed: false }],
      after: ['shareDialog', 'shareDialog'],
      starts: 1,
    },
  ])('$why', async ({ steps, after, starts }) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const got = await run(steps);
    expect(got.after).toEqual(after);
    expect(got.starts).toBe(starts);
  });

  it('the caller still gets the rejection (and the value on success)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createAppStore({ start: 0, end: 10 });
    let n = 0;
    const load = reportedLoad(store, 'briefing', () => (n++ === 0 ? Promise.reject(new Error('dropped')) : Promise.resolve(42)));
    await expect(load()).rejects.toThrow('dropped');
    await expect(load()).resolves.toBe(42);
  });

  it('an error building the part is a bug: logged once, not named as a part that did not load, not started twice', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createAppStore({ start: 0, end: 10 });
    let loads = 0;
    let starts = 0;
    const load = reportedLoad(
      store,
      'exportDialog',
      () => Promise.resolve(++loads),
      (n) => {
        if (starts++ === 0) throw new Error('bug');
        return n * 10;
      },
    );
    await expect(load()).rejects.toThrow('bug');
    expect(store.getState().data.failedPart).toBeNull();
    expect(logged.mock.calls.map((c) => c[0])).toEqual(['Frontier Map: exportDialog failed to start']);
    await expect(load()).rejects.toThrow('bug');
    expect({ loads, starts }).toEqual({ loads: 1, starts: 1 });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(store.getState().data.failedPart).toBeNull();
  });

  it('with a start step, a dropped connection is still named and retried', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createAppStore({ start: 0, end: 10 });
    let n = 0;
    const load = reportedLoad(
      store,
      'shareDialog',
      () => (n++ === 0 ? Promise.reject(new Error('dropped')) : Promise.resolve('module')),
      (m) => `${m} started`,
    );
    await expect(load()).rejects.toThrow('dropped');
    expect(store.getState().data.failedPart).toBe('shareDialog');
    await expect(load()).resolves.toBe('module started');
    expect(store.getState().data.failedPart).toBeNull();
  });
});
