/**
 * A fetch made once per page, kept while it succeeds: the on-demand loaders (reports, article
 * texts, exact geography) share one promise among every caller, but a failed one is dropped, so the
 * next caller tries again instead of being handed the same rejection for the rest of the session.
 */
export function onceUntilFailure<T>(start: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= start().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
}
