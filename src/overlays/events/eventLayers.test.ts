/**
 * The id filters the events overlay sets on every window change (up to 5,000 imported ids), checked
 * with the style spec's own validator and filter evaluation: a `match` rejects repeated labels, and
 * an id must be compared as a string whatever it looks like.
 */
import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { idIn, markIn, withMark } from './eventLayers';

const errorsOf = (filter: FilterSpecification): string[] =>
  validateStyleMin({
    version: 8,
    sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [{ id: 'l', type: 'circle', source: 's', filter }],
  } as never).map((e) => e.message);

const passes = (filter: FilterSpecification, properties: Record<string, string>): boolean =>
  featureFilter(filter, 'layers[0].filter').filter({ zoom: 6 } as never, { type: 1, properties } as never);

const many = Array.from({ length: 5000 }, (_, i) => `imp-${i}`);

describe('event id filters', () => {
  it.each([
    { name: 'no ids', filter: markIn('pin', []) },
    { name: 'one id', filter: markIn('ring', ['a']) },
    { name: 'repeated ids', filter: markIn('district', ['a', 'a', 'b']) },
    { name: 'ids that look like expressions', filter: markIn('pin', ['["get","id"]', 'true', '0']) },
    { name: '5,000 ids', filter: withMark('pin', idIn(many)) },
  ])('$name: a valid filter', ({ filter }) => {
    expect(errorsOf(filter)).toEqual([]);
  });

  it.each([
    { mark: 'pin', id: 'imp-4999', passes: true },
    { mark: 'pin', id: 'imp-0', passes: true },
    { mark: 'pin', id: 'imp-5000', passes: false },
    { mark: 'ring', id: 'imp-7', passes: false },
  ])('pins among 5,000 ids: $mark $id → $passes', ({ mark, id, passes: want }) => {
    expect(passes(withMark('pin', idIn(many)), { mark, id })).toBe(want);
  });

  it('no ids: nothing passes', () => {
    expect(passes(markIn('pin', []), { mark: 'pin', id: 'a' })).toBe(false);
  });

  it('an id is matched as a string, not read as an expression', () => {
    expect(passes(markIn('pin', ['["get","id"]']), { mark: 'pin', id: '["get","id"]' })).toBe(true);
    expect(passes(markIn('pin', ['["get","id"]']), { mark: 'pin', id: 'x' })).toBe(false);
  });
});
