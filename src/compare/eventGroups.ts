/**
 * Where an event counts in the comparison table: its province, its district and its border
 * stretch, as far as its location precision says. Pure (geography passed in).
 * - province: the region a district belongs to, the region named, or the region whose outline
 *   holds the event's point; null for border-wide and unplaced events;
 * - district: the district named, or the district of the post it names; null otherwise;
 * - stretch: the province stretch holding its km along the border; null without one.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { FrontierEvent, GeoBundle, Outpost } from '../model/types';
import { stretchAt, type ProvinceStretch } from '../geo/borderStretches';
import type { CompareItem } from './compareRows';

export interface EventGroups {
  province: string | null;
  district: string | null;
  stretch: string | null;
}

/** The highest killed figure any source gives for the event; null when none states one. */
export function killedOf(e: Pick<FrontierEvent, 'casualties'>): number | null {
  const stated = (e.casualties ?? []).map((c) => c.killed).filter((k): k is number => k !== null);
  return stated.length ? Math.max(...stated) : null;
}

/** The groups of one event. */
export function eventGroups(
  e: FrontierEvent,
  geo: Pick<GeoBundle, 'regions' | 'districts'>,
  outposts: readonly Outpost[],
  stretches: readonly ProvinceStretch[],
): EventGroups {
  const districtOf = (id: string | undefined): string | null =>
    id !== undefined && geo.districts.features.some((d) => d.properties.id === id) ? id : null;
  const ref = e.location.ref;
  const post = e.location.postId === undefined ? undefined : outposts.find((o) => o.id === e.location.postId);
  const district = e.location.precision === 'district' ? (districtOf(ref) ?? districtOf(post?.district)) : districtOf(post?.district);
  let province: string | null = null;
  if (district) province = geo.districts.features.find((d) => d.properties.id === district)?.properties.region ?? null;
  else if (
    (e.location.precision === 'province' || e.location.precision === 'district') &&
    ref &&
    geo.regions.features.some((r) => r.properties.id === ref)
  )
    province = ref;
  else if ((e.location.precision === 'village' || e.location.precision === 'point') && e.geometry) {
    const pt = e.geometry as [number, number];
    province = geo.regions.features.find((r) => booleanPointInPolygon(pt, r))?.properties.id ?? null;
  }
  const stretch = stretchAt(stretches, e.border.alongKm)?.id ?? null;
  return { province, district, stretch };
}

/** The comparison items of `events` for one grouping. */
export function itemsBy(
  events: readonly FrontierEvent[],
  groups: ReadonlyMap<string, EventGroups>,
  level: keyof EventGroups,
): CompareItem[] {
  return events.map((e) => ({ startDay: e.startDay, endDay: e.endDay, killed: killedOf(e), group: groups.get(e.id)?.[level] ?? null }));
}
