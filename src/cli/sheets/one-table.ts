/**
 * The one-table form (户表), for the simplest offices: one row per household, with the columns of
 * 家庭, its members as counts (人口, 有劳动能力人数, 中职在读人数, 高职在读人数), at most one loan
 * (贷款本金 … 已付利息) and at most one item of other education aid. A household with several
 * loans, or whose members must be told apart, uses the workbook form.
 *
 * @module
 */
import type { PathSegment, Text } from '../../index.js';
import { safeId } from '../records.js';
import {
  columnFor, columnsOf, keyOf, NOT_SUPPORTED, refOf, setPath, supportedFields,
  type AssembledHousehold, type AssembledInput, type SheetIssue,
} from './cells.js';
import { SHEETS, type ColumnSpec } from './layout.js';
import type { Table } from './table.js';
import { readCell } from './values.js';

const t = (zh: string, en: string): Text => ({ zh, en });

const col = (header: string, en: string, field: readonly string[], kind: ColumnSpec['kind'], required: boolean, clause: string, note: Text, example: string | number): ColumnSpec =>
  ({ header, en, field, kind, required, clause, note, example });

const HOME = (SHEETS[0] as { columns: readonly ColumnSpec[] }).columns;

/** The columns of the one-table form, in order. */
const COLUMNS: readonly ColumnSpec[] = [
  ...HOME,
  col('人口', 'members', ['members'], 'count', true, '1', t('家庭人口数（1–50）', 'number of members (1–50)'), 3),
  col('有劳动能力人数', 'labour capable', ['members', '*', 'laborCapable'], 'count', false, '2.3.7', t('其中有劳动能力的人数（不填为 0）', 'of whom labour capable (0 when empty)'), 2),
  col('中职在读人数', 'in secondary vocational school', ['members', '*', 'schooling', 'secondaryVocational'], 'count', false, '2.3.4', t('其中在读中职（中专、职高、技校）的人数', 'of whom in secondary vocational school'), 1),
  col('高职在读人数', 'in higher vocational school', ['members', '*', 'schooling', 'higherVocational'], 'count', false, '2.3.4', t('其中在读高职（大专、职业本科）的人数', 'of whom in higher vocational school'), 0),
  col('贷款本金', 'loan principal', ['loans', '0', 'principal'], 'money', false, '2.3.8', t('一笔小额贷款的本金（元）；不填则无贷款', 'principal of one loan, yuan; empty: no loan'), 50000),
  col('贷款年利率', 'loan annual rate', ['loans', '0', 'annualRate'], 'rate', false, '2.3.8', t('该笔贷款的年利率：0.0435 或 4.35%', 'its annual rate: 0.0435 or 4.35%'), '4.35%'),
  col('放款日期', 'drawdown date', ['loans', '0', 'startDate'], 'date', false, '2.3.8', t('放款日期', 'drawdown date'), '2023-06-01'),
  col('还款日期', 'repayment date', ['loans', '0', 'endDate'], 'date', false, '2.3.8', t('还清日期（不计息）', 'date repaid (not counted)'), '2024-05-31'),
  col('到期日', 'maturity date', ['loans', '0', 'maturityDate'], 'date', false, '2.3.8', t('合同到期日', 'contractual maturity'), ''),
  col('贷款授信额度', 'loan credit limit', ['loans', '0', 'creditLimit'], 'money', false, '2.3.8', t('该笔贷款的授信额度（元）', "the loan's credit limit, yuan"), ''),
  col('已付利息', 'interest paid', ['loans', '0', 'interestPaid'], 'money', false, '2.3.8', t('本年已付利息（元）', 'interest paid this year, yuan'), ''),
  col('其他教育补助金额', 'other education aid', ['otherEducationAid', '0', 'amount'], 'money', false, '2.3.4', t('扶智补助以外的其他教育补助（元）', 'other education aid, yuan'), ''),
  col('其他教育补助可叠加', 'other aid stackable', ['otherEducationAid', '0', 'stackable'], 'bool', false, '2.3.4', t('能否与扶智补助叠加：是 / 否（不填为 是）', 'stacks with the grant: 是 / 否 (是 when empty)'), ''),
];

/**
 * The one-table form: its name (户表), its columns, and the header that marks it (人口).
 *
 * @example
 * ```ts
 * ONE_TABLE.name;                          //=> '户表'
 * ONE_TABLE.columns.some((c) => c.header === '人口'); //=> true
 * ```
 */
export const ONE_TABLE = Object.freeze({ name: '户表', countHeader: '人口', columns: COLUMNS });

const MSG = {
  missingColumn: t('缺少此列', 'this column is missing'),
  tooMany: t('不能多于人口数', 'must not exceed 人口'),
  members: t('人口须为 1–50 人', '人口 must be 1 to 50'),
  duplicateHousehold: t('户编号重复', 'the household id appears more than once'),
} as const;

