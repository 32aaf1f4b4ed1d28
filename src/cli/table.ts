/**
 * Plain-text tables for the terminal, like `console.table` but written to any stream, aligned for
 * Chinese text (a Han character takes two columns), numbers right-aligned, no box drawing.
 *
 * @module
 */

/** One row: column name → cell text. */
export type Row = Readonly<Record<string, string>>;

// East Asian Wide and Fullwidth ranges (Unicode UAX #11), the ones that occur in this library's text.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x20000, 0x3fffd],
];

function isWide(cp: number): boolean {
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return true;
  return false;
}

/**
 * Control characters and bidirectional overrides, which could move the cursor or reorder a line in
 * a terminal. Input labels are shown with these replaced.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces characters that could act on the terminal (controls, bidi overrides) with `?`. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, '?');
}

/** Columns `text` takes in a terminal: 2 for wide (Han, fullwidth) characters, 0 for combining marks, 1 otherwise. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

/** Amounts, counts, percentages, signed changes and the "none" dash line up on the right. */
const NUMERIC = /^(?:[+-]?\d[\d,]*(?:\.\d+)?(?:%| pp)?|—|[≥≤] \S+)$/;

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * Formats rows as an aligned plain-text table: a header, a rule of dashes, one line per row.
 * Columns are the keys of the rows in order of first appearance; missing cells are empty.
 *
 * @param rows - the rows (for example `toTableRows(summary)`).
 * @returns the table, ending with a newline; an empty string when there are no rows.
 * @example
 * ```ts
 * formatTable([{ measure: 'households', value: '8' }]);
 * //=> 'measure     value\n----------  -----\nhouseholds      8\n'
 * ```
 */
export function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
  }
  const cells = rows.map((r) => columns.map((c) => safeText(r[c] ?? '')));
  const header = columns.map(safeText);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((row) => displayWidth(row[i] ?? ''))));
  // a column is right-aligned when every non-empty cell in it looks like a number
  const right = columns.map((_, i) => {
    const nonEmpty = cells.map((row) => row[i] ?? '').filter((v) => v !== '');
    return nonEmpty.length > 0 && nonEmpty.every((v) => NUMERIC.test(v));
  });
  const line = (values: readonly string[]): string =>
    values.map((v, i) => pad(v, widths[i] ?? 0, right[i] ?? false)).join('  ').replace(/\s+$/, '');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  return `${out.join('\n')}\n`;
}
