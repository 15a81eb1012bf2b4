/**
 * Every filter, in the order the panel shows them. A new filter is one module in `defs/` and one
 * line here: the store, the URL, briefing steps, captions, the panel and the bulk layer read this list.
 */
import type { FilterDef } from './filterDef';
import { searchFilter } from './defs/search';
import { kindFilter } from './defs/kind';
import { subTypeFilter, actorFilter, sourceFilter } from './defs/facets';
import { casualtiesFilter } from './defs/casualties';
import { datePrecisionFilter, locationPrecisionFilter } from './defs/precision';
import { bankFilter, distanceFilter } from './defs/border';
import { stretchFilter } from './defs/stretch';

export const FILTERS: ReadonlyArray<FilterDef<unknown>> = [
  searchFilter,
  kindFilter,
  subTypeFilter,
  actorFilter,
  casualtiesFilter,
  datePrecisionFilter,
  locationPrecisionFilter,
  distanceFilter,
  bankFilter,
  stretchFilter,
  sourceFilter,
];
