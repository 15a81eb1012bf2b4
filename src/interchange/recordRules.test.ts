/**
 * What every importer accepts and rejects, per record: one id rule (the one `sel=` and the host
 * API use), coordinates inside the frontier area, no date after today, casualty counts as plain
 * digits, and messages that name file, record, field and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { civilToDayNumber, dayNumberToIsoDay } from '../calendar/dates';
import { validateHostMessage } from '../host-api/protocol';
import { ID_PATTERN } from '../schema/params';
import { ID_RULE, isRecordId } from '../schema/recordId';
import { parseUrlState } from '../state/url/urlState';
import { importFile } from './importFile';
import type { ImportResult } from './importTypes';
import { ACLED_COLUMNS } from './formats/acledColumns';
import { acledCsv, acledRow, fc, pointFeature, testOptions, TODAY } from './testFixtures';

const csv = (...over: Array<Record<string, string>>): string => acledCsv(over.map((o, i) => acledRow({ event_id_cnty: `TJK${i}`, ...o })));
const appEvent = (over: Record<string, unknown>): Record<string, unknown> => ({
  id: 'app-1',
  kind: 'incident',
  title: 'T',
  summary: '',
  date: { start: '2025-11-30', precision: 'day' },
  location: { precision: 'point', coordinates: [71.55, 37.66], asReported: 'A' },
  sources: [{ sourceId: 'src-000', quote: 'Two Chinese' }],
  ...over,
});
const appJson = (...events: Array<Record<string, unknown>>): string => JSON.stringify(events);
const iso = (day: number): string => dayNumberToIsoDay(day);
const BOUNDS = { start: civilToDayNumber(2013, 1, 1), end: civilToDayNumber(2030, 1, 1) };

/** The one problem of a one-record file (asserting there is exactly one rejected record). */
async function problem(input: string, file: string): Promise<{ field: string; detail: string; record: string }> {
  const r: ImportResult = await importFile(input, file, testOptions());
  expect(r.fatal).toBeNull();
  expect(r.records).toEqual([]);
  expect(r.rejected).toBe(1);
  const e = r.errors[0];
  if (!e) throw new Error('no error');
  expect(e.file).toBe(file);
  expect(e.message).toBe(`${file} › ${e.record} › ${e.field}: ${e.detail}`);
  return e;
}

describe('one id rule for every format, the URL and the host API', () => {
  const ids = [
    'TJK100',
    'a',
    'A.b_c:d-e',
    '9',
    'x'.repeat(128),
    'x'.repeat(129),
    '<img src=x onerror=alert(1)>',
    '-lead',
    'a b',
    'ünï',
    'a/b',
    '"q"',
    "javascript:alert('1')",
    '.dot',
  ];

  it.each(ids)('%j: accepted by every importer exactly when sel= and the host API accept it', async (id) => {
    const rule = isRecordId(id);
    expect(ID_PATTERN.test(id)).toBe(rule);
    const sel = parseUrlState(`?sel=${encodeURIComponent(id)}`, BOUNDS);
    expect(sel.state.selectedId === id).toBe(rule);
    expect(validateHostMessage({ type: 'frontier-map:command', command: 'select', id }, BOUNDS).ok).toBe(rule);
    const results = await Promise.all([
      importFile(csv({ event_id_cnty: id }), 'ids.csv', testOptions()),
      importFile(fc(pointFeature([71.55, 37.66], { id })), 'ids.geojson', testOptions()),
      importFile(appJson(appEvent({ id })), 'ids.json', testOptions()),
    ]);
    for (const r of results) {
      expect(r.records.map((x) => x.id)).toEqual(rule ? [id] : []);
      if (!rule) expect(r.errors.map((e) => e.detail)).toContainEqual(expect.stringContaining(`expected ${ID_RULE}`));
    }
  });
});

