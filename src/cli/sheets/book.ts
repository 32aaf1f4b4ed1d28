/**
 * Writing tables out: as an xlsx workbook ({@link writeXlsxFile}), or as CSV files in UTF-8 with a
 * byte-order mark, which Excel and WPS open without asking. Amounts are numeric cells formatted
 * `0.00` whose value is the exact fen amount (the Decimal rounded half up to the fen, written as
 * its decimal text, which a spreadsheet reads as the nearest double: exact for any amount below
 * 2^53 fen); in CSV they are the same amount as text with two decimals.
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Decimal } from '../../index.js';
import { writeXlsxFile } from './write-xlsx.js';


/** A cell to write: text, a count, an amount of money (yuan), a rate (fraction), or empty. */
export type OutCell = string | number | { readonly money: string } | { readonly rate: string } | null;

/** A sheet to write: name, header, rows; widths in characters (optional). */
export interface OutSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly OutCell[])[];
  readonly widths?: readonly number[];
  /** Data validation lists by column index (the template's). */
  readonly lists?: Readonly<Record<number, string>>;
  /** Rows of data validation the lists cover (default 5000). */
  readonly listRows?: number;
  /** Columns (by index) formatted as text, so that long digit strings (ID numbers) stay whole. */
  readonly textColumns?: readonly number[];
}

/**
 * A money cell: the amount rounded half up to the fen, kept as its exact decimal text.
 *
 * @example
 * ```ts
 * money(new Decimal('1500.005')); //=> { money: '1500.01' }
 * ```
 */
export function money(d: Decimal): OutCell {
  return { money: d.toFixed(2) };
}

/**
 * A rate cell (a fraction such as 0.03), kept as its exact decimal text.
 *
 * @example
 * ```ts
 * rate(new Decimal('0.02175')); //=> { rate: '0.02175' }
 * ```
 */
export function rate(d: Decimal): OutCell {
  return { rate: d.toFixed() };
}

function csvText(c: OutCell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  return 'money' in c ? c.money : c.rate;
}

const quote = (s: string): string => (/[",\r\n]/.test(s) || /^[=+\-@\t]/.test(s) && !/^[+-]?\d/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Writes sheets as one xlsx workbook: the header in bold and frozen, amounts as numbers with
 * format `0.00`, rates with `0.00##%`, drop-down lists where a sheet has them.
 *
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * await writeXlsx(join(tmpdir(), '结果.xlsx'), [{ name: '结果', header: ['户编号', '合计'], rows: [['LX-1', money(new Decimal('1500'))]] }]);
 * ```
 */
export async function writeXlsx(file: string, sheets: readonly OutSheet[]): Promise<void> {
  await writeXlsxFile(file, sheets);
}

/**
 * The CSV text of a sheet (UTF-8 with a byte-order mark, CRLF line ends). A text cell that a
 * spreadsheet would take as a formula (=, +, -, @ not followed by a digit) is quoted.
 *
 * @example
 * ```ts
 * csvOf({ name: '结果', header: ['户编号', '合计'], rows: [['LX-1', money(new Decimal('1500'))]] });
 * //=> '\uFEFF户编号,合计\r\nLX-1,1500.00\r\n'
 * ```
 */
export function csvOf(sheet: OutSheet): string {
  const lines = [sheet.header.map(quote).join(',')];
  for (const r of sheet.rows) lines.push(r.map((c) => quote(csvText(c))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Writes sheets as CSV files: the first to `file`, each other beside it as `NAME.SHEET.csv`
 * (`结果.csv`, `结果.错误.csv`, `结果.乡镇汇总.csv`, …).
 *
 * @returns the paths written, in order.
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { basename, join } from 'node:path';
 * const sheets = [{ name: '结果', header: ['户编号'], rows: [['LX-1']] }, { name: '错误', header: ['行'], rows: [] }];
 * (await writeCsvFiles(join(tmpdir(), '结果.csv'), sheets)).map((p) => basename(p)); //=> ['结果.csv', '结果.错误.csv']
 * ```
 */
export async function writeCsvFiles(file: string, sheets: readonly OutSheet[]): Promise<string[]> {
  const stem = basename(file, extname(file));
  const paths: string[] = [];
  for (const [k, s] of sheets.entries()) {
    const path = k === 0 ? file : join(dirname(file), `${stem}.${s.name}.csv`);
    await writeFile(path, csvOf(s), 'utf8');
    paths.push(path);
  }
  return paths;
}
