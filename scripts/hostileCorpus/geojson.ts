/** Corpus cases: GeoJSON (text fields, ids, positions, dates, numbers, structure, nesting, encodings). */
import { BIDI, ID_RULE, XSS, add, bad, feature, geo, ok, refused, utf16 } from './cases.ts';

export function geojsonCases(): void {
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
}
