/**
 * The one way this app writes CSV for people to open in a spreadsheet: UTF-8 with a byte-order
 * mark (without it Excel on Chinese Windows reads UTF-8 as GBK and the names come out garbled),
 * CRLF line ends (RFC 4180; Excel and LibreOffice read them, and so does GDAL), quoting by
 * papaparse, and spreadsheet formula injection defused the way OWASP says: a text cell that
 * starts with = + - @ tab or CR gets a leading apostrophe.
 *
 * Only text is escaped: a number -3 in the data stays -3 (papaparse skips numbers and booleans),
 * while the text "-3" becomes '-3. The apostrophe is visible when the file is read back by
 * anything other than a spreadsheet; that is the price of the escape.
 */
import Papa from 'papaparse';
/** Excel on Chinese Windows reads a UTF-8 file without it as GBK. */
export const BOM = '\uFEFF';

/**
 * papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which fails on a value with a
 * line break ("." does not match "\n" and "$" has no m flag), so "=1+1\nx" would pass
 * unescaped. Only the first character matters.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

export function csvText(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}

/** One row, quoted and escaped the same way, without a BOM (for appending to a file). */
export function csvRow(cells: readonly CsvCell[]): string {
  return Papa.unparse([[...cells]], { newline: '\r\n', escapeFormulae: FORMULA_START });
}
