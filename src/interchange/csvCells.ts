/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula. The CSV export therefore prefixes such a cell with an apostrophe
 * (and quotes it), which spreadsheets show as text. To stay lossless, a cell that already starts
 * with apostrophes followed by one of those characters gets one more; the CSV importer removes
 * exactly one leading apostrophe from any cell that starts with apostrophes followed by one of
 * those characters, so importing the app's own export gives back the original text.
 */

/** Cells the export escapes: optional apostrophes, then a character that starts a formula. */
export const FORMULA_CELL = /^'*[=+\-@\t\r]/;

/** Cells the import unescapes: at least one apostrophe, then a character that starts a formula. */
const ESCAPED_CELL = /^'+[=+\-@\t\r]/;

/** A cell as the export writes it (before CSV quoting, which papaparse adds). */
export const escapeCell = (s: string): string => (FORMULA_CELL.test(s) ? `'${s}` : s);

/** A cell as the import reads it: one escaping apostrophe removed. */
export const unescapeCell = (s: string): string => (ESCAPED_CELL.test(s) ? s.slice(1) : s);
