/** Export → import gives the same events: the bundled dataset and an ACLED import, as CSV and GeoJSON. */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../load/loadDataset';
import { readDatasetFiles, readGeoLookup } from '../../load/readDatasetFiles';
import type { Dataset, ImportRecord } from '../../model/types';
import { importFile } from '../importFile';
import { acledCsv, acledRow, testOptions } from '../testFixtures';
import { datasetRecords, selectRecords } from './selectRecords';
import { recordsToCsv } from './toCsv';
import { recordsToGeoJson } from './toGeoJson';
import { readFileSync } from 'node:fs';
import { geoRefsOf } from '../geoRefs';

const DATA = new URL('../../../data/', import.meta.url);

function bundled(): Dataset {
  const geo = readGeoLookup(DATA);
  if (!geo) throw new Error('geo missing');
  const r = parseDataset(readDatasetFiles(DATA), geo);
  if (!r.ok) throw new Error('dataset invalid');
  return r.dataset;
}

const withoutRow = (rs: readonly ImportRecord[]): Array<Omit<ImportRecord, 'row'>> => rs.map(({ row: _row, ...r }) => r);

describe('export → import round trip', () => {
  const dataset = bundled();
  const records = datasetRecords(dataset, new Map());
  const readGeo = (f: string): never => JSON.parse(readFileSync(new URL(`geo/${f}`, DATA), 'utf8')) as never;
  const geo = geoRefsOf({
    places: readGeo('places.geojson'),
    settlements: readGeo('settlements.geojson'),
    regions: readGeo('regions.geojson'),
    districts: readGeo('districts.geojson'),
    border: readGeo('border.geojson'),
  });
  const opts = {
    ...testOptions(),
    geo,
    sources: Object.fromEntries(dataset.sources.flatMap((s) => (s.text === undefined ? [] : [[s.id, { title: s.title, text: s.text }]]))),
    reports: Object.fromEntries(dataset.reportIndex.map((r) => [r.id, r.facts])),
    outposts: dataset.outposts.map((o) => o.id),
  };

  it('datasetRecords flattens every bundled event (quotes as source text, article titles as source name)', () => {
    expect(records.length).toBe(dataset.events.length);
    const shadak = records.find((r) => r.id === 'shadak-attack');
    expect(shadak?.sourceText).toContain('Shadak');
    expect(shadak?.locationPrecision).toBe('village');
    expect(records.find((r) => r.id === 'csto-resolution-2013')?.locationPrecision).toBe('none');
  });

  it.each([
    ['CSV', 'export.csv', (rs: ImportRecord[]): string => recordsToCsv(rs)],
    ['GeoJSON', 'export.geojson', (rs: ImportRecord[]): string => JSON.stringify(recordsToGeoJson(rs))],
  ])('the bundled events survive %s', async (_name, file, write) => {
    const back = await importFile(write(records), file, opts);
    expect(back.errors).toEqual([]);
    expect(withoutRow(back.records)).toEqual(withoutRow(records));
  });

  it('the app JSON of the bundled events imports to the same records', async () => {
    const back = await importFile(readFileSync(new URL('events.json', DATA), 'utf8'), 'events.json', opts);
    expect(back.errors).toEqual([]);
    const byId = (a: ImportRecord, b: ImportRecord): number => (a.id < b.id ? -1 : 1);
    expect(withoutRow([...back.records].sort(byId))).toEqual(withoutRow([...records].sort(byId)));
  });

  it.each(['csv', 'geojson'])('an ACLED import survives %s export', async (kind) => {
    const rows = [
      acledRow(),
      acledRow({ event_id_cnty: 'W2', time_precision: '2', geo_precision: '2', notes: 'a, "b"\nc' }),
      acledRow({ event_id_cnty: 'M3', time_precision: '3', geo_precision: '3', fatalities: '' }),
    ];
    const first = await importFile(acledCsv(rows), 'acled.csv', opts);
    expect(first.records.length).toBe(3);
    const text = kind === 'csv' ? recordsToCsv(first.records) : JSON.stringify(recordsToGeoJson(first.records));
    const back = await importFile(text, `again.${kind}`, opts);
    expect(back.errors).toEqual([]);
    expect(withoutRow(back.records)).toEqual(withoutRow(first.records));
  });

  it('the CSV export keeps ACLED’s columns first, in order', () => {
    const header = recordsToCsv(records.slice(0, 1)).split('\r\n')[0] ?? '';
    expect(header.startsWith('event_id_cnty,event_date,year,time_precision,disorder_type,event_type')).toBe(true);
    expect(header).toContain('title,kind,date_precision,start_date,end_date,location_precision');
  });

  it('selectRecords keeps what overlaps the window (half-open), sorted', () => {
    const w = {
      start: records.find((r) => r.id === 'shadak-attack')!.startDay,
      end: records.find((r) => r.id === 'shadak-attack')!.startDay + 1,
    };
    const ids = selectRecords(records, w).map((r) => r.id);
    expect(ids).toContain('shadak-attack');
    expect(ids).toContain('november-attacks');
    expect(ids).not.toContain('khatlon-clash');
    expect(selectRecords(records, null).length).toBe(records.length);
    expect(selectRecords([], w)).toEqual([]);
  });
});
