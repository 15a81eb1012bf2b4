/** Builders for import tests: options with a fixed "today", a tiny geography, and ACLED rows. */
import Papa from 'papaparse';
import { civilToDayNumber } from '../calendar/dates';
import { ACLED_COLUMNS } from './formats/acledCsv';
import type { ImportOptions } from './importTypes';

/** 1 June 2026: tests never depend on the real date. */
export const TODAY = civilToDayNumber(2026, 6, 1);

/** Options with a fixed today, two places, one region, the border and one bundled article. */
export function testOptions(): ImportOptions {
  return {
    today: TODAY,
    geo: {
      places: { shadak: [71.55, 37.66], dushanbe: [68.78, 38.54] },
      regions: { 'TJ-KL': [68.8, 37.8] },
      borderId: 'tj-af',
      borderPoint: [70.2, 37.3],
    },
    sources: { 'src-000': { title: 'CSTO to Arm Tajikistan', text: 'Two Chinese citizens were attacked near Shadak village on Sunday.' } },
  };
}

/** A valid ACLED row (as a column → value map) with `over` applied. */
export function acledRow(over: Record<string, string> = {}): Record<string, string> {
  return {
    event_id_cnty: 'TJK100',
    event_date: '2025-11-30',
    year: '2025',
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: 'Violence against civilians',
    sub_event_type: 'Attack',
    actor1: 'Unidentified Armed Group (Afghanistan)',
    assoc_actor_1: '',
    inter1: 'Political militia',
    actor2: 'Civilians (China)',
    assoc_actor_2: 'Labor Group (China)',
    inter2: 'Civilians',
    interaction: 'Political militia-Civilians',
    civilian_targeting: 'Civilian targeting',
    iso: '762',
    region: 'Caucasus and Central Asia',
    country: 'Tajikistan',
    admin1: 'Gorno-Badakhshan',
    admin2: 'Darvoz',
    admin3: '',
    location: 'Shadak',
    latitude: '37.66',
    longitude: '71.55',
    geo_precision: '1',
    source: 'Sputnik Tajikistan',
    source_scale: 'National',
    notes: 'On 30 November 2025, two Chinese citizens were attacked near Shadak village.',
    fatalities: '2',
    tags: '',
    timestamp: '1764500000',
    ...over,
  };
}

/** CSV text with ACLED's columns (or `columns`) for the given rows. */
export function acledCsv(rows: ReadonlyArray<Record<string, string>>, columns: readonly string[] = ACLED_COLUMNS): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' });
}

/** A GeoJSON FeatureCollection text of the given features. */
export function fc(...features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** A valid point feature with `props` merged into its properties. */
export function pointFeature(coordinates: unknown, props: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { id: 'gj-1', title: 'Clash', date: '2025-11-30', ...props },
  };
}
