/**
 * The `?data=` parameter: a file on the app's own origin to import at start-up. Anything else —
 * an empty value, the page itself, another host, another scheme (`javascript:`, `data:`,
 * `blob:`), credentials in the URL — is refused with a message saying why, and nothing is fetched.
 */

/** The import mode a `?datamode=` parameter asks for (default: join). */
export function parseDataMode(value: string | null): 'join' | 'replace' {
  if (value === null || value === 'join') return 'join';
  if (value === 'replace') return 'replace';
  throw new Error(`invalid datamode: ${JSON.stringify(value.slice(0, 40))} (expected "join" or "replace")`);
}

/** Resolves `value` against `base`; throws `invalid data: …` unless it is an http(s) URL on `base`'s origin. */
export function parseDataParam(value: string, base: string): URL {
  if (value.trim() === '') throw new Error('invalid data: the data parameter is empty (expected ?data=<path of a file on this site>)');
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new Error(`invalid data: ${JSON.stringify(value.slice(0, 80))} is not a URL`);
  }
  const own = new URL(base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`invalid data: only files from this site can be loaded, got a ${url.protocol} URL`);
  if (url.origin !== own.origin)
    throw new Error(`invalid data: only files from this site (${own.origin}) can be loaded, got one from ${url.origin}`);
  if (url.username || url.password) throw new Error('invalid data: a URL with credentials is not accepted');
  // The page itself, or a folder (whose answer is a page too), is never a data file.
  if (url.pathname === own.pathname || url.pathname.endsWith('/'))
    throw new Error(
      `invalid data: ${JSON.stringify(value.slice(0, 80))} names a page, not a file (expected ?data=<path of a file on this site>)`,
    );
  return url;
}

/** The file name shown in reports: the last path segment, decoded when possible. */
export function dataFileName(url: URL): string {
  const last = url.pathname.split('/').pop() || 'data';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
