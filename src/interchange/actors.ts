/** Actors in imported records (ACLED's layout), apart from the importers so filters can read them without loading turf. */

/** ACLED's actor columns, in order, each actor once (the filters and the search read them). */
export const ACTOR_COLUMNS = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'] as const;

/** The actors a record names (ACLED separates several associated actors with "; "). */
export function actorsOf(extra: Readonly<Record<string, string>> | undefined): string[] {
  const all = ACTOR_COLUMNS.flatMap((k) => (extra?.[k] ?? '').split(';').map((a) => a.trim()));
  return [...new Set(all.filter(Boolean))];
}
