/**
 * The columns of the loan schedules and the household credit line (clause 2.3.8: 到期日, 还款,
 * 利率调整, 授信额度) and 与户主关系, in a workbook written by openpyxl: read into the record, computed
 * as assessHousehold computes the same households, and each loan's 积数 reported.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold, type HouseholdInput } from '../../src/index.js';
import { cli, py, type Ran } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lanxi-schedules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let households: HouseholdInput[];
let ran: Ran;
let tables: Record<string, unknown[][]>;

const records = (table: unknown[][] | undefined): Record<string, unknown>[] => {
  const [header = [], ...rows] = table ?? [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
};

beforeAll(async () => {
  py('make_schedules.py', [dir]);
  households = JSON.parse(readFileSync(join(dir, 'schedules.json'), 'utf8')) as HouseholdInput[];
  ran = await cli(['assess', join(dir, 'schedules.xlsx'), '--out', join(dir, 'out.xlsx')]);
  writeFileSync(join(dir, 'none.json'), '[]');
  tables = (JSON.parse(py('read_result.py', [join(dir, 'out.xlsx'), join(dir, 'none.json')])) as { tables: typeof tables }).tables;
}, 60_000);

describe('loan schedules, the credit line and the relationship in a workbook', () => {
  it('reads every household without a problem', () => {
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(records(tables['错误'])).toEqual([]);
  });

  it('computes each household as assessHousehold does on the same record', () => {
    const rows = new Map(records(tables['结果']).map((r) => [r['户编号'], r]));
    for (const h of households) {
      const a = assessHousehold(h, { year: 2023 });
      expect(Number(rows.get(h.id)?.['合计']), h.id).toBe(Number(a.totalEntitlement.toFixed(2)));
      expect(Number(rows.get(h.id)?.['贴息']), h.id).toBe(Number(a.loanSubsidy.total.toFixed(2)));
    }
  });

  it("gives each loan its days, 积数 and subsidy in 贷款明细", () => {
    const lines = records(tables['贷款明细']);
    const want = households.flatMap((h) => assessHousehold(h, { year: 2023 }).loanSubsidy.loans.map((l) => ({
      id: `${h.id}/${l.id}`, days: l.days, balanceDays: Number(l.balanceDays.toFixed(2)), amount: Number(l.amount.toFixed(2)),
    })));
    expect(lines.map((l) => ({ id: `${String(l['户编号'])}/${String(l['贷款编号'])}`, days: l['贴息天数'], balanceDays: Number(l['积数']), amount: Number(l['贴息金额']) }))).toEqual(want);
  });

  it('puts a repayment of a loan the household does not have in 错误 at its 贷款编号 cell, and leaves the household out', async () => {
    const csv = join(dir, 'csv');
    const files: Record<string, string> = {
      家庭: '户编号,类别,收入年度,工资性收入,经营净收入,财产净收入,转移净收入\nR-1,低保,2023,0,0,0,9000\nR-2,其他,2023,0,0,0,9000\n',
      成员: '户编号,有劳动能力,与户主关系\nR-1,是,户主\nR-2,是,配偶\n',
      贷款: '户编号,贷款编号,本金,年利率,放款日期,还款日期\nR-1,L1,50000,4.35%,2023-06-01,2024-05-31\n',
      还款: '户编号,贷款编号,日期,金额\nR-1,Z9,2023-09-01,1000\n',
    };
    mkdirSync(csv, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(csv, `${name}.csv`), text);
    const r = await cli(['assess', csv, '--out', join(dir, 'r.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('还款 第 2 行 贷款编号（B2）：「贷款」表中该户没有这个贷款编号');
    const results = readFileSync(join(dir, 'r.csv'), 'utf8');
    expect(results).toContain('R-2');
    expect(results).not.toContain('R-1');
  });
});
