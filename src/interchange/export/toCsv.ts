/**
 * CSV export in ACLED's column order (plus the app's columns and any extra fields), via papaparse.
 * Cells that a spreadsheet would run as a formula are written as text (`csvCells.ts`).
 */
import Papa from 'papaparse';
import type { ImportRecord } from '../../model/types';
import { ACLED_COLUMNS } from '../formats/acledColumns';
import { APP_COLUMNS, BORDER_COLUMNS, exportFields } from './exportFields';
import { FORMULA_CELL } from '../csvCells';
import type { BorderMeasure } from '../../geo/borderMeasure';

/**
 * Records → CSV text with a header row; quoting of commas, quotes and newlines is papaparse's, and
 * so is the apostrophe before (and the quotes around) a cell starting with = + - @, tab or CR.
 * `borderOf` gives each record's border measures.
 */
export function recordsToCsv(records: readonly ImportRecord[], borderOf: (r: ImportRecord) => BorderMeasure | null = () => null): string {
  const rows = records.map((r) => exportFields(r, borderOf(r)));
  const known = new Set([...ACLED_COLUMNS, ...APP_COLUMNS, ...BORDER_COLUMNS]);
  const extras = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !known.has(k)).sort();
  const columns = [...ACLED_COLUMNS, ...APP_COLUMNS, ...BORDER_COLUMNS, ...extras];
  return Papa.unparse(
    { fields: columns, data: rows.map((r) => columns.map((c) => (Object.hasOwn(r, c) ? r[c] : undefined) ?? '')) },
    { newline: '\r\n', escapeFormulae: FORMULA_CELL },
  );
}
