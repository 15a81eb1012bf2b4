import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore';

const bounds = { start: 0, end: 1000 };

describe('the analysis slice', () => {
  it('setCompare keeps both periods inside the bounds', () => {
    const store = createAppStore(bounds);
    store.getState().setCompare({ a: { start: -50, end: 10 }, b: { start: 990, end: 1200 } });
    const c = store.getState().analysis.compare!;
    expect(c.a.start).toBeGreaterThanOrEqual(0);
    expect(c.b.end).toBeLessThanOrEqual(1000);
    store.getState().setCompare(null);
    expect(store.getState().analysis.compare).toBeNull();
  });

  it('hover to the same id does not notify subscribers', () => {
    const store = createAppStore(bounds);
    let calls = 0;
    store.subscribe(
      (s) => s.analysis,
      () => (calls += 1),
    );
    store.getState().hover('x');
    store.getState().hover('x');
    store.getState().hover(null);
    expect(calls).toBe(2);
  });

  it('bulkMeasured marks only the set on screen', () => {
    const store = createAppStore(bounds);
    const set = { name: 'a' } as unknown as NonNullable<ReturnType<typeof store.getState>['data']['bulk']>;
    store.getState().bulkMeasured(set);
    expect(store.getState().analysis.measuredBulk).toBeNull();
    store.getState().setBulk(set);
    store.getState().bulkMeasured(set);
    expect(store.getState().analysis.measuredBulk).toBe(set);
  });
});
