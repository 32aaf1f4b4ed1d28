/**
 * A sheet as the readers give it, whatever the file was (xlsx or CSV): its name, its header row
 * and its data rows, each with the row number a spreadsheet program shows.
 *
 * @module
 */
import type { CellValue } from './values.js';

/** One data row: its number as shown (the header is row 1) and its cells, by column index. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** One sheet of input. */
export interface Table {
  /** The sheet's name (家庭, 成员, …, or 户表 for the one-table form). */
  readonly name: string;
  /** The header row's texts, trimmed, by column index. */
  readonly header: readonly string[];
  /** The data rows, in order, blank rows left out. */
  readonly rows: readonly TableRow[];
}

/**
 * The column letters of a 0-based column index, as spreadsheets name columns.
 *
 * @example
 * ```ts
 * columnLetter(0);  //=> 'A'
 * columnLetter(27); //=> 'AB'
 * ```
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Whether every cell of a row is empty (blank rows are skipped).
 *
 * @example
 * ```ts
 * isBlankRow(['', undefined, ' ']); //=> true
 * ```
 */
export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((c) => c === undefined || (typeof c === 'string' && c.trim() === ''));
}

/**
 * A table from a header row and numbered data rows; blank rows are left out.
 *
 * @example
 * ```ts
 * tableOf('家庭', ['户编号'], [{ row: 2, cells: ['H1'] }]).rows[0]; //=> { row: 2, cells: ['H1'] }
 * ```
 */
export function tableOf(name: string, header: readonly CellValue[], rows: readonly TableRow[]): Table {
  return {
    name,
    header: header.map((c) => (c === undefined ? '' : String(c).replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/g, ''))),
    rows: rows.filter((r) => !isBlankRow(r.cells)),
  };
}
