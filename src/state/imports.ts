/**
 * The import slice's state: what a user's file put on screen, and the default set it replaced.
 * Kept in the store (not in the dialog) because it is data state: what the map shows and what an
 * export writes back depend on it.
 */
import type { Dataset, ImportRecord } from '../model/types';

export type ImportMode = 'join' | 'replace';

/** The import on screen. */
export interface ActiveImport {
  name: string;
  mode: ImportMode;
  /** Records shown (after skipping ids that clash with the default set when joining). */
  records: ImportRecord[];
  bulk: boolean;
  /** Records left out because their id is already used by an event on screen (join only). */
  clashes: number;
}

export interface ImportState {
  /** The import on screen, or null. */
  active: ActiveImport | null;
  /** The dataset as loaded, before any import: removing an import restores it. Null until the first import. */
  baseline: Dataset | null;
  /** Original records of the imported events by id (exports write them back unchanged). */
  byId: ReadonlyMap<string, ImportRecord>;
}

/** No import yet. */
export function noImports(): ImportState {
  return { active: null, baseline: null, byId: new Map() };
}
