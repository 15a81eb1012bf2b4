/**
 * Property-based fuzzing of the three importers (fast-check): for generated hostile files, the
 * import never throws, accounts for every record, names file, record, field and expectation in
 * every problem, and every record it accepts is valid — it obeys the per-record rules and
 * survives CSV and GeoJSON export → import unchanged.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATE_PRECISIONS, EVENT_KINDS, LOCATION_PRECISIONS } from '../model/types';
import type { ImportRecord } from '../model/types';
import { MAX_FATALITIES } from '../schema/fatalities';
import { inFrontierArea } from '../schema/frontierArea';
import { isRecordId } from '../schema/recordId';
import { fuzzParams, fuzzTimeout } from '../testing/fuzz';
import { recordsToCsv } from './export/toCsv';
import { recordsToGeoJson } from './export/toGeoJson';
import { ACLED_COLUMNS } from './formats/acledColumns';
import { acledRowArb, appEventArb, featureArb, hostileString } from './fuzzArbitraries';
import { importFile } from './importFile';
import type { ImportResult } from './importTypes';
import { testOptions, TODAY } from './testFixtures';

const withoutRow = (rs: readonly ImportRecord[]): Array<Omit<ImportRecord, 'row'>> => rs.map(({ row: _row, ...r }) => r);

/** What is wrong with an accepted record, if anything (the rules every importer promises). */
export function recordProblems(r: ImportRecord): string[] {
  const problems: string[] = [];
  if (!isRecordId(r.id)) problems.push(`id ${JSON.stringify(r.id)}`);
  if (!EVENT_KINDS.includes(r.kind)) problems.push(`kind ${r.kind}`);
  if (!DATE_PRECISIONS.includes(r.datePrecision)) problems.push(`datePrecision ${r.datePrecision}`);
  if (!LOCATION_PRECISIONS.includes(r.locationPrecision)) problems.push(`locationPrecision ${r.locationPrecision}`);
  if (!(Number.isSafeInteger(r.startDay) && Number.isSafeInteger(r.endDay) && r.startDay <= r.endDay)) problems.push('span');
  if (r.startDay > TODAY) problems.push('starts after today');
  const located = Number.isFinite(r.lon) || Number.isFinite(r.lat);
  if (located && !inFrontierArea(r.lon, r.lat)) problems.push(`position ${r.lon},${r.lat}`);
  if (r.locationPrecision === 'none' && located) problems.push('a place for precision none');
  if (r.fatalities !== null && !(Number.isSafeInteger(r.fatalities) && r.fatalities >= 0 && r.fatalities <= MAX_FATALITIES))
    problems.push(`fatalities ${r.fatalities}`);
  return problems;
}

/** The promises of a report, checked on one result. */
async function checkResult(r: ImportResult, file: string): Promise<void> {
  expect(r.file).toBe(file);
  if (r.fatal !== null) {
    expect(r.records).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.detail).toContain('expected');
    return;
  }
  expect(r.records.length + r.rejected).toBe(r.total);
  expect(new Set(r.errors.map((e) => e.record)).size).toBe(r.rejected);
  for (const e of r.errors) {
    expect(e.file).toBe(file);
    expect(e.record).not.toBe('');
    // A record that is not an object at all is the one place where the record is the field.
    if (!e.detail.startsWith('expected an object')) expect(e.field, e.message).not.toBe('');
    expect(e.detail, e.message).toContain('expected');
    expect(e.message.startsWith(`${file} › ${e.record}`)).toBe(true);
  }
  for (const rec of r.records) expect(recordProblems(rec), JSON.stringify(rec)).toEqual([]);
  if (r.records.length === 0) return;
  // Re-validation: the accepted records go out as CSV and GeoJSON and come back unchanged.
  const opts = testOptions();
  const viaCsv = await importFile(recordsToCsv(r.records), 'again.csv', opts);
  expect(viaCsv.errors).toEqual([]);
  expect(withoutRow(viaCsv.records)).toEqual(withoutRow(r.records));
  const viaGeo = await importFile(JSON.stringify(recordsToGeoJson(r.records)), 'again.geojson', opts);
  expect(viaGeo.errors).toEqual([]);
  expect(withoutRow(viaGeo.records)).toEqual(withoutRow(r.records));
}

const RUNS = 200;

describe('importers under fuzzing (fast-check, fixed seed; FUZZ_RUNS for more)', () => {
  it(
    'ACLED CSV: generated rows (and damaged text) never throw, and what is accepted is valid',
    async () => {
      const file = fc.tuple(
        fc.array(acledRowArb, { minLength: 0, maxLength: 5 }),
        fc.array(hostileString, { maxLength: 2 }),
        fc.option(fc.tuple(fc.nat(), hostileString), { nil: undefined }),
      );
      await fc.assert(
        fc.asyncProperty(file, async ([rows, extraColumns, damage]) => {
          const columns = [...ACLED_COLUMNS, ...extraColumns.filter((c) => c.trim() !== '' && !ACLED_COLUMNS.includes(c.trim()))];
          let text = Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? c)) }, { newline: '\n' });
          if (damage) {
            const at = damage[0] % (text.length + 1);
            text = text.slice(0, at) + damage[1] + text.slice(at);
          }
          await checkResult(await importFile(text, 'fuzz.csv', testOptions()), 'fuzz.csv');
        }),
        fuzzParams(RUNS),
      );
    },
    fuzzTimeout(RUNS, 20),
  );

  it(
    'GeoJSON: generated features never throw, and what is accepted is valid',
    async () => {
      const doc = fc.oneof(
        { weight: 6, arbitrary: fc.array(featureArb, { maxLength: 5 }).map((features) => ({ type: 'FeatureCollection', features })) },
        { weight: 1, arbitrary: featureArb },
        { weight: 1, arbitrary: fc.jsonValue() },
      );
      await fc.assert(
        fc.asyncProperty(doc, async (d) => {
          const text = JSON.stringify(d) ?? 'null';
          await checkResult(await importFile(text, 'fuzz.geojson', testOptions()), 'fuzz.geojson');
        }),
        fuzzParams(RUNS),
      );
    },
    fuzzTimeout(RUNS, 20),
  );

  it(
    'app JSON: generated events never throw, and what is accepted is valid',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(appEventArb, { minLength: 1, maxLength: 4 }), async (events) => {
          const text = JSON.stringify(events, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '[]';
          await checkResult(await importFile(text, 'fuzz.json', testOptions()), 'fuzz.json');
        }),
        fuzzParams(RUNS),
      );
    },
    fuzzTimeout(RUNS, 20),
  );
});