/**
 * The households of a one-table sheet (户表), with every problem found at its cell.
 *
 * @example
 * ```ts
 * import { csvTable } from './read-csv.js';
 * assembleOneTable(csvTable('户表', '户编号,类别,收入年度,工资性收入,经营净收入,财产净收入,转移净收入,人口\nH1,低保,2023,0,0,0,9000,2\n'))
 *   .households[0]?.value?.['members']; //=> [{ laborCapable: false }, { laborCapable: false }]
 * ```
 */
export function assembleOneTable(table: Table): AssembledInput {
  const columns = columnsOf(table);
  const issues: SheetIssue[] = [];
  for (const c of COLUMNS) if (c.required && !columns.has(c.header)) issues.push({ at: refOf(table, columns, 1, c.header), code: 'missing_column', text: MSG.missingColumn });
  const seen = new Map<string, { row: number; issues: SheetIssue[] }>();
  // closures below name `place`, never `table`: the way back to a cell must not keep the rows alive
  const place = { name: table.name };
  const supported = supportedFields();
  const households = table.rows.map((r): AssembledHousehold => {
    const value: Record<string, unknown> = {};
    const counts: Record<string, number> = {};
    const own: SheetIssue[] = [];
    const hh = keyOf(r.cells[columns.get('户编号') ?? -1]);
    const id = safeId(hh);
    const withId = (x: SheetIssue): SheetIssue => (id === undefined ? x : { ...x, id });
    for (const c of COLUMNS) {
      const i = columns.get(c.header);
      const reading = readCell(c.kind, i === undefined ? undefined : r.cells[i]);
      const at = refOf(place, columns, r.row, c.header);
      if ('empty' in reading) continue;
      if ('error' in reading) {
        own.push(withId({ at, code: reading.code, text: reading.error }));
        continue;
      }
      const f = c.field as readonly string[];
      if (f[0] === 'members') counts[c.header] = reading.value as number;
      else if ((f.join('.') === 'creditLine' && !supported.has('household.creditLine')) || (f[2] === 'maturityDate' && !supported.has('loan.maturityDate'))) {
        own.push(withId({ at, code: 'column_not_supported', text: NOT_SUPPORTED }));
      } else setPath(value, f, reading.value);
    }
    const n = counts['人口'];
    const labour = counts['有劳动能力人数'] ?? 0;
    const sec = counts['中职在读人数'] ?? 0;
    const high = counts['高职在读人数'] ?? 0;
    if (n !== undefined && (n < 1 || n > 50)) own.push(withId({ at: refOf(place, columns, r.row, '人口'), code: 'invalid_members', text: MSG.members }));
    if (n !== undefined) {
      for (const [h, k] of [['有劳动能力人数', labour], ['中职在读人数', sec], ['高职在读人数', high]] as const) {
        if (k > n || (h !== '有劳动能力人数' && sec + high > n)) own.push(withId({ at: refOf(place, columns, r.row, h), code: 'too_many', text: MSG.tooMany }));
      }
      const members: Record<string, unknown>[] = [];
      for (let k = 0; k < Math.min(n, 50); k++) {
        const m: Record<string, unknown> = { laborCapable: k < labour };
        // students are counted from the last member back
        if (k >= n - sec - high) m['schooling'] = k >= n - high ? 'higherVocational' : 'secondaryVocational';
        members.push(m);
      }
      value['members'] = members;
    }
    const aid = (value['otherEducationAid'] as Record<string, unknown>[] | undefined)?.[0];
    if (aid !== undefined) {
      aid['name'] = '其他教育补助';
      if (aid['stackable'] === undefined) aid['stackable'] = true;
    }
    if (hh !== '') {
      const first = seen.get(hh);
      if (first === undefined) seen.set(hh, { row: r.row, issues: own });
      else {
        const dup = (at: number): SheetIssue => withId({ at: refOf(place, columns, at, '户编号'), code: 'duplicate_id', text: MSG.duplicateHousehold });
        if (!first.issues.some((x) => x.code === 'duplicate_id')) first.issues.push(dup(first.row));
        own.push(dup(r.row));
      }
    }
    // numbers only: the record's values are not kept alive by the way back
    const row = r.row;
    const size = n ?? 0;
    const locate = (path: readonly PathSegment[]) => {
      const [head, i, field, sub] = path;
      let rest: readonly PathSegment[] = path;
      if (head === 'members' && typeof i === 'number') {
        rest = field === 'schooling' ? ['members', '*', 'schooling', i >= size - high ? 'higherVocational' : 'secondaryVocational'] : ['members', '*', 'laborCapable'];
      } else if ((head === 'loans' || head === 'otherEducationAid') && typeof i === 'number') rest = [head, '0', ...(field === undefined ? [] : [field]), ...(sub === undefined ? [] : [sub])];
      return refOf(place, columns, row, columnFor(COLUMNS, rest).header);
    };
    return { value, id, issues: own, locate };
  });
  // the first row of a repeated id learns of it later: its issue list is shared by reference
  return { households, issues };
}