describe('coordinates: inside the frontier area, numbers, never swapped', () => {
  it.each([
    [
      'app JSON swapped',
      () => appJson(appEvent({ location: { precision: 'point', coordinates: [37.66, 71.55], asReported: 'A' } })),
      'a.json',
      'location.coordinates[1]',
      /look swapped/,
    ],
    [
      'app JSON 0,0',
      () => appJson(appEvent({ location: { precision: 'point', coordinates: [0, 0], asReported: 'A' } })),
      'a.json',
      'location.coordinates[0]',
      /^expected longitude in 60\.\.80 \(the frontier area\), got 0$/,
    ],
    [
      'CSV 0,0',
      () => csv({ latitude: '0', longitude: '0' }),
      'a.csv',
      'longitude',
      /^expected longitude in 60\.\.80 \(the frontier area\), got 0$/,
    ],
    ['GeoJSON 0,0', () => fc(pointFeature([0, 0])), 'a.geojson', 'geometry.coordinates[0]', /frontier area\), got 0$/],
    [
      'GeoJSON latitude as a string',
      () => fc(pointFeature([71.55, '37.66'])),
      'a.geojson',
      'geometry.coordinates[1]',
      /^expected a finite number, got "37.66" \(text; GeoJSON coordinates are numbers\)$/,
    ],
    [
      'CSV hexadecimal latitude',
      () => csv({ latitude: '0x25' }),
      'a.csv',
      'latitude',
      /finite number, got "0x25" \(written as a plain decimal/,
    ],
    [
      'GeoJSON 1e999 (out of range, not "null")',
      () => fc(pointFeature([71.55, 37])).replace('[71.55,37]', '[1e999,37]'),
      'a.geojson',
      'geometry.coordinates[0]',
      /^expected a finite number, got Infinity \(out of range: too large to represent\)$/,
    ],
    ['CSV 1e999', () => csv({ latitude: '1e999' }), 'a.csv', 'latitude', /got "1e999" \(out of range/],
    [
      'GeoJSON position of 4 numbers',
      () => fc(pointFeature([71.55, 37.66, 0, 0])),
      'a.geojson',
      'geometry.coordinates',
      /^expected a position of 2 or 3 numbers .*, got 4$/,
    ],
    ['GeoJSON position of 1 number', () => fc(pointFeature([71.55])), 'a.geojson', 'geometry.coordinates', /2 or 3 numbers .*, got 1$/],
    [
      'GeoJSON altitude as text',
      () => fc(pointFeature([71.55, 37.66, 'high'])),
      'a.geojson',
      'geometry.coordinates[2]',
      /finite number \(altitude\), got "high"/,
    ],
  ])('%s is rejected, naming the field', async (_name, input, file, field, detail) => {
    const e = await problem(input(), file);
    expect(e.field).toBe(field);
    expect(e.detail).toMatch(detail);
  });

  it('a position with altitude, and numbers written plainly in CSV (+, leading dot), are accepted', async () => {
    expect((await importFile(fc(pointFeature([71.55, 37.66, 1200])), 'a.geojson', testOptions())).records.length).toBe(1);
    const r = await importFile(csv({ latitude: '+37.66', longitude: '71.' }), 'a.csv', testOptions());
    expect(r.records[0]).toMatchObject({ lat: 37.66, lon: 71 });
  });
});

describe('dates: none after today', () => {
  const today = iso(TODAY);
  const later = iso(TODAY + 2);
  it.each([
    [
      'app JSON range ending 9999-12-31',
      () => appJson(appEvent({ date: { start: '2025-11-01', end: '9999-12-31', precision: 'range' } })),
      'a.json',
      'date.end',
      '"9999-12-31"',
    ],
    [
      'CSV range ending 9999-12-31',
      () =>
        acledCsv(
          [acledRow({ date_precision: 'range', start_date: '2025-11-01', end_date: '9999-12-31' })],
          [...ACLED_COLUMNS, 'date_precision', 'start_date', 'end_date'],
        ),
      'a.csv',
      'end_date',
      '"9999-12-31"',
    ],
    [
      'GeoJSON range ending 9999-12-31',
      () => fc(pointFeature([71.55, 37.66], { date_precision: 'range', end_date: '9999-12-31' })),
      'a.geojson',
      'end_date',
      '"9999-12-31"',
    ],
    [
      'ACLED time_precision 2, event_date in two days',
      () => csv({ event_date: later, year: later.slice(0, 4), time_precision: '2' }),
      'a.csv',
      'event_date',
      `"${later}"`,
    ],
    [
      'ACLED time_precision 3, event_date in two days',
      () => csv({ event_date: later, year: later.slice(0, 4), time_precision: '3' }),
      'a.csv',
      'event_date',
      `"${later}"`,
    ],
  ])('%s is rejected as in the future', async (_name, input, file, field, got) => {
    const e = await problem(input(), file);
    expect(e.field).toBe(field);
    expect(e.detail).toBe(`expected a date on or before today (${today}), got ${got} (in the future)`);
  });

  it.each(['2', '3'])('ACLED time_precision %s with event_date today is accepted (its week or month may run on)', async (tp) => {
    const r = await importFile(csv({ event_date: today, year: today.slice(0, 4), time_precision: tp }), 'a.csv', testOptions());
    expect(r.errors).toEqual([]);
    expect(r.records[0]?.endDay).toBeGreaterThan(TODAY);
  });
});

describe('fatalities: plain non-negative decimal integers up to 1,000,000', () => {
  it.each([
    ['0x10', /got "0x10" \(written in plain decimal digits: hexadecimal, binary, exponents and signs are not read\)$/],
    ['0b11', /got "0b11" \(written in plain decimal digits/],
    ['1e308', /got "1e308" \(written in plain decimal digits/],
    ['1e3', /got "1e3" \(written in plain decimal digits/],
    ['+5', /got "\+5" \(written in plain decimal digits/],
    ['Infinity', /got "Infinity" \(written in plain decimal digits/],
    ['9007199254740993', /got "9007199254740993" \(not a safe integer, so its digits cannot be kept exactly; at most 1000000\)$/],
    ['1000001', /got "1000001" \(at most 1000000\)$/],
    ['-3', /^expected a non-negative whole number, got "-3"$/],
    ['2.5', /^expected a non-negative whole number, got "2.5"$/],
  ])('CSV %j is rejected, saying why', async (value, detail) => {
    const e = await problem(csv({ fatalities: value }), 'a.csv');
    expect(e.field).toBe('fatalities');
    expect(e.detail).toMatch(detail);
  });

  it.each([
    ['1e308', /got 1e\+308 \(not a safe integer/],
    ['9007199254740993', /got 9007199254740992 \(not a safe integer/],
    ['1e999', /got Infinity \(out of range: too large to represent; at most 1000000\)$/],
    ['"0x10"', /got "0x10" \(written in plain decimal digits/],
  ])('GeoJSON fatalities %s is rejected', async (literal, detail) => {
    const text = fc(pointFeature([71.55, 37.66], { fatalities: 'F' })).replace('"F"', literal);
    const e = await problem(text, 'a.geojson');
    expect(e.field).toBe('fatalities');
    expect(e.detail).toMatch(detail);
  });

  it.each([
    ['0', 0],
    ['16', 16],
    ['007', 7],
    ['1000000', 1_000_000],
  ])('CSV %j is %d', async (value, n) => {
    expect((await importFile(csv({ fatalities: value }), 'a.csv', testOptions())).records[0]?.fatalities).toBe(n);
  });

  it('GeoJSON fatalities may be a JSON number', async () => {
    expect(
      (await importFile(fc(pointFeature([71.55, 37.66], { fatalities: 16 })), 'a.geojson', testOptions())).records[0]?.fatalities,
    ).toBe(16);
  });
});

describe('messages name the field the file uses', () => {
  it('a GeoJSON feature without a date is blamed on "date", not event_date', async () => {
    const e = await problem(
      fc({ type: 'Feature', geometry: { type: 'Point', coordinates: [71.55, 37.66] }, properties: { id: 'a' } }),
      'a.geojson',
    );
    expect(e).toMatchObject({ record: 'feature "a" (#0)', field: 'date' });
    expect(e.detail).toMatch(/^expected a date, got nothing \(property "date", "start_date" or "event_date"/);
  });

  it('an ACLED row without event_date is blamed on event_date', async () => {
    expect((await problem(csv({ event_date: '' }), 'a.csv')).field).toBe('event_date');
  });

  it('a row that cannot be split into columns is blamed on its fields', async () => {
    const r = await importFile(`${csv({})}\nTJK9,2025-11-30`, 'a.csv', testOptions());
    expect(r.errors[0]).toMatchObject({ record: 'row 3', field: 'fields' });
  });

  it.each([
    ['time_precision', '0x1', /^expected one of 1 \(day\) \| 2 \(week\) \| 3 \(month\), got "0x1"$/],
    ['geo_precision', '1e0', /^expected one of 1 \(town\).*, got "1e0"$/],
  ])('codes are plain digits: %s %j is rejected', async (field, value, detail) => {
    const e = await problem(csv({ [field]: value }), 'a.csv');
    expect(e.field).toBe(field);
    expect(e.detail).toMatch(detail);
  });
});

describe('encodings: only UTF-8 is read', () => {
  const blob = (bytes: number[] | Uint8Array): Blob => new Blob([new Uint8Array(bytes)]);
  it.each([
    ['UTF-16 LE with BOM', [0xff, 0xfe, 0x65, 0x00, 0x76, 0x00], /got UTF-16/],
    ['UTF-16 BE with BOM', [0xfe, 0xff, 0x00, 0x65], /got UTF-16/],
    ['Latin-1 (é as 0xE9)', [...new TextEncoder().encode('event_id_cnty,notes\nA,caf'), 0xe9, 0x0a], /not UTF-8/],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /not UTF-8/],
  ])('%s is refused as a whole', async (_name, bytes, reason) => {
    const r = await importFile(blob(bytes), 'x.json', testOptions());
    expect(r.fatal).toMatch(reason);
    expect(r.records).toEqual([]);
  });

  it('a Latin-1 byte far past the start of a file refuses the file, naming the byte offset and the line', async () => {
    // 3,000 good rows (over 64 KB, so more than the start of the file), then one row with "é" as 0xE9.
    const good = new TextEncoder().encode(`${csv(...Array.from({ length: 3000 }, () => ({ notes: 'Ёлка near the border' })))}\n`);
    const late = new TextEncoder().encode(csv({ notes: 'caf' }).split('\n')[1]!);
    const bytes = new Uint8Array([...good, ...late, 0xe9, 0x0a]);
    expect(good.length).toBeGreaterThan(128 * 1024);
    const r = await importFile(blob(bytes), 'late.csv', testOptions());
    expect(r.fatal).toBe(
      `expected UTF-8 text, got bytes that are not UTF-8 at byte offset ${good.length + late.length} (line 3002; e.g. Latin-1 or Windows-1251); save the file as UTF-8`,
    );
    expect(r.errors[0]).toMatchObject({ file: 'late.csv' });
    expect(r.records).toEqual([]);
  });

  it('a UTF-8 file whose first 64 KB end inside a multi-byte letter is read', async () => {
    const pad = 'x'.repeat(64 * 1024 - 1);
    const text = fc(pointFeature([71.55, 37.66], { pad, title: 'Ёлка' }));
    const bytes = new TextEncoder().encode(text);
    const r = await importFile(new Blob([bytes]), 'a.geojson', testOptions());
    expect(r.fatal).toBeNull();
    expect(r.records[0]?.title).toBe('Ёлка');
  });
});
