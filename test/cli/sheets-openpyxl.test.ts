/**
 * A workbook written by another program (openpyxl, as Excel and WPS files are) with 300
 * households and bad cells at known places goes through `assess --out`; the result workbook is
 * read back with openpyxl, never with the library that wrote it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold, simulate, type HouseholdInput } from '../../src/index.js';
import { cli, py, type Ran } from './helpers.js';

interface Expected {
  readonly good: HouseholdInput[];
  readonly bad: [string, number, string][];
  readonly badHouseholds: string[];
  readonly secret: string[];
}
interface Read {
  readonly sheets: string[];
  readonly tables: Record<string, unknown[][]>;
  readonly formats: Record<string, string[]>;
  readonly frozen: Record<string, string | null>;
  readonly leaks: number;
}

const dir = mkdtempSync(join(tmpdir(), 'lanxi-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let expected: Expected;
let ran: Ran;
let read: Read;

/** The rows of a table as objects keyed by its header. */
function records(table: unknown[][] | undefined): Record<string, unknown>[] {
  const [header = [], ...rows] = table ?? [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** A number as openpyxl gave it (its repr, or an int) as a JavaScript number. */
const num = (v: unknown): number => Number(v);

beforeAll(async () => {
  py('make_households.py', [dir, '300', '7']);
  expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  writeFileSync(join(dir, 'secrets.json'), JSON.stringify(expected.secret));
  ran = await cli(['assess', join(dir, 'in.xlsx'), '--out', join(dir, 'out.xlsx')]);
  read = JSON.parse(py('read_result.py', [join(dir, 'out.xlsx'), join(dir, 'secrets.json')])) as Read;
}, 120_000);

describe('assess --out on a workbook written by openpyxl', () => {
  it('computes the good households, lists the bad ones and exits 1', () => {
    expect(ran.code).toBe(1);
    expect(expected.good.length).toBe(300 - expected.badHouseholds.length);
    expect(ran.stdout).toContain(`共 ${expected.good.length} 户`);
  });

  it('writes a workbook an independent reader opens, with the result sheets, headers frozen', () => {
    expect(read.sheets).toEqual(['结果', '贷款明细', '乡镇汇总', '错误', '说明']);
    for (const s of read.sheets) expect(read.frozen[s]).toBe('A2');
    expect(read.tables['结果']?.[0]).toEqual([
      '户编号', '乡镇', '人口', '贴息', '扶智补助', '合计', '人均可支配收入', '达到16710元', '增幅达15%', '转移性收入占比不超过80%',
    ]);
  });

  it("gives every good household a 合计 equal to assessHousehold's total to the fen, as a numeric 0.00 cell", () => {
    const rows = new Map(records(read.tables['结果']).map((r) => [r['户编号'] as string, r]));
    expect(rows.size).toBe(expected.good.length);
    for (const h of expected.good) {
      const a = assessHousehold(h, { year: 2023 });
      const r = rows.get(h.id);
      expect(r, h.id).toBeDefined();
      expect(num(r?.['合计']), h.id).toBe(Number(a.totalEntitlement.toFixed(2)));
      expect(num(r?.['贴息']), h.id).toBe(Number(a.loanSubsidy.total.toFixed(2)));
      expect(num(r?.['扶智补助']), h.id).toBe(Number(a.vocationalGrant.amount.toFixed(2)));
      expect(num(r?.['人均可支配收入']), h.id).toBe(Number(a.income.perCapita.toFixed(2)));
      expect(r?.['人口']).toBe(h.members.length);
      expect(r?.['达到16710元']).toBe(a.income.met.perCapita ? '是' : '否');
    }
    for (const f of ['贴息', '扶智补助', '合计', '人均可支配收入']) expect(read.formats[f]).toEqual(['0.00']);
  });

  it("gives each loan its days and subsidy as assessHousehold does", () => {
    const lines = records(read.tables['贷款明细']);
    const want = expected.good.flatMap((h) => assessHousehold(h, { year: 2023 }).loanSubsidy.loans.map((l) => [h.id, l.id, l.days, Number(l.amount.toFixed(2))]));
    expect(lines.map((l) => [l['户编号'], l['贷款编号'], l['贴息天数'], num(l['贴息金额'])])).toEqual(want);
  });

  it("totals the city in 乡镇汇总 to the fen of simulate's total", () => {
    const city = records(read.tables['乡镇汇总']).find((r) => r['乡镇'] === '全市');
    const s = simulate(expected.good, { year: 2023 });
    expect(num(city?.['合计'])).toBe(Number(s.totalEntitlement.toFixed(2)));
    expect(city?.['户数']).toBe(expected.good.length);
    expect(city?.['人口']).toBe(s.members);
  });

  it('lists every bad cell in 错误 with its sheet, row and column, and leaves its household out', () => {
    const errors = records(read.tables['错误']).map((e) => [e['工作表'], e['行'], e['列']]);
    for (const cell of expected.bad) expect(errors, cell.join(' ')).toContainEqual(cell);
    const ids = new Set(records(read.tables['结果']).map((r) => r['户编号']));
    for (const id of expected.badHouseholds) expect(ids.has(id), id).toBe(false);
    for (const e of records(read.tables['错误'])) expect(String(e['说明'])).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never repeats an ID number, in the workbook or on the terminal', () => {
    expect(read.leaks).toBe(0);
    for (const s of expected.secret) {
      expect(ran.stderr).not.toContain(s);
      expect(ran.stdout).not.toContain(s);
    }
  });

  it('records the version, the plan, its parameters and the date of the run in 说明', () => {
    const about = read.tables['说明'] ?? [];
    const item = (k: string): unknown => about.find((r) => r[0] === k)?.[1];
    expect(item('软件')).toMatch(/^lanxi-policy \d+\.\d+\.\d+/);
    expect(item('方案')).toContain('lanxi-2023');
    expect(item('运行日期')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(about.find((r) => r[0] === 'microcredit.floorRate')?.[1]).toBe('0.03');
  });
});
