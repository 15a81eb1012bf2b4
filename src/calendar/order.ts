/** The app's one chronological order, for the dataset, the list, next/previous and exports. */

/** Anything placed on the time axis with an id: events, imported records. */
export interface Chronological {
  startDay: number;
  endDay: number;
  id: string;
}

/** By first possible day, then last possible day, then id (code-unit order, so it is the same in every locale). */
export function compareChronological(a: Chronological, b: Chronological): number {
  return a.startDay - b.startDay || a.endDay - b.endDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
