/**
 * Test-only: fast-check generators of hostile import input — ACLED rows, GeoJSON features and
 * app-JSON events whose fields are valid, nearly valid or plain hostile (markup, formulas, bidi
 * controls, number look-alikes, odd whitespace, any Unicode).
 */
import fc from 'fast-check';
import { ACLED_COLUMNS } from './formats/acledColumns';
import { acledRow } from './testFixtures';

/** Strings people and attackers put in fields. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://x.example","x")',
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  "'=1",
  '\u202Eevil\u202C',
  '\u2066isolate\u2069',
  '\uFEFFbom',
  '\u0000',
  '',
  ' ',
  '  padded  ',
  'a,b',
  'a"b',
  'line\nbreak',
  'cr\rbreak',
  'crlf\r\nbreak',
  'NaN',
  'Infinity',
  '1e999',
  '0x10',
  '0b11',
  '9007199254740993',
  '-0',
  '0',
  '2',
  '37.66',
  '71.55',
  '2025-11-30',
  '2025-02-30',
  '9999-12-31',
  '30 November 2025',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'Ёлка',
  'شادک',
  '🙂',
  'x'.repeat(3000),
];

/** A field value: mostly hostile strings, sometimes any string. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

const validIds = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,15}$/);
const id = fc.oneof({ weight: 4, arbitrary: validIds }, { weight: 1, arbitrary: hostileString });

const day = fc
  .integer({ min: 2013, max: 2027 })
  .chain((y) => fc.tuple(fc.constant(y), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })));
const isoDay = day.map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const dateText = fc.oneof(
  isoDay,
  isoDay.map((s) => s.slice(0, 7)),
  isoDay.map((s) => s.slice(0, 4)),
  hostileString,
);

const inFrame = fc.tuple(fc.double({ min: 60, max: 80, noNaN: true }), fc.double({ min: 30, max: 45, noNaN: true }));
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, Number.MAX_SAFE_INTEGER));

/** Values a CSV cell may hold for a column: a valid one or a hostile one. */
const CELL: Record<string, fc.Arbitrary<string>> = {
  event_id_cnty: id,
  event_date: dateText,
  year: fc.oneof(fc.integer({ min: 2013, max: 2027 }).map(String), hostileString),
  time_precision: fc.oneof(fc.constantFrom('1', '2', '3'), hostileString),
  geo_precision: fc.oneof(fc.constantFrom('1', '2', '3'), hostileString),
  latitude: fc.oneof(
    inFrame.map(([, lat]) => String(lat)),
    anyNumber.map(String),
    hostileString,
  ),
  longitude: fc.oneof(
    inFrame.map(([lon]) => String(lon)),
    anyNumber.map(String),
    hostileString,
  ),
  fatalities: fc.oneof(fc.nat({ max: 2_000_000 }).map(String), anyNumber.map(String), hostileString),
};

/** One ACLED row: the fixture row with some cells replaced. */
export const acledRowArb = fc
  .dictionary(fc.constantFrom(...ACLED_COLUMNS), fc.constant(true), { maxKeys: 8 })
  .chain((keys) => fc.record(Object.fromEntries(Object.keys(keys).map((k) => [k, CELL[k] ?? hostileString]))))
  .map((over) => acledRow(over as Record<string, string>));

const KEYS = [
  'id',
  'title',
  'date',
  'event_date',
  'start_date',
  'end_date',
  'date_precision',
  'time_precision',
  'location_precision',
  'geo_precision',
  'fatalities',
  'notes',
  'source',
  'kind',
  'year',
  'summary',
  'area',
  'location',
] as const;
const propValue = fc.oneof(
  hostileString,
  dateText,
  anyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('day', 'month', 'year', 'range', 'point', 'village', 'none', 'incident', 'meeting'),
);

/** One GeoJSON feature: a point (numbers, strings, odd lengths), null, another geometry, or not a feature at all. */
export const featureArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        type: fc.constant('Feature'),
        id: fc.oneof(id, fc.integer()),
        geometry: fc.oneof(
          { weight: 5, arbitrary: inFrame.map((c) => ({ type: 'Point', coordinates: c })) },
          {
            weight: 2,
            arbitrary: fc.array(fc.oneof(anyNumber, hostileString), { maxLength: 4 }).map((c) => ({ type: 'Point', coordinates: c })),
          },
          { weight: 1, arbitrary: fc.constant(null) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              {
                type: 'LineString',
                coordinates: [
                  [70, 37],
                  [71, 37],
                ],
              },
              { type: 'Point' },
              'Point',
            ),
          },
        ),
        properties: fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .dictionary(fc.oneof(fc.constantFrom(...KEYS), hostileString), propValue, { maxKeys: 10 })
              .map((p) => ({ date: '2025-11-30', ...p })),
          },
          { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.array(fc.nat())) },
        ),
      },
      { requiredKeys: ['type', 'geometry', 'properties'] },
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
);

/** One app-JSON event: a valid event with some fields replaced by hostile or nearly valid values. */
export const appEventArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        id,
        kind: fc.oneof(fc.constantFrom('incident', 'meeting', 'announcement'), hostileString),
        title: hostileString,
        summary: hostileString,
        date: fc.oneof(
          isoDay.map((start) => ({ start, precision: 'day' })),
          fc
            .tuple(isoDay, fc.oneof(isoDay, fc.constant('9999-12-31'), fc.constant(null)))
            .map(([start, end]) => ({ start, end, precision: 'range' })),
          isoDay.map((s) => ({ start: s.slice(0, 7), precision: 'month' })),
          fc.anything(),
        ),
        location: fc.oneof(
          fc
            .tuple(fc.oneof(inFrame, fc.tuple(anyNumber, anyNumber), fc.array(fc.anything(), { maxLength: 3 })), hostileString)
            .map(([coordinates, asReported]) => ({
              precision: 'point',
              coordinates,
              asReported: asReported || 'x',
            })),
          fc.constant({ precision: 'village', ref: 'shadak', asReported: 'Shadak' }),
          fc.constant({ precision: 'province', ref: 'TJ-KL', asReported: 'Khatlon' }),
          fc.constant({ precision: 'border', ref: 'tj-af', asReported: 'the border' }),
          fc.constant({ precision: 'none', asReported: '—' }),
          fc.anything(),
        ),
        casualties: fc.oneof(
          fc.constant(undefined),
          fc
            .tuple(fc.oneof(fc.nat(), anyNumber, fc.constant(null), hostileString), fc.oneof(fc.constant(null), anyNumber))
            .map(([killed, injured]) => [{ sourceId: 'src-000', killed, injured, who: 'people' }]),
        ),
        sources: fc.oneof(
          fc.constant([{ sourceId: 'src-000', quote: 'Two Chinese citizens' }]),
          hostileString.map((quote) => [{ sourceId: 'elsewhere-1', quote: quote || 'q' }]),
          fc.anything(),
        ),
      })
      .map((e) => (e.casualties === undefined ? (({ casualties: _c, ...rest }) => rest)(e) : e)),
  },
  { weight: 1, arbitrary: fc.anything() },
);
