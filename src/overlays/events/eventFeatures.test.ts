import { NO_MEASURE } from '../../geo/borderMeasure.ts';
import { describe, expect, it } from 'vitest';
import type { FrontierEvent, LocationPrecision } from '../../model/types.ts';
import { eventDistricts, eventMarks, eventPoints, eventRings } from './eventFeatures.ts';
import { MAX_LABEL_CHARS } from '../../i18n/mapLabels.ts';

function ev(
  id: string,
  precision: LocationPrecision,
  areaRef: string | null,
  geometry: [number, number] | null = [68.9, 37.2],
): FrontierEvent {
  return {
    id,
    kind: 'incident',
    title: `Event ${id}`,
    summary: '',
    date: { start: '2026-01-29', precision: 'day' },
    location: { precision, ref: areaRef ?? undefined, asReported: id },
    sources: [],
    startDay: 9525,
    endDay: 9525,
    geometry,
    areaRef,
    border: NO_MEASURE,
  };
}

describe('eventDistricts', () => {
  const districts = new Set(['tj-kl-shamsiddin-shohin']);
  it.each<[string, FrontierEvent, boolean]>([
    ['a district event at a border district is drawn at its seat', ev('a', 'district', 'tj-kl-shamsiddin-shohin'), true],
    [
      'a district event at a border district with no areaRef (pinned at its anchor) is drawn at its seat',
      { ...ev('f', 'district', 'tj-kl-shamsiddin-shohin'), areaRef: null },
      true,
    ],
    ['a district event naming a region is not (the region is hatched)', ev('b', 'district', 'TJ-KL'), false],
    ['a province event is not', ev('c', 'province', 'TJ-KL'), false],
    ['a village event is not', ev('d', 'village', null), false],
    ['a district event without geometry is not', ev('e', 'district', 'tj-kl-shamsiddin-shohin', null), false],
  ])('%s', (_name, e, drawn) => {
    expect(eventDistricts([e], districts, 'en').features.map((f) => f.properties.id)).toEqual(drawn ? [e.id] : []);
  });

  it.each<[Parameters<typeof eventDistricts>[2], string]>([
    ['en', 'district — outline not available'],
    ['ru', 'район — границы района нет'],
    ['tg', 'ноҳия — сарҳади ноҳия дастрас нест'],
  ])('labels the ring with the date and "no outline" in %s', (lang, note) => {
    const [f] = eventDistricts([ev('a', 'district', 'tj-kl-shamsiddin-shohin')], districts, lang).features;
    expect(f!.properties.label.split('\n')).toEqual([f!.properties.dateLabel, note]);
    expect(f!.geometry.coordinates).toEqual([68.9, 37.2]);
  });
});

describe('eventPoints: label text', () => {
  it('a 20,000-character title with a bidi override reaches the map as a bounded label without the control', () => {
    const e = { ...ev('long', 'village', null), title: `\u202E${'Very long title '.repeat(1250)}` };
    const [f] = eventPoints([e], 'en').features;
    expect(f!.properties.title.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(f!.properties.title.startsWith('Very long title')).toBe(true);
    expect(f!.properties.title.endsWith('…')).toBe(true);
  });
});

describe('eventMarks: pins, rings and seats in one source', () => {
  const districts = new Set(['tj-kl-shamsiddin-shohin']);
  const ringed = { ...ev('r', 'village', null), location: { precision: 'village' as const, asReported: 'r', uncertaintyKm: 3 } };
  const events = [ev('p', 'village', null), ringed, ev('d', 'district', 'tj-kl-shamsiddin-shohin'), ev('h', 'province', 'TJ-KL')];

  it.each<[string, string, string[]]>([
    ['the pins, in data order', 'pin', ['p', 'r']],
    ['the ring around a village with a stated uncertainty', 'ring', ['r']],
    ['the district seat', 'district', ['d']],
  ])('%s', (_name, mark, ids) => {
    const marks = eventMarks(events, districts, 'en');
    expect(marks.features.filter((f) => f.properties?.['mark'] === mark).map((f) => f.properties?.['id'])).toEqual(ids);
  });

  it('holds exactly the three collections it is made of (the hatched province is not a mark)', () => {
    const marks = eventMarks(events, districts, 'en');
    const count =
      eventPoints(events, 'en').features.length +
      eventRings(events).features.length +
      eventDistricts(events, districts, 'en').features.length;
    expect(marks.features).toHaveLength(count);
    expect(marks.features.filter((f) => f.properties?.['mark'] === 'pin')).toEqual(
      eventPoints(events, 'en').features.map((f) => ({ ...f, properties: { ...f.properties, mark: 'pin' } })),
    );
    expect(marks.features.find((f) => f.properties?.['mark'] === 'ring')?.geometry.type).toBe('Polygon');
  });
});
