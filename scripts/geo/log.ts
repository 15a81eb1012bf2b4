/** Progress lines and the one error type of the geography build. */

/** A build step found the inputs not as expected; main prints it and exits non-zero. */
export class GeoBuildError extends Error {}

/** Print a progress line. */
export const log = (...parts: unknown[]): void => console.log('[data:geo]', ...parts);

/** Stop the build with a message (thrown, so steps stay testable). */
export function fail(message: string): never {
  throw new GeoBuildError(message);
}
