/**
 * Where an input value came from (工作表 · 行 · 列), the problems found with cells, and which
 * optional fields the library in use accepts.
 *
 * @module
 */
import { safeParseHousehold, type PathSegment, type Text } from '../../index.js';
import type { ColumnSpec } from './layout.js';
import { columnLetter, type Table } from './table.js';
import { readCell, type CellValue } from './values.js';

/** One cell of the input: sheet, row as shown, column header and letter ('' when the column is missing). */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly letter: string;
}

/** A problem with the input, at a cell: what 错误 lists. Never holds the cell's content. */
export interface SheetIssue {
  readonly at: CellRef;
  readonly code: string;
  readonly text: Text;
  /** The household's id, when it is a safe label. */
  readonly id?: string;
}

/** A household put together from the input, with where each of its values came from. */
export interface AssembledHousehold {
  /** The record, as the library takes it (released once handed on for validation). */
  value: Record<string, unknown> | undefined;
  /** The id to show, when safe. */
  readonly id: string | undefined;
  /** Problems found while reading its cells: it is not computed when there is any. */
  readonly issues: SheetIssue[];
  /** The cell a path of the record came from (for the library's issues). */
  locate(path: readonly PathSegment[]): CellRef;
}

/** What the input gave: its households and the problems not tied to one of them. */
export interface AssembledInput {
  readonly households: AssembledHousehold[];
  readonly issues: SheetIssue[];
}

/**
 * Column lookup of a table: header → index (the first column of a repeated header).
 *
 * @example
 * ```ts
 * import { tableOf } from './table.js';
 * columnsOf(tableOf('家庭', ['户编号', '类别'], [])).get('类别'); //=> 1
 * ```
 */
export function columnsOf(table: Table): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  table.header.forEach((h, i) => {
    if (h !== '' && !m.has(h)) m.set(h, i);
  });
  return m;
}

/**
 * The cell of `header` in `row` of `table`; its letter is '' when the column is missing.
 *
 * @example
 * ```ts
 * refOf({ name: '家庭' }, new Map([['类别', 4]]), 7, '类别'); //=> { sheet: '家庭', row: 7, column: '类别', letter: 'E' }
 * ```
 */
export function refOf(table: { readonly name: string }, columns: ReadonlyMap<string, number>, row: number, header: string): CellRef {
  const i = columns.get(header);
  return { sheet: table.name, row, column: header, letter: i === undefined ? '' : columnLetter(i) };
}

/**
 * The column of `columns` a path inside a row's record points to: the one with exactly that
 * field, else the first whose field starts with it, else the first whose field it starts with,
 * else the first column (户编号).
 *
 * @example
 * ```ts
 * import { SHEETS } from './layout.js';
 * columnFor(SHEETS[0]?.columns ?? [], ['income', 'wage']).header; //=> '工资性收入'
 * columnFor(SHEETS[0]?.columns ?? [], ['income']).header;         //=> '收入年度'
 * ```
 */
export function columnFor(columns: readonly ColumnSpec[], rest: readonly PathSegment[]): ColumnSpec {
  const eq = (f: readonly string[], p: readonly PathSegment[], n: number): boolean => {
    for (let i = 0; i < n; i++) if (f[i] !== p[i]) return false;
    return true;
  };
  const withField = columns.filter((c) => c.field !== undefined);
  return withField.find((c) => c.field?.length === rest.length && eq(c.field, rest, rest.length))
    ?? (rest.length > 0 ? withField.find((c) => (c.field?.length ?? 0) > rest.length && eq(c.field ?? [], rest, rest.length)) : undefined)
    ?? withField.find((c) => (c.field?.length ?? 0) < rest.length && eq(c.field ?? [], rest, c.field?.length ?? 0))
    ?? (columns[0] as ColumnSpec);
}

/**
 * Sets `value` at `path` inside `target`, making the objects on the way (an array where the next
 * key is a number: `['loans', '0', 'principal']`).
 *
 * @example
 * ```ts
 * const o = {};
 * setPath(o, ['loans', '0', 'principal'], '50000');
 * o; //=> { loans: [{ principal: '50000' }] }
 * ```
 */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = target;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i] as string;
    const next = o[k];
    if (typeof next === 'object' && next !== null) o = next as Record<string, unknown>;
    else {
      const made = /^\d+$/.test(path[i + 1] as string) ? [] : {};
      o[k] = made;
      o = made as Record<string, unknown>;
    }
  }
  o[path[path.length - 1] as string] = value;
}

/**
 * The text of a join-key cell (户编号, 贷款编号): numbers as their decimal text, trimmed; '' when empty.
 *
 * @example
 * ```ts
 * keyOf(1001);      //=> '1001'
 * keyOf(' LX-1 '); //=> 'LX-1'
 * ```
 */
export function keyOf(cell: CellValue): string {
  const r = readCell('label', cell);
  return 'value' in r ? String(r.value) : '';
}

/** Optional fields that not every version of the library accepts, by where they go. */
export type OptionalField = 'household.creditLine' | 'member.relationship' | 'loan.maturityDate' | 'loan.repayments' | 'loan.rateChanges';

const BASE = {
  id: 'probe', category: 'other', members: [{ laborCapable: true }],
  income: { year: 2023, wage: '0', netOperating: '0', netProperty: '0', netTransfer: '0' },
};
const LOAN = { principal: '1000', annualRate: '0.04', startDate: '2023-06-01', endDate: '2023-07-01' };

const PROBES: Readonly<Record<OptionalField, unknown>> = {
  'household.creditLine': { ...BASE, creditLine: '100000' },
  'member.relationship': { ...BASE, members: [{ laborCapable: true, relationship: 'head' }] },
  'loan.maturityDate': { ...BASE, loans: [{ ...LOAN, maturityDate: '2023-07-01' }] },
  'loan.repayments': { ...BASE, loans: [{ ...LOAN, repayments: [{ date: '2023-06-15', amount: '100' }] }] },
  'loan.rateChanges': { ...BASE, loans: [{ ...LOAN, rateChanges: [{ date: '2023-06-15', annualRate: '0.05' }] }] },
};

let supported: ReadonlySet<OptionalField> | undefined;

/**
 * The optional fields the library accepts, found by asking it (a record with the field is refused
 * as an unknown key when it does not): a column is read once the library has its field.
 *
 * @example
 * ```ts
 * supportedFields().has('household.creditLine'); //=> true (on a version that has it)
 * ```
 */
export function supportedFields(): ReadonlySet<OptionalField> {
  if (supported !== undefined) return supported;
  const s = new Set<OptionalField>();
  for (const [field, probe] of Object.entries(PROBES) as [OptionalField, unknown][]) {
    const r = safeParseHousehold(probe);
    if (r.success || !r.error.issues.some((i) => i.code === 'unrecognized_keys')) s.add(field);
  }
  supported = s;
  return s;
}

/**
 * Message for a filled cell whose field this version of the library does not read.
 *
 * @example
 * ```ts
 * NOT_SUPPORTED.en; //=> 'this version cannot compute this column yet: leave it empty'
 * ```
 */
export const NOT_SUPPORTED: Text = {
  zh: '此列本版本尚不能计算，请留空',
  en: 'this version cannot compute this column yet: leave it empty',
};
