/** ACLED layout: precision mapping, older exports, long-form dates, and a 50 MB file streamed with progress. */
import { describe, expect, it } from 'vitest';
import { civilToDayNumber } from '../../calendar/dates';
import { ACLED_COLUMNS, ACLED_OPTIONAL_COLUMNS } from './acledCsv';
import { importFile } from '../importFile';
import { acledCsv, acledRow, testOptions } from '../testFixtures';

const day = (y: number, m: number, d: number): number => civilToDayNumber(y, m, d);

describe('ACLED CSV', () => {
  it.each([
    ['1', 'village'],
    ['2', 'district'],
    ['3', 'province'],
  ])('geo_precision %s → location precision %s', async (code, want) => {
    const r = await importFile(acledCsv([acledRow({ geo_precision: code })]), 'a.csv', testOptions());
    expect(r.records[0]?.locationPrecision).toBe(want);
  });

  it.each([
    ['1', 'day', day(2025, 11, 30), day(2025, 11, 30)],
    ['2', 'range', day(2025, 11, 27), day(2025, 12, 3)],
    ['3', 'month', day(2025, 11, 1), day(2025, 11, 30)],
  ])('time_precision %s → %s spanning the right days', async (code, precision, startDay, endDay) => {
    const r = await importFile(acledCsv([acledRow({ time_precision: code })]), 'a.csv', testOptions());
    expect(r.records[0]).toMatchObject({ datePrecision: precision, startDay, endDay });
  });

  it('maps notes to source text, source to source name, and keeps actors verbatim; title from sub-event and place', async () => {
    const r = await importFile(acledCsv([acledRow()]), 'a.csv', testOptions());
    expect(r.records[0]).toMatchObject({
      id: 'TJK100',
      kind: 'incident',
      title: 'Attack — Shadak',
      sourceName: 'Sputnik Tajikistan',
      sourceText: 'On 30 November 2025, two Chinese citizens were attacked near Shadak village.',
      fatalities: 2,
      lon: 71.55,
      lat: 37.66,
      row: 2,
    });
    expect(r.records[0]?.extra).toMatchObject({
      actor1: 'Unidentified Armed Group (Afghanistan)',
      admin1: 'Gorno-Badakhshan',
      location: 'Shadak',
    });
  });

  it('Strategic developments: agreements are meetings, the rest announcements', async () => {
    const r = await importFile(
      acledCsv([
        acledRow({ event_id_cnty: 'A', event_type: 'Strategic developments', sub_event_type: 'Agreement' }),
        acledRow({ event_id_cnty: 'B', event_type: 'Strategic developments', sub_event_type: 'Other' }),
      ]),
      'a.csv',
      testOptions(),
    );
    expect(r.records.map((x) => x.kind)).toEqual(['meeting', 'announcement']);
  });

  it('accepts older exports without disorder_type, civilian_targeting and tags', async () => {
    const older = ACLED_COLUMNS.filter((c) => !ACLED_OPTIONAL_COLUMNS.includes(c));
    const r = await importFile(acledCsv([acledRow()], older), 'old.csv', testOptions());
    expect(r.errors).toEqual([]);
    expect(r.records.length).toBe(1);
  });

  it('accepts the older "30 November 2025" date form', async () => {
    const r = await importFile(acledCsv([acledRow({ event_date: '30 November 2025' })]), 'a.csv', testOptions());
    expect(r.records[0]?.startDay).toBe(day(2025, 11, 30));
  });

  it('keeps quoted commas and newlines inside notes', async () => {
    const notes = 'First, "quoted" line\r\nsecond line';
    const r = await importFile(acledCsv([acledRow({ notes })]), 'a.csv', testOptions());
    expect(r.records[0]?.sourceText).toBe(notes);
  });

  it('streams a generated 50 MB file with monotonic progress and accounts for every row', async () => {
    const header = ACLED_COLUMNS.join(',');
    const good = acledCsv([acledRow({ event_id_cnty: 'ID' })]).split('\n')[1] ?? '';
    const target = 50 * 1024 * 1024;
    const rows: string[] = [header];
    let size = header.length;
    for (let i = 0; size < target; i += 1) {
      // Every 1000th row carries negative fatalities and must be rejected.
      const line = good.replace(/^ID,/, `R${i},`).replace(/,2,,1764500000$/, i % 1000 === 999 ? ',-1,,1764500000' : ',2,,1764500000');
      rows.push(line);
      size += line.length + 1;
    }
    const text = rows.join('\n');
    expect(text.length).toBeGreaterThanOrEqual(target);
    const progress: number[] = [];
    const r = await importFile(text, 'big.csv', testOptions(), (f) => progress.push(f));
    expect(r.total).toBe(rows.length - 1);
    expect(r.rejected).toBe(Math.floor((rows.length - 1) / 1000));
    expect(r.records.length + r.rejected).toBe(r.total);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] ?? 0))).toBe(true);
    expect(progress.at(-1)).toBe(1);
  }, 120_000);
});
