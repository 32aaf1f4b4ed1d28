/**
 * Putting households together from the sheets of a workbook (or their CSV files): each 家庭 row is
 * a household, joined on 户编号 with its 成员, 贷款 and 其他教育补助 rows, and each 还款 and 利率调整
 * row with its loan on 户编号 and 贷款编号. Every cell is read ({@link readCell}); a cell that cannot
 * be read, a row that points to no household or loan, a repeated 户编号 or a missing column is a
 * {@link SheetIssue} at its sheet, row and column. Every value keeps where it came from, so the
 * library's issues (by path) are reported at their cells too.
 *
 * @module
 */
import type { PathSegment, Text } from '../../index.js';
import { safeId } from '../records.js';
import {
  columnFor, columnsOf, keyOf, NOT_SUPPORTED, refOf, setPath, supportedFields,
  type AssembledHousehold, type AssembledInput, type CellRef, type OptionalField, type SheetIssue,
} from './cells.js';
import { SHEETS, type SheetName, type SheetSpec } from './layout.js';
import type { Table, TableRow } from './table.js';
import { readCell } from './values.js';

const t = (zh: string, en: string): Text => ({ zh, en });

const MSG = {
  missingColumn: t('缺少此列', 'this column is missing'),
  required: t('必须填写', 'is required'),
  noHousehold: t('「家庭」表中没有这个户编号', 'no household with this id in the 家庭 sheet'),
  noLoan: t('「贷款」表中该户没有这个贷款编号', 'no loan with this id for this household in the 贷款 sheet'),
  duplicateHousehold: t('户编号在「家庭」表中重复', 'the household id appears more than once in the 家庭 sheet'),
  duplicateLoan: t('该户的贷款编号重复', 'the loan id appears more than once for this household'),
  noMembers: t('该户在「成员」表中没有成员', 'the household has no member in the 成员 sheet'),
} as const;

/**
 * The optional field a column fills, when not every library version accepts it.
 *
 * @example
 * ```ts
 * optionalField('贷款', ['maturityDate']); //=> 'loan.maturityDate'
 * optionalField('贷款', ['principal']);    //=> undefined
 * ```
 */
export function optionalField(sheet: SheetName, field: readonly string[] | undefined): OptionalField | undefined {
  const f = field?.join('.');
  if (sheet === '家庭' && f === 'creditLine') return 'household.creditLine';
  if (sheet === '成员' && f === 'relationship') return 'member.relationship';
  if (sheet === '贷款' && f === 'maturityDate') return 'loan.maturityDate';
  if (sheet === '还款') return 'loan.repayments';
  if (sheet === '利率调整') return 'loan.rateChanges';
  return undefined;
}

/** One row read: its fields, its join keys, the problems of its cells. */
interface ReadRow {
  readonly row: number;
  readonly fields: Record<string, unknown>;
  readonly household: string;
  readonly loan: string;
  readonly issues: SheetIssue[];
}

/** Where a sheet's cells are: its spec, its name and its column lookup (not its rows). */
interface Place {
  readonly spec: SheetSpec;
  readonly table: { readonly name: string };
  readonly columns: ReadonlyMap<string, number>;
}

/** A sheet of the input with its spec and column lookup. */
interface Sheet extends Place {
  readonly table: Table;
}

function readRow(s: Sheet, r: TableRow): ReadRow {
  const fields: Record<string, unknown> = {};
  const issues: SheetIssue[] = [];
  let household = '';
  let loan = '';
  const supported = supportedFields();
  for (const c of s.spec.columns) {
    const i = s.columns.get(c.header);
    const cell = i === undefined ? undefined : r.cells[i];
    const at = refOf(s.table, s.columns, r.row, c.header);
    if (c.header === '户编号' || c.header === '贷款编号') {
      const key = keyOf(cell);
      if (c.header === '户编号') household = key;
      else loan = key;
      if (c.field === undefined) {
        if (key === '' && i !== undefined) issues.push({ at, code: 'required', text: MSG.required });
        continue;
      }
    }
    const reading = readCell(c.kind, cell);
    if ('empty' in reading) continue;
    if ('error' in reading) {
      issues.push({ at, code: reading.code, text: reading.error });
      continue;
    }
    const optional = optionalField(s.spec.name, c.field);
    if (optional !== undefined && !supported.has(optional)) {
      issues.push({ at, code: 'column_not_supported', text: NOT_SUPPORTED });
      continue;
    }
    if (c.field !== undefined) setPath(fields, c.field, reading.value);
  }
  return { row: r.row, fields, household, loan, issues };
}

