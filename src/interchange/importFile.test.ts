/** The malformed-input table: every case is rejected (or accepted) with a report naming where and why. */
import { describe, expect, it } from 'vitest';
import { importFile } from './importFile';
import { acledCsv, acledRow, fc, pointFeature, testOptions } from './testFixtures';
import { ACLED_COLUMNS } from './formats/acledCsv';

interface Case {
  name: string;
  file: string;
  input: string;
  fatal?: RegExp;
  accepted?: number;
  rejected?: number;
  /** A problem expected in the report: record label, field and detail pattern. */
  error?: { record?: string; field?: string; detail: RegExp };
}

const csv = (...over: Array<Record<string, string>>): string => acledCsv(over.map((o, i) => acledRow({ event_id_cnty: `TJK${i}`, ...o })));
const deep = (n: number): string => '['.repeat(n) + ']'.repeat(n);
const deepProps = `${'{"a":'.repeat(5000)}"leaf"${'}'.repeat(5000)}`;

const cases: Case[] = [
  { name: 'empty file', file: 'a.csv', input: '', fatal: /empty file/ },
  { name: 'whitespace only', file: 'a.json', input: ' \r\n\t ', fatal: /empty file/ },
  { name: 'not JSON', file: 'a.json', input: '{"type": "FeatureCollection", "features": [', fatal: /valid JSON/ },
  { name: 'NaN literal in JSON', file: 'a.geojson', input: fc(pointFeature([1, 2])).replace('[1,2]', '[NaN,2]'), fatal: /valid JSON/ },
  {
    name: 'JSON but not GeoJSON',
    file: 'a.json',
    input: '{"foo": 1, "bar": [1]}',
    fatal: /GeoJSON FeatureCollection or Feature, got an object with keys foo, bar/,
  },
  { name: 'JSON array of numbers', file: 'a.json', input: '[1, 2, 3]', fatal: /array of something else/ },
  { name: 'JSON string', file: 'a.json', input: '"hello"', fatal: /got "hello"/ },
  { name: 'bare geometry', file: 'a.geojson', input: '{"type":"Point","coordinates":[70,37]}', fatal: /bare Point geometry/ },
  { name: 'TopoJSON', file: 'a.json', input: '{"type":"Topology","objects":{}}', fatal: /type "Topology"/ },
  {
    name: 'features not an array',
    file: 'a.geojson',
    input: '{"type":"FeatureCollection","features":{}}',
    fatal: /"features" to be an array/,
  },
  {
    name: 'LineString geometry',
    file: 'a.geojson',
    input: fc({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [70, 37],
          [71, 37],
        ],
      },
      properties: { date: '2025-01-01' },
    }),
    rejected: 1,
    error: { record: 'feature #0', field: 'geometry.type', detail: /expected "Point".*got "LineString"/ },
  },
  {
    name: 'Polygon geometry',
    file: 'a.geojson',
    input: fc({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: {} }),
    rejected: 1,
    error: { field: 'geometry.type', detail: /got "Polygon"/ },
  },
  {
    name: 'missing coordinates',
    file: 'a.geojson',
    input: fc({ type: 'Feature', geometry: { type: 'Point' }, properties: { date: '2025-01-01' } }),
    rejected: 1,
    error: { field: 'geometry.coordinates', detail: /got nothing/ },
  },
  {
    name: 'non-numeric coordinates',
    file: 'a.geojson',
    input: fc(pointFeature(['seventy', '37'])),
    rejected: 1,
    error: { record: 'feature "gj-1" (#0)', field: 'geometry.coordinates[0]', detail: /finite number, got "seventy"/ },
  },
  {
    name: 'Infinity coordinate (1e400)',
    file: 'a.geojson',
    input: fc(pointFeature([1, 37])).replace('[1,37]', '[1e400,37]'),
    rejected: 1,
    error: { field: 'geometry.coordinates[0]', detail: /finite number/ },
  },
  {
    name: 'latitude out of range',
    file: 'a.geojson',
    input: fc(pointFeature([120, 95])),
    rejected: 1,
    error: { field: 'geometry.coordinates[1]', detail: /latitude in -90\.\.90, got 95$/ },
  },
  {
    name: 'longitude out of range',
    file: 'a.geojson',
    input: fc(pointFeature([200, 37])),
    rejected: 1,
    error: { field: 'geometry.coordinates[0]', detail: /longitude in -180\.\.180, got 200/ },
  },
  {
    name: 'lat/lon swapped (latitude > 90)',
    file: 'a.geojson',
    input: fc(pointFeature([37.6, 120])),
    rejected: 1,
    error: { detail: /look swapped/ },
  },
  {
    name: 'lat/lon swapped (plausible)',
    file: 'a.geojson',
    input: fc(pointFeature([37.66, 71.55])),
    rejected: 1,
    error: { field: 'geometry.coordinates[1]', detail: /look swapped/ },
  },
  {
    name: 'null geometry for a located event',
    file: 'a.geojson',
    input: fc({ type: 'Feature', geometry: null, properties: { date: '2025-01-01' } }),
    rejected: 1,
    error: { field: 'geometry', detail: /Point .*got null/ },
  },
  {
    name: 'feature that is not an object',
    file: 'a.geojson',
    input: fc(5, pointFeature([70, 37])),
    accepted: 1,
    rejected: 1,
    error: { record: 'feature #0', field: 'type', detail: /"Feature", got 5/ },
  },
  { name: 'deeply nested arrays', file: 'a.json', input: deep(100_000), fatal: /valid JSON|something else/ },
  {
    name: 'deeply nested property (ignored)',
    file: 'a.geojson',
    input: fc(pointFeature([70, 37], { deep: 'DEEP' })).replace('"DEEP"', deepProps),
    accepted: 1,
    rejected: 0,
  },
  { name: 'BOM and CRLF in CSV', file: 'a.csv', input: `\uFEFF${csv({}, {}).replace(/\r?\n/g, '\r\n')}\r\n`, accepted: 2, rejected: 0 },
  { name: 'BOM in GeoJSON', file: 'a.geojson', input: `\uFEFF${fc(pointFeature([70, 37]))}`, accepted: 1, rejected: 0 },
  {
    name: 'CSV missing columns',
    file: 'a.csv',
    input: acledCsv(
      [acledRow()],
      ACLED_COLUMNS.filter((c) => c !== 'latitude' && c !== 'notes'),
    ),
    fatal: /without latitude, notes/,
  },
  {
    name: 'CSV row with too few fields',
    file: 'a.csv',
    input: `${csv({})}\nTJK9,2025-11-30,2025`,
    accepted: 1,
    rejected: 1,
    error: { record: 'row 3', detail: /expected 31 fields \(one per column\), got 3/ },
  },
  {
    name: 'CSV row with too many fields',
    file: 'a.csv',
    input: `${csv({})}\n${csv({ event_id_cnty: 'X2' }).split('\n')[1]},surplus`,
    accepted: 1,
    rejected: 1,
    error: { record: 'row 3', detail: /expected 31 fields/ },
  },
  {
    name: 'CSV extra columns are kept',
    file: 'a.csv',
    input: acledCsv([acledRow({ my_column: 'kept' })], [...ACLED_COLUMNS, 'my_column']),
    accepted: 1,
  },
  {
    name: 'CSV quoted commas and newlines',
    file: 'a.csv',
    input: csv({ notes: 'Line one, with a comma\nline two "quoted"' }),
    accepted: 1,
  },
  {
    name: 'CSV bad date 2025-02-30',
    file: 'a.csv',
    input: csv({ event_date: '2025-02-30', year: '2025' }),
    rejected: 1,
    error: { record: 'row 2', field: 'event_date', detail: /real calendar date.*got "2025-02-30"/ },
  },
  {
    name: 'CSV unparseable date',
    file: 'a.csv',
    input: csv({ event_date: 'yesterday' }),
    rejected: 1,
    error: { field: 'event_date', detail: /got "yesterday"/ },
  },
  {
    name: 'CSV future date',
    file: 'a.csv',
    input: csv({ event_date: '2027-01-05', year: '2027' }),
    rejected: 1,
    error: { field: 'event_date', detail: /in the future/ },
  },
  {
    name: 'CSV negative fatalities',
    file: 'a.csv',
    input: csv({ fatalities: '-3' }),
    rejected: 1,
    error: { field: 'fatalities', detail: /non-negative whole number, got "-3"/ },
  },
  {
    name: 'CSV fractional fatalities',
    file: 'a.csv',
    input: csv({ fatalities: '1.5' }),
    rejected: 1,
    error: { field: 'fatalities', detail: /whole number/ },
  },
  {
    name: 'CSV non-numeric latitude',
    file: 'a.csv',
    input: csv({ latitude: 'north' }),
    rejected: 1,
    error: { field: 'latitude', detail: /finite number, got "north"/ },
  },
  {
    name: 'CSV NaN longitude',
    file: 'a.csv',
    input: csv({ longitude: 'NaN' }),
    rejected: 1,
    error: { field: 'longitude', detail: /finite number, got "NaN"/ },
  },
  {
    name: 'CSV Infinity latitude',
    file: 'a.csv',
    input: csv({ latitude: 'Infinity' }),
    rejected: 1,
    error: { field: 'latitude', detail: /finite number/ },
  },
  {
    name: 'CSV missing coordinates',
    file: 'a.csv',
    input: csv({ latitude: '', longitude: '' }),
    rejected: 1,
    error: { field: 'longitude', detail: /finite number, got ""/ },
  },
  {
    name: 'CSV lat/lon swapped',
    file: 'a.csv',
    input: csv({ latitude: '71.55', longitude: '37.66' }),
    rejected: 1,
    error: { field: 'latitude', detail: /look swapped/ },
  },
  {
    name: 'CSV duplicate ids',
    file: 'a.csv',
    input: csv({ event_id_cnty: 'DUP1' }, { event_id_cnty: 'DUP1' }),
    accepted: 1,
    rejected: 1,
    error: { record: 'row 3', field: 'event_id_cnty', detail: /unique id, got "DUP1" \(already used in row 2\)/ },
  },
  {
    name: 'GeoJSON duplicate ids',
    file: 'a.geojson',
    input: fc(pointFeature([70, 37]), pointFeature([71, 37])),
    accepted: 1,
    rejected: 1,
    error: { record: 'feature "gj-1" (#1)', field: 'id', detail: /already used by feature #0/ },
  },
  {
    name: 'CSV unknown time_precision',
    file: 'a.csv',
    input: csv({ time_precision: '7' }),
    rejected: 1,
    error: { field: 'time_precision', detail: /one of 1 \(day\)/ },
  },
  {
    name: 'CSV unknown geo_precision',
    file: 'a.csv',
    input: csv({ geo_precision: '0' }),
    rejected: 1,
    error: { field: 'geo_precision', detail: /got "0"/ },
  },
  {
    name: 'CSV year disagrees with event_date',
    file: 'a.csv',
    input: csv({ year: '2024' }),
    rejected: 1,
    error: { field: 'year', detail: /expected 2025/ },
  },
  {
    name: 'CSV unterminated quote',
    file: 'a.csv',
    input: `${csv({})}\nTJK7,"2025-11-30,2025`,
    accepted: 1,
    rejected: 1,
    error: { record: 'row 3', detail: /.+/ },
  },
  { name: 'CSV header only', file: 'a.csv', input: ACLED_COLUMNS.join(','), accepted: 0, rejected: 0 },
  {
    name: 'CSV id with markup',
    file: 'a.csv',
    input: csv({ event_id_cnty: '<img src=x onerror=alert(1)>' }),
    rejected: 1,
    error: { field: 'event_id_cnty', detail: /id of letters/ },
  },
  { name: 'CSV of something else', file: 'people.csv', input: 'name,age\nAda,36\n', fatal: /ACLED's columns.*first columns: name, age/ },
  {
    name: 'app JSON with unreal date and unknown place',
    file: 'events.json',
    input: JSON.stringify([
      {
        id: 'x',
        kind: 'incident',
        title: 'T',
        summary: '',
        date: { start: '2025-02-30', precision: 'day' },
        location: { precision: 'village', ref: 'atlantis', asReported: 'A' },
        sources: [{ sourceId: 'src-000', quote: 'Two Chinese' }],
      },
    ]),
    rejected: 1,
    error: { record: 'event "x" (#0)', field: 'location.ref', detail: /place id/ },
  },
  {
    name: 'app JSON quote not in a bundled article',
    file: 'events.json',
    input: JSON.stringify([
      {
        id: 'x',
        kind: 'incident',
        title: 'T',
        summary: '',
        date: { start: '2025-02-03', precision: 'day' },
        location: { precision: 'none', asReported: 'A' },
        sources: [{ sourceId: 'src-000', quote: 'invented words' }],
      },
    ]),
    rejected: 1,
    error: { field: 'sources[0].quote', detail: /exact substring/ },
  },
  {
    name: 'GeoJSON properties not an object',
    file: 'a.geojson',
    input: fc({ type: 'Feature', geometry: { type: 'Point', coordinates: [70, 37] }, properties: [1] }),
    rejected: 1,
    error: { field: 'properties', detail: /object or null, got an array/ },
  },
  {
    name: 'GeoJSON feature without a date',
    file: 'a.geojson',
    input: fc({ type: 'Feature', geometry: { type: 'Point', coordinates: [70, 37] }, properties: { title: 'x' } }),
    rejected: 1,
    error: { field: 'date', detail: /a date, got nothing/ },
  },
];

describe('importFile: malformed input', () => {
  it.each(cases)('$name', async (c) => {
    const r = await importFile(c.input, c.file, testOptions());
    if (c.fatal) {
      expect(r.fatal).toMatch(c.fatal);
      expect(r.records).toEqual([]);
      expect(r.errors[0]?.file).toBe(c.file);
      return;
    }
    expect(r.fatal).toBeNull();
    if (c.accepted !== undefined) expect(r.records.length).toBe(c.accepted);
    if (c.rejected !== undefined) expect(r.rejected).toBe(c.rejected);
    expect(r.records.length + r.rejected).toBe(r.total);
    if (c.error) {
      const want = c.error;
      const hit = r.errors.find(
        (e) =>
          (want.record === undefined || e.record === want.record) &&
          (want.field === undefined || e.field === want.field) &&
          want.detail.test(e.detail),
      );
      expect(hit, JSON.stringify(r.errors, null, 1)).toBeDefined();
      expect(hit?.file).toBe(c.file);
      expect(hit?.message.startsWith(`${c.file} › `)).toBe(true);
    }
  });
});

describe('importFile: how problems are reported', () => {
  const readable = cases.filter((c) => !c.fatal);

  it.each(readable)(
    '$name: each problem names the file, the record and (when known) the field, and the records rejected are the ones named',
    async (c) => {
      const r = await importFile(c.input, c.file, testOptions());
      for (const e of r.errors) {
        expect(e.file).toBe(c.file);
        expect(e.record).not.toBe('');
        expect(e.message.startsWith(`${c.file} › ${e.record}`)).toBe(true);
        if (e.field !== '') expect(e.message).toContain(` › ${e.field}: `);
        expect(e.message.endsWith(e.detail)).toBe(true);
      }
      expect(new Set(r.errors.map((e) => e.record)).size).toBe(r.rejected);
    },
  );

  it.each(cases.filter((c) => c.fatal))('$name: one problem for the whole file, and nothing is read', async (c) => {
    const r = await importFile(c.input, c.file, testOptions());
    expect(r.errors).toEqual([{ file: c.file, record: '', field: '', detail: r.fatal, message: `${c.file}: ${r.fatal}` }]);
    expect(r).toMatchObject({ records: [], total: 0, rejected: 0 });
  });
});
