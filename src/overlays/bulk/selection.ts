/** Selection ids of bulk events (`bulk:<sorted index>`), shared by the layer, panel and loader. */

/** The selection id of the bulk event at sorted index `i`. */
export const bulkSelectionId = (i: number): string => `bulk:${i}`;

/** The sorted index in a bulk selection id, or null for a curated event id. */
export function parseBulkSelection(id: string | null): number | null {
  if (!id?.startsWith('bulk:')) return null;
  const n = Number(id.slice(5));
  return Number.isInteger(n) && n >= 0 ? n : null;
}
