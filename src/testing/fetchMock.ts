/** A stubbed global `fetch` for the on-demand loaders' tests, with a fresh module registry per test (each loader's memo is per page). */
import { afterEach, beforeEach, vi, type Mock } from 'vitest';

export type FetchMock = Mock<(url: string) => Promise<Response>>;

/** Registers the hooks; read `.fn` inside tests (a new mock each test). */
export function useFetchMock(): { readonly fn: FetchMock } {
  let fn: FetchMock | undefined;
  beforeEach(() => {
    vi.resetModules();
    fn = vi.fn<(url: string) => Promise<Response>>();
    vi.stubGlobal('fetch', fn);
  });
  afterEach(() => vi.unstubAllGlobals());
  return {
    get fn(): FetchMock {
      if (!fn) throw new Error('fetch mock read outside a test');
      return fn;
    },
  };
}
