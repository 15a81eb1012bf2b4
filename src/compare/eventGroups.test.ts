import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset } from '../load/loadDataset';
import { readDatasetFiles, readGeoLookup } from '../load/readDatasetFiles';
import type { GeoBundle } from '../model/types';
import { provinceStretches } from '../geo/borderStretches';
import { compareRows } from './compareRows';
import { eventGroups, itemsBy, killedOf } from './eventGroups';

const DATA = new URL('../../data/', import.meta.url);
const read = (f: string): never => JSON.parse(readFileSync(new URL(`geo/${f}`, DATA), 'utf8')) as never;
const lookup = readGeoLookup(DATA)!;
const parsed = parseDataset(readDatasetFiles(DATA), lookup);
if (!parsed.ok) throw new Error('dataset invalid');
const dataset = parsed.dataset;
const geo = { regions: read('regions.geojson'), districts: read('districts.geojson') } as Pick<GeoBundle, 'regions' | 'districts'>;
const border = read('border.geojson') as GeoBundle['border'];
const line = border.features[0]!.geometry;
const stretches = provinceStretches(line.type === 'LineString' ? line.coordinates : [], geo.regions.features);
const groupsOf = (id: string) =>
  eventGroups(
    dataset.events.find((e) => e.id === id)!,
    geo,
    dataset.outposts,
    stretches,
  );

describe('eventGroups on the bundled events', () => {
  it.each([
    [
      'a district event: its district, that district’s province, the stretch of its seat',
      'khatlon-clash',
      { province: 'TJ-KL', district: 'tj-kl-shamsiddin-shohin', stretch: 'TJ-KL|AF-BD' },
    ],
    [
      'a village: the province its point lies in, no district',
      'shadak-attack',
      { province: 'TJ-BK', district: null, stretch: 'TJ-BK|AF-BD' },
    ],
    [
      'a province event at a post of unknown district: the province, no district, no stretch',
      'darkad-post-detention-2026-02-10',
      { province: 'TJ-KL', district: null, stretch: null },
    ],
    ['an Afghan province event', '2022-05-13-sherkhan-bandar-clash', { province: 'AF-KZ', district: null, stretch: null }],
    ['a border-wide event: none of them', 'november-attacks', { province: null, district: null, stretch: null }],
    ['an event without a place: none of them', 'csto-resolution-2013', { province: null, district: null, stretch: null }],
  ])('%s (%s)', (_name, id, want) => {
    expect(groupsOf(id)).toEqual(want);
  });

  it.each([
    [[], null],
    [[{ killed: null }], null],
    [[{ killed: 3 }, { killed: 5 }, { killed: null }], 5],
    [[{ killed: 0 }], 0],
  ] as const)('killedOf(%o) = %s (the highest stated figure)', (claims, want) => {
    expect(killedOf({ casualties: claims.map((c) => ({ ...c, injured: null, who: 'x', sourceId: 's' })) })).toBe(want);
  });

  it('the bundled 2025–26 winter against summer 2021 per province: Khatlon up', () => {
    const groups = new Map(dataset.events.map((e) => [e.id, eventGroups(e, geo, dataset.outposts, stretches)]));
    const d = (iso: string): number => dataset.events.find((e) => e.date.start === iso)?.startDay ?? NaN;
    const periods = {
      a: { start: d('2021-07-03'), end: d('2021-07-03') + 180 },
      b: { start: d('2025-11-26'), end: d('2025-11-26') + 180 },
    };
    const rows = compareRows(itemsBy(dataset.events, groups, 'province'), periods);
    const kl = rows.find((r) => r.group === 'TJ-KL')!;
    expect(kl.b.events).toBeGreaterThan(kl.a.events);
    expect(kl.change.killed).toBeGreaterThan(0);
  });
});
