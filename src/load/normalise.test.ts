import { NO_MEASURE } from '../geo/borderMeasure.ts';
import { describe, expect, it } from 'vitest';
import { createGeoLookup, lineLabelPoint } from '../geo/geoLookup.ts';
import type { GeoLookupInput } from '../geo/geoLookup.ts';
import { normaliseEvent, normaliseOutpost, normalisePhase, normaliseReport, resolveLocation } from './normalise.ts';
import type { EventLocation, EventRecord } from '../model/types.ts';
import { REPORT } from '../schema/testFixtures.ts';

const INPUT = {
  places: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [71, 38.5] }, properties: { id: 'shadak' } }],
  },
  regions: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [68, 37],
              [70, 37],
              [70, 39],
              [68, 39],
              [68, 37],
            ],
          ],
        },
        // The build-time label anchor (scripts/geo/anchors.ts); here the square's centre.
        properties: { id: 'TJ-KL', label: [69, 38] },
      },
    ],
  },
  border: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [68, 37],
            [69, 37],
            [72, 37],
          ],
        },
        properties: { id: 'tj-af' },
      },
    ],
  },
} as unknown as GeoLookupInput;
const GEO = createGeoLookup(INPUT);

describe('geo lookup', () => {
  it('lineLabelPoint() is halfway along the line by length', () => {
    const [lon, lat] =
      lineLabelPoint({
        type: 'LineString',
        coordinates: [
          [68, 37],
          [69, 37],
          [72, 37],
        ],
      }) ?? [];
    expect(lon).toBeCloseTo(70, 6);
    expect(lat).toBeCloseTo(37, 6);
    expect(lineLabelPoint({ type: 'LineString', coordinates: [] })).toBeUndefined();
  });

  it('createGeoLookup() resolves places, regions and the border', () => {
    expect(GEO.placeLngLat('shadak')).toEqual([71, 38.5]);
    expect(GEO.placeLngLat('atlantis')).toBeUndefined();
    expect([...GEO.regionIds]).toEqual(['TJ-KL']);
    expect(GEO.regionLabelPoint('TJ-KL')).toEqual([69, 38]);
    expect(GEO.borderId).toBe('tj-af');
  });
});

describe('resolveLocation', () => {
  it.each<[EventLocation, [number, number] | null, string | null]>([
    [{ precision: 'village', ref: 'shadak', asReported: 'near Shadak' }, [71, 38.5], null],
    [{ precision: 'point', coordinates: [70.1, 38.2], asReported: 'here' }, [70.1, 38.2], null],
    [{ precision: 'province', ref: 'TJ-KL', asReported: 'in Khatlon' }, [69, 38], 'TJ-KL'],
    [{ precision: 'district', ref: 'TJ-KL', asReported: 'x' }, [69, 38], 'TJ-KL'],
    [{ precision: 'none', asReported: 'not stated' }, null, null],
  ])('%j ⇒ geometry %j, areaRef %j', (location, geometry, areaRef) => {
    expect(resolveLocation(location, GEO)).toEqual({ geometry, areaRef });
  });

  it('places a border-district event at the district’s anchor with nothing to highlight (districts have no outline)', () => {
    const geo = {
      ...GEO,
      districtIds: new Set(['tj-kl-panj']),
      districtLabelPoint: (id: string) => (id === 'tj-kl-panj' ? ([69.1, 37.2] as [number, number]) : undefined),
    };
    expect(resolveLocation({ precision: 'district', ref: 'tj-kl-panj', asReported: 'x' }, geo)).toEqual({
      geometry: [69.1, 37.2],
      areaRef: null,
    });
    expect(resolveLocation({ precision: 'district', ref: 'TJ-KL', asReported: 'x' }, geo)).toEqual({
      geometry: [69, 38],
      areaRef: 'TJ-KL',
    });
  });

  it('places a border event at the border label point and highlights the border', () => {
    const { geometry, areaRef } = resolveLocation({ precision: 'border', ref: 'tj-af', asReported: 'x' }, GEO);
    expect(areaRef).toBe('tj-af');
    expect(geometry?.[0]).toBeCloseTo(70, 6);
  });

  it('gives a border event no geometry when the lookup has no border point', () => {
    const { borderLabelPoint: _omit, ...noBorder } = GEO;
    expect(resolveLocation({ precision: 'border', ref: 'tj-af', asReported: 'x' }, noBorder)).toEqual({ geometry: null, areaRef: 'tj-af' });
  });

  it.each<[EventLocation, string]>([
    [{ precision: 'village', ref: 'atlantis', asReported: 'x' }, 'invalid place id: atlantis'],
    [{ precision: 'province', ref: 'TJ-XX', asReported: 'x' }, 'invalid region id: TJ-XX'],
    [{ precision: 'border', ref: 'tj-uz', asReported: 'x' }, 'invalid border id: tj-uz'],
  ])('throws for an unresolvable %j', (location, message) => {
    expect(() => resolveLocation(location, GEO)).toThrow(message);
  });
});

