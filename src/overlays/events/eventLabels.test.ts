import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { labelFeatures } from './eventLabels';

const pin = (id: string): Feature<Point, { id: string; title: string; dateLabel: string }> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [70, 37] },
  properties: { id, title: `Title ${id}`, dateLabel: `Date ${id}` },
});

describe('event labels', () => {
  const pins = new Map(['a', 'b', 'c'].map((id) => [id, pin(id)]));

  it('labels the given events in the given order with their dates, the selected one with its title', () => {
    const fc = labelFeatures(['c', 'a'], pins, 'a');
    expect(fc.features.map((f) => f.properties)).toEqual([
      { id: 'c', label: 'Date c' },
      { id: 'a', label: 'Title a\nDate a' },
    ]);
    expect(fc.features[0]!.geometry).toEqual(pins.get('c')!.geometry);
  });

  it('skips events without a pin (areas, the border)', () => {
    expect(labelFeatures(['x', 'b'], pins, null).features.map((f) => f.properties.id)).toEqual(['b']);
  });
});
