/** Corpus cases: ACLED CSV (text fields, line endings, headers, ids, coordinates, dates, numbers, encodings) and hostile file names. */
import Papa from 'papaparse';
import { ACLED_COLUMNS } from '../../src/interchange/formats/acledColumns.ts';
import { acledRow } from '../../src/interchange/testFixtures.ts';
import { APP_COLUMNS, BIDI, FORMULAS, ID_RULE, XSS, add, bad, csv, feature, geo, ok, one, refused, utf16 } from './cases.ts';

export function acledCases(): void {
  // ACLED CSV: accepted as text, whatever it says.
  add(
    'acled-valid.csv',
    csv([{}, { time_precision: '2', geo_precision: '2' }, { time_precision: '3', geo_precision: '3', fatalities: '' }]),
    ok(3, { browser: true }),
  );
  for (const column of [
    'notes',
    'source',
    'location',
    'sub_event_type',
    'event_type',
    'actor1',
    'actor2',
    'admin1',
    'admin2',
    'country',
    'tags',
    'region',
  ])
    add(`acled-xss-${column}.csv`, csv(XSS.map((x) => ({ [column]: x }))), ok(XSS.length, column === 'notes' ? { browser: true } : {}));
  add(
    'acled-xss-extra-column.csv',
    csv(
      XSS.map((x) => ({ [XSS[0] ?? '']: x })),
      [XSS[0] ?? ''],
    ),
    ok(XSS.length),
  );
  add('acled-formula-cells.csv', csv(FORMULAS.map((f) => ({ notes: f, source: f, actor1: f }))), ok(FORMULAS.length));
  add('acled-bidi-controls.csv', csv([{ notes: BIDI, location: BIDI, source: BIDI }]), ok(1));
  add('acled-huge-notes.csv', one({ notes: 'A very long note. '.repeat(12_000) }), ok(1));
  add('acled-huge-title-location.csv', one({ location: 'L'.repeat(20_000), sub_event_type: 'S'.repeat(5_000) }), ok(1));
  add('acled-bom.csv', `\uFEFF${csv([{}, {}])}`, ok(2));
  add('acled-bom-crlf.csv', `\uFEFF${csv([{}, {}], [], '\r\n')}`, ok(2));
  add('acled-crlf.csv', csv([{}, {}, {}], [], '\r\n'), ok(3));
  add('acled-cr-only.csv', csv([{}, {}], [], '\r'), ok(2));
  add(
    'acled-mixed-line-endings.csv',
    csv([{}, {}, {}], [], '\r\n').replace(/\r\n(H2)/, '\n$1'),
    bad('row 2 › fields: expected 31 fields (one per column), got 61', 1, 1),
  );
  add('acled-quoted-newlines.csv', one({ notes: 'first line,\r\nsecond "quoted" line\nthird' }), ok(1));
  add(
    'acled-semicolons.csv',
    Papa.unparse({ fields: [...ACLED_COLUMNS], data: [ACLED_COLUMNS.map((c) => acledRow()[c] ?? '')] }, { delimiter: ';' }),
    ok(1),
  );
  add(
    'acled-tabs.tsv',
    Papa.unparse({ fields: [...ACLED_COLUMNS], data: [ACLED_COLUMNS.map((c) => acledRow()[c] ?? '')] }, { delimiter: '\t' }),
    ok(1),
  );
  add(
    'acled-older-export.csv',
    Papa.unparse({
      fields: ACLED_COLUMNS.filter((c) => !['disorder_type', 'civilian_targeting', 'tags'].includes(c)),
      data: [ACLED_COLUMNS.filter((c) => !['disorder_type', 'civilian_targeting', 'tags'].includes(c)).map((c) => acledRow()[c] ?? '')],
    }),
    ok(1),
  );
  add('acled-long-date.csv', one({ event_date: '30 November 2025' }), ok(1));
  add('acled-header-only.csv', `${ACLED_COLUMNS.join(',')}\n`, ok(0, { browser: true }));
  add('acled-empty.csv', '', refused('expected data, got an empty file', { browser: true }));
  add('acled-whitespace-only.csv', ' \r\n\t\n ', refused('expected data, got an empty file'));
  add('acled-not-acled.csv', 'name,age\nAda,36\n', refused("expected ACLED's columns"));
  add(
    'acled-missing-columns.csv',
    csv([{}]).replace(/,latitude,longitude,/, ',lat,lon,'),
    refused('got a header without latitude, longitude'),
  );
  add(
    'acled-duplicate-column.csv',
    `${ACLED_COLUMNS.join(',')},notes\n${ACLED_COLUMNS.map((c) => JSON.stringify(acledRow()[c] ?? '')).join(',')},again\n`,
    refused('"notes" more than once'),
  );
  add(
    'acled-duplicate-ids.csv',
    csv([{ event_id_cnty: 'DUP' }, { event_id_cnty: 'DUP' }]),
    bad('expected a unique id, got "DUP" (already used in row 2)', 1, 1, { browser: true }),
  );
  add('acled-too-few-fields.csv', `${csv([{}])}H9,2025-11-30,2025\n`, bad('expected 31 fields (one per column), got 3', 1, 1));
  add('acled-too-many-fields.csv', `${csv([{}]).trimEnd()},surplus\n`, bad('expected 31 fields (one per column), got 32'));
  add('acled-unterminated-quote.csv', `${csv([{}])}H9,"2025-11-30,2025\n`, bad('row 3', 1, 1));
  add('acled-proto-columns.csv', csv([{ __proto__: 'p', constructor: 'c' }], ['__proto__', 'constructor']), ok(1));
  // Ids: one rule for every format.
  for (const [name, id] of [
    ['markup', '<img src=x onerror=alert(1)>'],
    ['space', 'TJK 1'],
    ['unicode', 'ТЖК1'],
    ['leading-dash', '-TJK1'],
    ['too-long', 'X'.repeat(129)],
    ['javascript', 'javascript:alert(1)//x y'],
  ] as const)
    add(`acled-id-${name}.csv`, one({ event_id_cnty: id }), bad(ID_RULE, 0, 1, name === 'markup' ? { browser: true } : {}));
  add('acled-id-longest.csv', one({ event_id_cnty: 'X'.repeat(128) }), ok(1));
  // Coordinates.
  add(
    'acled-zero-zero.csv',
    one({ latitude: '0', longitude: '0' }),
    bad('expected longitude in 60..80 (the frontier area), got 0', 0, 1, { browser: true }),
  );
  add('acled-swapped.csv', one({ latitude: '71.55', longitude: '37.66' }), bad('latitude and longitude look swapped'));
  add('acled-latitude-91.csv', one({ latitude: '91', longitude: '71' }), bad('expected latitude in -90..90, got 91'));
  add('acled-longitude-200.csv', one({ longitude: '200' }), bad('expected longitude in -180..180, got 200'));
  add('acled-south-of-area.csv', one({ latitude: '20' }), bad('expected latitude in 30..45 (the frontier area), got 20'));
  add('acled-hex-latitude.csv', one({ latitude: '0x25' }), bad('got "0x25" (written as a plain decimal'));
  add('acled-nan-longitude.csv', one({ longitude: 'NaN' }), bad('expected a finite number, got "NaN"'));
  add('acled-infinity-latitude.csv', one({ latitude: 'Infinity' }), bad('expected a finite number, got "Infinity"'));
  add('acled-1e999-latitude.csv', one({ latitude: '1e999' }), bad('got "1e999" (out of range: too large to represent)'));
  add('acled-no-coordinates.csv', one({ latitude: '', longitude: '' }), bad('expected a finite number, got ""'));
  // Dates.
  add('acled-future-day.csv', one({ event_date: '2099-01-05', year: '2099' }), bad('(in the future)'));
  add(
    'acled-future-week.csv',
    one({ event_date: '2099-01-05', year: '2099', time_precision: '2' }),
    bad('got "2099-01-05" (in the future)'),
  );
  add(
    'acled-future-month.csv',
    one({ event_date: '2099-01-05', year: '2099', time_precision: '3' }),
    bad('got "2099-01-05" (in the future)'),
  );
  add(
    'acled-range-to-9999.csv',
    one({ date_precision: 'range', start_date: '2025-11-01', end_date: '9999-12-31' }, APP_COLUMNS),
    bad('got "9999-12-31" (in the future)'),
  );
  add('acled-unreal-date.csv', one({ event_date: '2025-02-30' }), bad('got "2025-02-30"'));
  add('acled-unparseable-date.csv', one({ event_date: 'yesterday' }), bad('got "yesterday"'));
  add('acled-year-mismatch.csv', one({ year: '2024' }), bad('expected 2025 (the year of event_date), got "2024"'));
  add('acled-no-date.csv', one({ event_date: '' }), bad('expected a date, got nothing'));
  // Fatalities and codes.
  for (const [name, value, message] of [
    ['hex', '0x10', 'got "0x10" (written in plain decimal digits'],
    ['binary', '0b11', 'got "0b11" (written in plain decimal digits'],
    ['exponent', '1e308', 'got "1e308" (written in plain decimal digits'],
    ['unsafe', '9007199254740993', 'got "9007199254740993" (not a safe integer'],
    ['above-bound', '1000001', 'got "1000001" (at most 1000000)'],
    ['negative', '-3', 'expected a non-negative whole number, got "-3"'],
    ['fraction', '1.5', 'expected a non-negative whole number, got "1.5"'],
    ['plus', '+5', 'got "+5" (written in plain decimal digits'],
  ] as const)
    add(`acled-fatalities-${name}.csv`, one({ fatalities: value }), bad(message, 0, 1, name === 'hex' ? { browser: true } : {}));
  add('acled-fatalities-bound.csv', one({ fatalities: '1000000' }), ok(1));
  add('acled-time-precision-7.csv', one({ time_precision: '7' }), bad('expected one of 1 (day) | 2 (week) | 3 (month), got "7"'));
  add('acled-time-precision-hex.csv', one({ time_precision: '0x1' }), bad('got "0x1"'));
  add('acled-geo-precision-0.csv', one({ geo_precision: '0' }), bad('got "0"'));
  add('acled-mixed-good-and-bad.csv', csv([{}, { fatalities: '0x10' }, { latitude: '0', longitude: '0' }, {}]), bad('row 3', 2, 2));
  // Encodings.
  const latin1 = Uint8Array.from([...new TextEncoder().encode(`${ACLED_COLUMNS.join(',')}\n`)].concat([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  add('acled-latin1.csv', latin1, refused('not UTF-8', { browser: true }));
  add('acled-utf16.csv', utf16(csv([{}])), refused('got UTF-16'));
  // A Latin-1 "é" deep in the file, past the first 64 KB (once the only part checked): the whole file is decoded.
  const late = new TextEncoder().encode(
    csv([...Array.from({ length: 40 }, () => ({ notes: 'A long note about the border. '.repeat(70) })), { notes: 'caf\u0001' }]),
  );
  const at = late.indexOf(0x01);
  late[at] = 0xe9;
  add('acled-latin1-late.csv', late, refused(`not UTF-8 at byte offset ${at} (line 42;`, { browser: true }));
  add('image-renamed.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), refused('not UTF-8'));
  // File names carrying markup and bidi controls.
  add('<img src=x onerror=alert(1)>.csv', csv([{}]), ok(1, { browser: true }));
  add('"><svg onload=alert(1)>.geojson', geo(feature([71.55, 37.66])), ok(1));
  add('report\u202Evsc.csv', csv([{}]), ok(1));
}
