/** The `?data=` download: refused redirects, a size limit checked before and while reading, never more read than needed. */
import { describe, expect, it } from 'vitest';
import { fetchDataFile, type DataFetch, type DataResponse } from './fetchData';

const URL_ = new URL('http://127.0.0.1:4173/fixtures/big.csv');
const KB = 1024;

/** A body of `chunks` chunks of `size` bytes that counts what was pulled and whether it was cancelled. */
function countingBody(
  chunks: number,
  size: number,
): { body: ReadableStream<Uint8Array<ArrayBuffer>>; pulled: () => number; cancelled: () => boolean } {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(c) {
        if (pulled === chunks) return c.close();
        pulled += 1;
        c.enqueue(new Uint8Array(size).fill(65));
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulled: () => pulled, cancelled: () => cancelled };
}

const answer =
  (res: Partial<DataResponse> & { headers?: Headers }): DataFetch =>
  async () =>
    ({ ok: true, status: 200, type: 'basic', headers: new Headers(), body: null, blob: async () => new Blob([]), ...res }) as DataResponse;

describe('fetchDataFile', () => {
  it('asks fetch not to follow redirects and to send credentials only to this site', async () => {
    let seen: RequestInit | null = null;
    await fetchDataFile(URL_, 10 * KB, async (_u, init) => {
      seen = init;
      return {
        ok: true,
        status: 200,
        type: 'basic',
        headers: new Headers(),
        body: null,
        blob: async () => new Blob(['a']),
      } as DataResponse;
    });
    expect(seen).toEqual({ credentials: 'same-origin', redirect: 'manual' });
  });

  it('reads a body under the limit whole, with its type', async () => {
    const { body, cancelled } = countingBody(3, KB);
    const blob = await fetchDataFile(URL_, 10 * KB, answer({ body, headers: new Headers({ 'content-type': 'text/csv' }) }));
    expect(blob.size).toBe(3 * KB);
    expect(blob.type).toBe('text/csv');
    expect(cancelled()).toBe(false);
  });

  it('refuses a Content-Length over the limit without reading the body, and cancels it', async () => {
    const { body, pulled, cancelled } = countingBody(100, KB);
    const headers = new Headers({ 'content-length': String(300 * 1024 * 1024) });
    await expect(fetchDataFile(URL_, 200 * 1024 * 1024, answer({ body, headers }))).rejects.toThrow(
      /invalid data: big\.csv is too large \(expected at most 200 MB, got 300 MB\); it was not downloaded/,
    );
    expect(pulled()).toBe(0);
    expect(cancelled()).toBe(true);
  });

  it('without a Content-Length (or with a false one), stops reading at the limit and cancels the stream', async () => {
    const { body, pulled, cancelled } = countingBody(1_000, KB);
    const headers = new Headers({ 'content-length': '10' });
    await expect(fetchDataFile(URL_, 10 * KB, answer({ body, headers }))).rejects.toThrow(
      /big\.csv is too large \(expected at most 10 KB, got more than 11 KB\); it was not downloaded further/,
    );
    expect(pulled()).toBe(11);
    expect(cancelled()).toBe(true);
  });

  it.each([
    ['an opaque redirect (redirect: manual)', { ok: false, status: 0, type: 'opaqueredirect' as ResponseType }],
    ['a 302 seen as such', { ok: false, status: 302, type: 'basic' as ResponseType }],
  ])('refuses %s, naming the file and saying redirects are refused', async (_name, res) => {
    await expect(fetchDataFile(URL_, KB, answer(res))).rejects.toThrow(
      /invalid data: \/fixtures\/big\.csv answered with a redirect; redirects are refused/,
    );
  });

  it('names the HTTP status of a failed answer', async () => {
    await expect(fetchDataFile(URL_, KB, answer({ ok: false, status: 404 }))).rejects.toThrow(/big\.csv answered HTTP 404/);
  });

  it('names the file when fetch itself fails', async () => {
    const fail: DataFetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(fetchDataFile(URL_, KB, fail)).rejects.toThrow(
      /invalid data: \/fixtures\/big\.csv could not be fetched \(Failed to fetch\)/,
    );
  });
});
