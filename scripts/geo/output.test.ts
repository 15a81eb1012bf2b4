import { describe, expect, it } from 'vitest';
import { byId, featureCollectionText, type OutFeature } from './output.ts';

const f = (id: string): OutFeature => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [1, 2] } });

describe('featureCollectionText()', () => {
  it('hoists the id and writes one feature per line', () => {
    expect(featureCollectionText([f('a'), f('b')])).toBe(
      '{"type":"FeatureCollection","features":[\n' +
        '{"type":"Feature","id":"a","properties":{"id":"a"},"geometry":{"type":"Point","coordinates":[1,2]}},\n' +
        '{"type":"Feature","id":"b","properties":{"id":"b"},"geometry":{"type":"Point","coordinates":[1,2]}}\n]}\n',
    );
  });
  it('keeps property keys in the order they were built', () => {
    const g: OutFeature = {
      type: 'Feature',
      properties: { id: 'x', z: 1, a: 2 } as { id: string },
      geometry: { type: 'Point', coordinates: [0, 0] },
    };
    expect(featureCollectionText([g])).toContain('"properties":{"id":"x","z":1,"a":2}');
  });
});

describe('byId()', () => {
  it.each([
    [
      ['b', 'a', 'c'],
      ['a', 'b', 'c'],
    ],
    [
      ['TJ-KL', 'AF-BD', 'TJ-BK'],
      ['AF-BD', 'TJ-BK', 'TJ-KL'],
    ],
    [
      ['panj', 'panji-poyon', 'pamir'],
      ['pamir', 'panj', 'panji-poyon'],
    ],
    [[], []],
  ])('%j → %j', (ids, want) => {
    expect(
      ids
        .map(f)
        .sort(byId)
        .map((x) => x.properties.id),
    ).toEqual(want);
  });
});
