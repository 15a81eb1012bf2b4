/**
 * Writes the hostile-input corpus: test/hostile/<case>.{csv,geojson,json} and manifest.json, which
 * gives each file's expected outcome (records accepted and rejected, whether the whole file is
 * refused, and a passage of the expected message). Every case of the per-record rules and of the
 * README's promises has a file: markup and bidi controls in every text field and in file names,
 * formula cells, huge fields, BOMs, wrong encodings, duplicate ids and columns, empty and
 * header-only files, mixed line endings, deep JSON nesting, swapped or absent coordinates, future
 * dates and number look-alikes. Re-run with `npx tsx scripts/hostileCorpus.ts`; the output is
 * byte-identical, and `src/interchange/hostileCorpus.test.ts` checks every outcome.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ACLED_COLUMNS } from '../src/interchange/formats/acledColumns.ts';
import { acledRow } from '../src/interchange/testFixtures.ts';

const DIR = new URL('../test/hostile/', import.meta.url);

/** One corpus file and what importing it must give. */
export interface CorpusCase {
  file: string;
  accepted: number;
  rejected: number;
  /** The whole file is refused (nothing read). */
  fatal: boolean;
  /** A passage of one of the report's messages ('' when the report must be empty). */
  message: string;
  /** Part of the browser sample (e2e/hostile.e2e.ts). */
  browser?: true;
}

const cases: Array<CorpusCase & { content: string | Uint8Array }> = [];
const add = (file: string, content: string | Uint8Array, outcome: Omit<CorpusCase, 'file'>): void => {
  cases.push({ file, content, ...outcome });
};
const ok = (accepted: number, extra: Partial<CorpusCase> = {}): Omit<CorpusCase, 'file'> => ({
  accepted,
  rejected: 0,
  fatal: false,
  message: '',
  ...extra,
});
const bad = (message: string, accepted = 0, rejected = 1, extra: Partial<CorpusCase> = {}): Omit<CorpusCase, 'file'> => ({
  accepted,
  rejected,
  fatal: false,
  message,
  ...extra,
});
const refused = (message: string, extra: Partial<CorpusCase> = {}): Omit<CorpusCase, 'file'> => ({
  accepted: 0,
  rejected: 0,
  fatal: true,
  message,
  ...extra,
});

