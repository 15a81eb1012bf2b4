/**
 * Fetching the `?data=` file: same origin only (checked before, by `parseDataParam`), no
 * redirects (a redirect could lead anywhere; it is refused, and said so), and never more than the
 * import limit read: a `Content-Length` over it is refused before the body is read, and a body
 * without one is read chunk by chunk and cancelled the moment it passes the limit.
 */
import { dataFileName } from './dataUrl';
import { MAX_IMPORT_BYTES } from './importTypes';

/** What of a fetch Response the download uses (tests pass fakes). */
export type DataResponse = Pick<Response, 'ok' | 'status' | 'type' | 'headers' | 'body' | 'blob'>;

/** The fetch the download uses: `redirect: 'manual'` so a redirect arrives as a response, not a failure. */
export type DataFetch = (url: URL, init: RequestInit) => Promise<DataResponse>;

const MB = 1024 * 1024;
const mb = (bytes: number): string => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** The refusal of a file over the limit: name, limit and size (or "more than" when cut off). */
function tooLarge(url: URL, limit: number, size: number, exact: boolean): Error {
  return new Error(
    `invalid data: ${dataFileName(url)} is too large (expected at most ${mb(limit)}, got ${exact ? '' : 'more than '}${mb(size)}); it was not downloaded${exact ? '' : ' further'}`,
  );
}

/** Reads `body` into a Blob, cancelling the stream as soon as more than `limit` bytes have come. */
async function readCapped(body: ReadableStream<Uint8Array>, url: URL, limit: number, type: string): Promise<Blob> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel('over the import size limit');
      throw tooLarge(url, limit, bytes, false);
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[], type ? { type } : {});
}

/** Downloads the `?data=` file at `url` (already checked to be on this site); throws `invalid data: …` saying why not. */
export async function fetchDataFile(url: URL, limit = MAX_IMPORT_BYTES, fetchFn: DataFetch = (u, init) => fetch(u, init)): Promise<Blob> {
  let res: DataResponse;
  try {
    res = await fetchFn(url, { credentials: 'same-origin', redirect: 'manual' });
  } catch (e) {
    throw new Error(`invalid data: ${url.pathname} could not be fetched (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400))
    throw new Error(`invalid data: ${url.pathname} answered with a redirect; redirects are refused (link to the file itself)`);
  if (!res.ok) throw new Error(`invalid data: ${dataFileName(url)} answered HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await res.body?.cancel('over the import size limit');
    throw tooLarge(url, limit, declared, true);
  }
  const type = res.headers.get('content-type') ?? '';
  return res.body ? readCapped(res.body, url, limit, type) : res.blob();
}