/** A household being built: its record, the rows its parts came from, its problems. */
interface Building {
  readonly home: ReadRow;
  readonly members: ReadRow[];
  readonly loans: ReadRow[];
  readonly repayments: ReadRow[][];
  readonly rateChanges: ReadRow[][];
  readonly aid: ReadRow[];
  readonly issues: SheetIssue[];
  duplicate: boolean;
}

/** Where the sheets of the input come from: a table by its name, read when asked for. */
export type TableSource = (name: string) => Table | undefined;

/**
 * The households of a workbook's tables, with every problem found at its cell. The sheets are
 * taken from `source` one at a time (家庭 first), and each is let go once its rows are read.
 *
 * @example
 * ```ts
 * import { csvTable } from './read-csv.js';
 * const tables = [
 *   csvTable('家庭', '户编号,类别,收入年度,工资性收入,经营净收入,财产净收入,转移净收入\nH1,低保,2023,0,0,0,9000\n'),
 *   csvTable('成员', '户编号,有劳动能力\nH1,是\n'),
 * ];
 * const { households, issues } = assembleWorkbook((name) => tables.find((t) => t.name === name));
 * households[0]?.value?.['members']; //=> [{ laborCapable: true }]
 * issues.length;                      //=> 0
 * ```
 */
export function assembleWorkbook(source: TableSource): AssembledInput {
  const issues: SheetIssue[] = [];
  const places = new Map<SheetName, Place>();
  const load = (name: SheetName): Sheet | undefined => {
    const spec = SHEETS.find((x) => x.name === name) as SheetSpec;
    const table = source(name);
    if (table === undefined) return undefined;
    const s: Sheet = { spec, table, columns: columnsOf(table) };
    for (const c of spec.columns) {
      if (c.required && !s.columns.has(c.header)) issues.push({ at: refOf(s.table, s.columns, 1, c.header), code: 'missing_column', text: MSG.missingColumn });
    }
    // the households' way back to their cells needs the sheets' names and columns, not their rows
    places.set(name, { spec, table: { name: table.name }, columns: s.columns });
    return s;
  };
  const byId = new Map<string, Building>();
  const order: Building[] = [];
  const home = load('家庭');
  for (const r of home?.table.rows ?? []) {
    const row = readRow(home as Sheet, r);
    const b: Building = { home: row, members: [], loans: [], repayments: [], rateChanges: [], aid: [], issues: [...row.issues], duplicate: false };
    order.push(b);
    if (row.household === '') continue;
    const first = byId.get(row.household);
    if (first === undefined) byId.set(row.household, b);
    else {
      for (const x of [first, b]) {
        if (!x.duplicate) x.issues.push({ at: refOf((home as Sheet).table, (home as Sheet).columns, x.home.row, '户编号'), code: 'duplicate_id', text: MSG.duplicateHousehold });
        x.duplicate = true;
      }
    }
  }
  const attach = (name: SheetName, add: (b: Building, row: ReadRow, s: Sheet) => void): void => {
    const s = load(name);
    for (const r of s?.table.rows ?? []) {
      const row = readRow(s as Sheet, r);
      const b = row.household === '' ? undefined : byId.get(row.household);
      if (b === undefined) {
        issues.push(...row.issues);
        if (row.household !== '') issues.push({ at: refOf((s as Sheet).table, (s as Sheet).columns, row.row, '户编号'), code: 'unknown_household', text: MSG.noHousehold });
        continue;
      }
      b.issues.push(...row.issues);
      add(b, row, s as Sheet);
    }
  };
  attach('成员', (b, row) => b.members.push(row));
  attach('贷款', (b, row, s) => {
    if (row.loan !== '' && b.loans.some((l) => l.loan === row.loan)) {
      b.issues.push({ at: refOf(s.table, s.columns, row.row, '贷款编号'), code: 'duplicate_loan_id', text: MSG.duplicateLoan });
    }
    b.loans.push(row);
    b.repayments.push([]);
    b.rateChanges.push([]);
  });
  const toLoan = (list: 'repayments' | 'rateChanges') => (b: Building, row: ReadRow, s: Sheet): void => {
    const k = row.loan === '' ? -1 : b.loans.findIndex((l) => l.loan === row.loan);
    if (k === -1) {
      if (row.loan !== '') b.issues.push({ at: refOf(s.table, s.columns, row.row, '贷款编号'), code: 'unknown_loan', text: MSG.noLoan });
      return;
    }
    b[list][k]?.push(row);
  };
  attach('还款', toLoan('repayments'));
  attach('利率调整', toLoan('rateChanges'));
  attach('其他教育补助', (b, row) => b.aid.push(row));
  return { households: order.map((b) => finish(b, places)), issues };
}