const XSS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.domain)</script>',
  '"><svg/onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '</textarea><img src=x onerror=alert(1)>',
];
const BIDI = 'Shadak \u202Eevil\u202C \u2066isolated\u2069 \u200Fmark';
const FORMULAS = ['=HYPERLINK("http://x.example/?"&A1,"Click")', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
const APP_COLUMNS = ['title', 'kind', 'date_precision', 'start_date', 'end_date', 'location_precision'];

/** ACLED CSV of rows (`over` applied to the fixture row, ids numbered), with optional extra columns. */
const csv = (rows: Array<Record<string, string>>, extraColumns: readonly string[] = [], newline = '\n'): string => {
  const columns = [...ACLED_COLUMNS, ...extraColumns];
  const data = rows.map((over, i) => acledRow({ event_id_cnty: `H${i + 1}`, ...over }));
  return `${Papa.unparse({ fields: columns, data: data.map((r) => columns.map((c) => r[c] ?? '')) }, { newline })}${newline}`;
};
const one = (over: Record<string, string>, extra: readonly string[] = []): string => csv([over], extra);
const feature = (coordinates: unknown, props: Record<string, unknown> = {}, id?: unknown): Record<string, unknown> => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  geometry: coordinates === null ? null : { type: 'Point', coordinates },
  properties: { id: 'g1', title: 'Clash', date: '2025-11-30', ...props },
});
const geo = (...features: unknown[]): string => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
const event = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'app-1',
  kind: 'incident',
  title: 'Attack near the border',
  summary: '',
  date: { start: '2025-11-30', precision: 'day' },
  location: { precision: 'point', coordinates: [71.55, 37.66], asReported: 'near Shadak' },
  sources: [{ sourceId: 'corpus-article', quote: 'Two people were attacked near the border.' }],
  ...over,
});
const app = (...events: unknown[]): string => JSON.stringify(events, null, 1);
const ID_RULE = 'expected an id of letters, digits and . _ : -';

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
add('acled-future-week.csv', one({ event_date: '2099-01-05', year: '2099', time_precision: '2' }), bad('got "2099-01-05" (in the future)'));
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
const utf16 = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
};
add('acled-utf16.csv', utf16(csv([{}])), refused('got UTF-16'));
add('image-renamed.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), refused('not UTF-8'));
// File names carrying markup and bidi controls.
add('<img src=x onerror=alert(1)>.csv', csv([{}]), ok(1, { browser: true }));
add('"><svg onload=alert(1)>.geojson', geo(feature([71.55, 37.66])), ok(1));
add('report\u202Evsc.csv', csv([{}]), ok(1));

// GeoJSON.
add(
  'geojson-valid.geojson',
  geo(feature([71.55, 37.66]), feature(null, { id: 'g2', location_precision: 'none' }), feature([70.1, 37.2, 650], { id: 'g3' })),
  ok(3),
);
add('geojson-single-feature.geojson', JSON.stringify(feature([71.55, 37.66])), ok(1));
add('geojson-bom.geojson', `\uFEFF${geo(feature([71.55, 37.66]))}`, ok(1));
for (const key of ['title', 'notes', 'source', 'location', 'summary', 'actor1'])
  add(`geojson-xss-${key}.geojson`, geo(...XSS.map((x, i) => feature([71.55, 37.66], { id: `x${i}`, [key]: x }))), ok(XSS.length));
add('geojson-xss-property-name.geojson', geo(feature([71.55, 37.66], { [XSS[0] ?? '']: XSS[1] })), ok(1));
add(
  'geojson-xss-id.geojson',
  geo({ ...feature([71.55, 37.66]), id: XSS[0], properties: { title: 'x', date: '2025-11-30' } }),
  bad(ID_RULE),
);
add('geojson-bidi.geojson', geo(feature([71.55, 37.66], { title: BIDI, notes: BIDI })), ok(1));
add('geojson-huge-title.geojson', geo(feature([71.55, 37.66], { title: 'T'.repeat(20_000) })), ok(1));
add(
  'geojson-proto-keys.geojson',
  '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[71.55,37.66]},"properties":{"id":"p1","date":"2025-11-30","__proto__":{"polluted":true},"constructor":"c","toString":"t"}}]}',
  ok(1),
);
add('geojson-duplicate-ids.geojson', geo(feature([71.55, 37.66]), feature([71.5, 37.6])), bad('already used by feature #0', 1, 1));
add(
  'geojson-string-coordinates.geojson',
  geo(feature(['71.55', '37.66'])),
  bad('got "71.55" (text; GeoJSON coordinates are numbers)', 0, 1, { browser: true }),
);
add(
  'geojson-four-numbers.geojson',
  geo(feature([71.55, 37.66, 0, 0])),
  bad('expected a position of 2 or 3 numbers ([longitude, latitude] or with altitude), got 4'),
);
add('geojson-one-number.geojson', geo(feature([71.55])), bad('got 1'));
add(
  'geojson-1e999.geojson',
  geo(feature([71.55, 37.66])).replace('71.55', '1e999'),
  bad('got Infinity (out of range: too large to represent)'),
);
add('geojson-zero-zero.geojson', geo(feature([0, 0])), bad('expected longitude in 60..80 (the frontier area), got 0'));
add('geojson-swapped.geojson', geo(feature([37.66, 71.55])), bad('look swapped'));
add('geojson-altitude-text.geojson', geo(feature([71.55, 37.66, 'high'])), bad('expected a finite number (altitude), got "high"'));
add('geojson-null-geometry-located.geojson', geo(feature(null)), bad('expected a Point for location precision "point", got null'));
add(
  'geojson-linestring.geojson',
  geo({
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
  bad('got "LineString"'),
);
add(
  'geojson-polygon.geojson',
  geo({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: {} }),
  bad('got "Polygon"'),
);
add(
  'geojson-no-date.geojson',
  geo({ type: 'Feature', geometry: { type: 'Point', coordinates: [71.55, 37.66] }, properties: { id: 'nd' } }),
  bad('feature "nd" (#0) › date: expected a date, got nothing'),
);
add('geojson-future.geojson', geo(feature([71.55, 37.66], { date: '2099-03-01' })), bad('(in the future)'));
add(
  'geojson-range-to-9999.geojson',
  geo(feature([71.55, 37.66], { date_precision: 'range', end_date: '9999-12-31' })),
  bad('got "9999-12-31" (in the future)'),
);
add('geojson-fatalities-1e308.geojson', geo(feature([71.55, 37.66], { fatalities: 1e308 })), bad('got 1e+308 (not a safe integer'));
add(
  'geojson-fatalities-unsafe.geojson',
  geo(feature([71.55, 37.66], { fatalities: 'F' })).replace('"F"', '9007199254740993'),
  bad('got 9007199254740992 (not a safe integer'),
);
add(
  'geojson-fatalities-1e999.geojson',
  geo(feature([71.55, 37.66], { fatalities: 'F' })).replace('"F"', '1e999'),
  bad('got Infinity (out of range'),
);
add(
  'geojson-fatalities-hex-text.geojson',
  geo(feature([71.55, 37.66], { fatalities: '0x10' })),
  bad('got "0x10" (written in plain decimal digits'),
);
add('geojson-fatalities-number.geojson', geo(feature([71.55, 37.66], { fatalities: 16 })), ok(1));
add('geojson-feature-not-object.geojson', geo(5, feature([71.55, 37.66])), bad('expected "Feature", got 5', 1, 1));
add(
  'geojson-properties-array.geojson',
  geo({ type: 'Feature', geometry: { type: 'Point', coordinates: [71.55, 37.66] }, properties: [1] }),
  bad('expected an object or null, got an array'),
);
add('geojson-bare-geometry.geojson', '{"type":"Point","coordinates":[71.55,37.66]}', refused('got a bare Point geometry'));
add('geojson-topojson.json', '{"type":"Topology","objects":{}}', refused('got type "Topology"'));
add('geojson-features-object.geojson', '{"type":"FeatureCollection","features":{}}', refused('expected "features" to be an array'));
add('geojson-truncated.geojson', geo(feature([71.55, 37.66])).slice(0, 60), refused('expected valid JSON', { browser: true }));
add('geojson-nan-literal.geojson', geo(feature([71.55, 37.66])).replace('71.55', 'NaN'), refused('expected valid JSON'));
add('geojson-empty.geojson', '', refused('empty file'));
add('geojson-empty-collection.geojson', '{"type":"FeatureCollection","features":[]}', ok(0));
add('json-nested-arrays-bomb.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, refused('expected'));
add('json-nested-objects-bomb.geojson', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`, refused('expected'));
add(
  'geojson-deep-property.geojson',
  geo(feature([71.55, 37.66], { deep: 'DEEP' })).replace('"DEEP"', `${'{"a":'.repeat(3000)}"leaf"${'}'.repeat(3000)}`),
  ok(1),
);
add(
  'geojson-wide-properties.geojson',
  geo(feature([71.55, 37.66], Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`p${i}`, `v${i}`])))),
  ok(1),
);
add(
  'geojson-latin1.geojson',
  Uint8Array.from([...new TextEncoder().encode('{"type":"FeatureCollection","features":[],"name":"caf'), 0xe9, 0x22, 0x7d]),
  refused('not UTF-8'),
);
add('geojson-utf16.geojson', utf16(geo(feature([71.55, 37.66]))), refused('got UTF-16'));

// App JSON (the schema of data/events.json).
add('app-valid.json', app(event(), event({ id: 'app-2', date: { start: '2025-11', precision: 'month' } })), ok(2));
add(
  'app-xss-every-text.json',
  app(
    ...XSS.map((x, i) =>
      event({
        id: `app-x${i}`,
        title: x,
        summary: x,
        location: { precision: 'point', coordinates: [71.55, 37.66], asReported: x },
        sources: [{ sourceId: 'corpus-article', quote: x }],
        notes: [x],
      }),
    ),
  ),
  ok(XSS.length, { browser: true }),
);
add('app-bidi.json', app(event({ title: BIDI, summary: BIDI })), ok(1));
add('app-id-markup.json', app(event({ id: '<img src=x onerror=alert(1)>' })), bad(ID_RULE));
add('app-id-empty.json', app(event({ id: '' })), bad(ID_RULE));
add('app-id-number.json', app(event({ id: 7 })), bad(ID_RULE));
add('app-duplicate-ids.json', app(event(), event()), bad('expected a unique id, got "app-1"', 1, 1));
add(
  'app-swapped.json',
  app(event({ location: { precision: 'point', coordinates: [37.66, 71.55], asReported: 'x' } })),
  bad('look swapped'),
);
add(
  'app-zero-zero.json',
  app(event({ location: { precision: 'point', coordinates: [0, 0], asReported: 'x' } })),
  bad('expected longitude in 60..80 (the frontier area), got 0'),
);
add('app-1e999.json', app(event()).replace('71.55', '1e999'), bad('expected a finite number, got Infinity'));
add(
  'app-range-to-9999.json',
  app(event({ date: { start: '2025-11-01', end: '9999-12-31', precision: 'range' } })),
  bad('date.end: expected a date on or before today'),
);
add('app-future.json', app(event({ date: { start: '2099-01-01', precision: 'day' } })), bad('(in the future)'));
add('app-unreal-date.json', app(event({ date: { start: '2025-02-30', precision: 'day' } })), bad('got "2025-02-30"'));
add(
  'app-killed-1e308.json',
  app(event({ casualties: [{ sourceId: 'corpus-article', killed: 1e308, injured: null, who: 'x' }] })),
  bad('got 1e+308 (not a safe integer'),
);
add(
  'app-killed-unsafe.json',
  app(event({ casualties: [{ sourceId: 'corpus-article', killed: 'K', injured: null, who: 'x' }] })).replace('"K"', '9007199254740993'),
  bad('not a safe integer'),
);
add(
  'app-killed-negative.json',
  app(event({ casualties: [{ sourceId: 'corpus-article', killed: -1, injured: null, who: 'x' }] })),
  bad('expected a non-negative integer, got -1'),
);
add('app-unknown-field.json', app(event({ onclick: 'alert(1)' })), bad('unexpected field (allowed:'));
add('app-item-not-object.json', app(event(), 'alert(1)'), bad('expected an object, got "alert(1)"', 1, 1));
add('app-summary-bomb.json', app(event({ summary: 'S' })).replace('"S"', `${'['.repeat(2000)}${']'.repeat(2000)}`), bad('summary'));
add('app-bundled-quote-invented.json', app(event({ sources: [{ sourceId: 'src-000', quote: 'invented words' }] })), bad('exact substring'));
add('app-empty-array.json', '[]', ok(0));
add('app-array-of-numbers.json', '[1, 2, 3]', refused('array of something else'));
add('app-string.json', '"just a string"', refused('got "just a string"'));

/** Writes the corpus (removing files of cases that no longer exist). */
function write(): void {
  mkdirSync(DIR, { recursive: true });
  for (const f of readdirSync(DIR)) rmSync(new URL(encodeURIComponent(f), DIR));
  const manifest: CorpusCase[] = [];
  for (const { content, ...outcome } of cases) {
    if (outcome.file.includes('/')) throw new Error(`not a file name: ${outcome.file}`);
    writeFileSync(new URL(encodeURIComponent(outcome.file), DIR), content);
    manifest.push(outcome);
  }
  writeFileSync(new URL('manifest.json', DIR), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`wrote ${manifest.length} files and manifest.json to test/hostile/`);
}

write();