describe('normalise', () => {
  it('normaliseEvent() adds the day span and geometry', () => {
    const record: EventRecord = {
      id: 'e',
      kind: 'incident',
      title: 't',
      summary: '',
      date: { start: '2025-11', precision: 'month' },
      location: { precision: 'village', ref: 'shadak', asReported: 'x' },
      sources: [{ sourceId: 's', quote: 'q' }],
    };
    expect(normaliseEvent(record, GEO)).toEqual({
      ...record,
      startDay: 9436,
      endDay: 9465,
      geometry: [71, 38.5],
      areaRef: null,
      border: NO_MEASURE,
    });
  });

  it('normalisePhase() spans whole years', () => {
    const phase = normalisePhase({
      id: 'p',
      stage: 2,
      name: 'n',
      start: '2026',
      end: '2027',
      description: '',
      coverage: 'select-outposts',
      coverageNote: 'c',
      sources: [],
    });
    expect([phase.startDay, phase.endDay]).toEqual([9497, 10226]);
  });

  it('normaliseOutpost() draws a settlement outpost at its place', () => {
    const outpost = normaliseOutpost(
      { id: 'o', kind: 'crossing', name: 'O', placeId: 'shadak', precision: 'settlement', sources: [{ citation: 'c' }] },
      GEO,
    );
    expect(outpost.lngLat).toEqual([71, 38.5]);
  });
});

describe('normalise: outposts at a district, reports', () => {
  it('normaliseOutpost() draws a district post at the district anchor and marks it approximate', () => {
    const outpost = normaliseOutpost(
      { id: 'p', kind: 'post', name: 'P', district: 'TJ-KL', precision: 'district', sources: [{ citation: 'c' }] },
      GEO,
    );
    expect(outpost).toMatchObject({ lngLat: [69, 38], approximate: true });
  });

  it('normaliseOutpost() draws a post in a border district at that district’s anchor, not a region’s', () => {
    const geo = {
      ...GEO,
      districtIds: new Set(['tj-kl-panj']),
      districtLabelPoint: (id: string) => (id === 'tj-kl-panj' ? ([69.1, 37.2] as [number, number]) : undefined),
    };
    const outpost = normaliseOutpost(
      { id: 'p', kind: 'post', name: 'P', district: 'tj-kl-panj', precision: 'district', sources: [{ citation: 'c' }] },
      geo,
    );
    expect(outpost).toMatchObject({ lngLat: [69.1, 37.2], approximate: true });
  });

  it('normaliseReport() adds the publication day, null when undated', () => {
    const report = { ...REPORT, facts: [...REPORT.facts] };
    expect(normaliseReport(report).publishedDay).toBe(9466);
    expect(normaliseReport({ ...report, published: null, publishedNote: 'undated' }).publishedDay).toBeNull();
  });
});
