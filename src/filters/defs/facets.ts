/**
 * Sub-type, actor and source/outlet. The bundled chronology has no sub-types or actors (they come
 * with imports: ACLED's `sub_event_type` and actor columns); its outlets are those of the bundled
 * articles and cited reports.
 */
import type { FrontierEvent } from '../../model/types';
import type { BulkDetail } from '../../overlays/bulk/types';
import { ACTOR_COLUMNS, actorsOf } from '../../interchange/actors';
import type { FilterContext } from '../filterDef';
import { anyOfFilter } from './anyOf';

export const subTypeFilter = anyOfFilter({
  id: 'subType',
  param: 'sub',
  title: 'filterSubType',
  noneInData: 'filterNoSubTypes',
  of: (e) => (e.subType ? [e.subType] : []),
  ofBulk: (d) => (d.extra?.['sub_event_type'] ? [d.extra['sub_event_type']] : []),
});

export const actorFilter = anyOfFilter({
  id: 'actor',
  param: 'actor',
  title: 'filterActor',
  noneInData: 'filterNoActors',
  of: (e) => e.actors ?? [],
  ofBulk: (d) => (ACTOR_COLUMNS.some((k) => d.extra?.[k]) ? actorsOf(d.extra) : []),
});

const OUTLETS = new WeakMap<object, Map<string, string>>();

/** Outlet (or, where an article names none, its title) by source and report id. */
function outletIndex(ctx: FilterContext): Map<string, string> {
  let m = OUTLETS.get(ctx.dataset);
  if (!m) {
    m = new Map();
    for (const s of ctx.dataset.sources) m.set(s.id, s.outlet ?? s.title);
    for (const r of ctx.dataset.reportIndex) m.set(r.id, r.outlet);
    OUTLETS.set(ctx.dataset, m);
  }
  return m;
}

/** The outlets an event cites: of its quoted articles and of its cited reports. */
export function outletsOf(e: FrontierEvent, ctx: FilterContext): string[] {
  const m = outletIndex(ctx);
  const ids = [...e.sources.map((s) => s.sourceId), ...(e.citations ?? []).map((c) => c.reportId)];
  // An import's source names several outlets "A; B" (ACLED's layout): each counts on its own.
  const names = ids.flatMap((id) => (m.get(id) ?? '').split(';').map((x) => x.trim()));
  return [...new Set(names.filter(Boolean))];
}

/** ACLED's `source` names several outlets separated by "; ". */
const splitSources = (d: BulkDetail): string[] =>
  d.sourceName
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

export const sourceFilter = anyOfFilter({
  id: 'source',
  param: 'src',
  title: 'filterSource',
  noneInData: 'filterNoSources',
  of: outletsOf,
  ofBulk: splitSources,
});
