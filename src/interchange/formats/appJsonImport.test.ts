/** App JSON may cite the bundled reports, name a border district and place an event at a bundled post. */
import { describe, expect, it } from 'vitest';
import { importFile } from '../importFile';
import type { ImportOptions } from '../importTypes';
import { testOptions } from '../testFixtures';

const options = (): ImportOptions => {
  const base = testOptions();
  return {
    ...base,
    geo: { ...base.geo, districts: { 'tj-kl-shamsiddin-shohin': [70.05, 37.84] } },
    reports: { 'kazinform-20260130-bahorak': ['f1', 'f2'] },
    outposts: ['post-bahorak'],
  };
};

const event = (over: Record<string, unknown>): string =>
  JSON.stringify([
    {
      id: 'x',
      kind: 'incident',
      title: 'T',
      summary: '',
      date: { start: '2026-01-29', precision: 'day' },
      location: { precision: 'district', ref: 'tj-kl-shamsiddin-shohin', postId: 'post-bahorak', asReported: 'A' },
      citations: [{ reportId: 'kazinform-20260130-bahorak', facts: ['f1'] }],
      ...over,
    },
  ]);

describe('app JSON import: reports, districts and posts', () => {
  it('accepts a citation of a bundled report at a border district and post, drawn at the district’s anchor', async () => {
    const r = await importFile(event({}), 'events.json', options());
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toMatchObject({ id: 'x', locationPrecision: 'district', lon: 70.05, lat: 37.84 });
  });

  it.each([
    ['an unknown report', { citations: [{ reportId: 'nowhere', facts: ['f1'] }] }, 'citations[0].reportId'],
    ['a fact the report lacks', { citations: [{ reportId: 'kazinform-20260130-bahorak', facts: ['f9'] }] }, 'citations[0].facts[0]'],
    [
      'an unknown post',
      { location: { precision: 'district', ref: 'tj-kl-shamsiddin-shohin', postId: 'post-x', asReported: 'A' } },
      'location.postId',
    ],
  ])('rejects %s, naming the field', async (_what, over, field) => {
    const r = await importFile(event(over), 'events.json', options());
    expect(r.rejected).toBe(1);
    expect(r.errors.map((e) => e.field)).toContain(field);
  });

  it('without districts in the options, a district ref must name a region', async () => {
    const { districts: _omit, ...geo } = options().geo;
    const r = await importFile(event({}), 'events.json', { ...options(), geo });
    expect(r.errors.map((e) => e.field)).toContain('location.ref');
  });
});
