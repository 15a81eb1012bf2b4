import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore';
import { inStretch } from './analysis';

const bounds = { start: 0, end: 1000 };

describe('the analysis slice', () => {
  it('setStretch orders the ends and rounds them to 0.1 km; null clears it', () => {
    const store = createAppStore(bounds);
    store.getState().setStretch({ fromKm: 300.04, toKm: 120.06 });
    expect(store.getState().analysis.stretch).toEqual({ fromKm: 120.1, toKm: 300 });
    store.getState().setStretch(null);
    expect(store.getState().analysis.stretch).toBeNull();
  });

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

  it.each([
    [5, null, true],
    [null, null, true],
    [null, { fromKm: 0, toKm: 10 }, false],
    [10, { fromKm: 0, toKm: 10 }, true],
    [10.01, { fromKm: 0, toKm: 10 }, false],
  ] as const)('inStretch(%s, %o) = %s', (km, s, want) => {
    expect(inStretch(km, s)).toBe(want);
  });
});