const fieldsOf = (r: ReadRow): Record<string, unknown> => r.fields;
const rowsOf = (list: readonly ReadRow[]): number[] => list.map((x) => x.row);
const withHousehold = (list: readonly SheetIssue[], id: string): SheetIssue[] => list.map((x) => ({ ...x, id }));

/** The record of a household and the way back from its paths to its cells. */
function finish(b: Building, sheets: ReadonlyMap<SheetName, Place>): AssembledHousehold {
  // the 家庭 row's own object, completed: households then share their hidden classes
  const value = b.home.fields;
  value['members'] = b.members.map(fieldsOf);
  // plain loops: a closure here that named `b` would keep every row of the household alive
  // through `locate`, which shares this function's context
  if (b.loans.length > 0) {
    const loans: Record<string, unknown>[] = [];
    for (let k = 0; k < b.loans.length; k++) {
      const loan = (b.loans[k] as ReadRow).fields;
      const rep = b.repayments[k] ?? [];
      const rc = b.rateChanges[k] ?? [];
      if (rep.length > 0) loan['repayments'] = rep.map(fieldsOf);
      if (rc.length > 0) loan['rateChanges'] = rc.map(fieldsOf);
      loans.push(loan);
    }
    value['loans'] = loans;
  }
  if (b.aid.length > 0) value['otherEducationAid'] = b.aid.map(fieldsOf);
  const id = safeId(b.home.household);
  const home = sheets.get('家庭') as Place;
  if (b.members.length === 0 && b.home.household !== '') {
    b.issues.push({ at: refOf(home.table, home.columns, b.home.row, '户编号'), code: 'no_members', text: MSG.noMembers });
  }
  // row numbers only: the record's values are not kept alive by the way back
  const homeRow = b.home.row;
  const members = rowsOf(b.members);
  const aid = rowsOf(b.aid);
  const loans = rowsOf(b.loans);
  const repayments = b.repayments.map(rowsOf);
  const rateChanges = b.rateChanges.map(rowsOf);
  const cell = (name: SheetName, row: number | undefined, rest: readonly PathSegment[]): CellRef => {
    const s = sheets.get(name) ?? home;
    const c = columnFor(s.spec.columns, rest);
    return refOf(s.table, s.columns, row ?? homeRow, c.header);
  };
  const locate = (path: readonly PathSegment[]): CellRef => {
    const [head, i, ...rest] = path;
    if (typeof i === 'number') {
      if (head === 'members' && members[i] !== undefined) return cell('成员', members[i], rest);
      if (head === 'otherEducationAid' && aid[i] !== undefined) return cell('其他教育补助', aid[i], rest);
      if (head === 'loans' && loans[i] !== undefined) {
        const [sub, j, ...more] = rest;
        if (sub === 'repayments' && typeof j === 'number' && repayments[i]?.[j] !== undefined) return cell('还款', repayments[i]?.[j], more);
        if (sub === 'rateChanges' && typeof j === 'number' && rateChanges[i]?.[j] !== undefined) return cell('利率调整', rateChanges[i]?.[j], more);
        return cell('贷款', loans[i], rest);
      }
    }
    return cell('家庭', homeRow, head === 'members' || head === 'loans' || head === 'otherEducationAid' ? [] : path);
  };
  const withId = id === undefined ? b.issues : withHousehold(b.issues, id);
  return { value, id, issues: withId, locate };
}
