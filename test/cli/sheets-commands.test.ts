/**
 * The template, and `simulate`, `compare` and JSON input with `--out`: the workbooks they write are
 * read back with openpyxl, and their totals checked against the library's.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, LANXI_2023, simulate, syntheticPopulation, type HouseholdInput } from '../../src/index.js';
import { cli, py } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lanxi-sheets-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Read { readonly sheets: string[]; readonly tables: Record<string, unknown[][]> }
const readBack = (file: string): Read => {
  writeFileSync(join(dir, 'none.json'), '[]');
  return JSON.parse(py('read_result.py', [file, join(dir, 'none.json')])) as Read;
};
const records = (table: unknown[][] | undefined): Record<string, unknown>[] => {
  const [header = [], ...rows] = table ?? [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
};
const population = syntheticPopulation({ size: 120, seed: 3 }) as unknown as HouseholdInput[];

describe('lanxi-policy template', () => {
  let sheets: Record<string, { header: string[]; example: unknown[] | null; frozen: string; lists: [string, string][]; textColumns: string[] }>;
  beforeAll(async () => {
    const r = await cli(['template', join(dir, '模板.xlsx')]);
    expect(r.code).toBe(0);
    sheets = JSON.parse(py('read_template.py', [join(dir, '模板.xlsx')])) as typeof sheets;
  }, 60_000);

  it('writes one sheet per table with the fixed Chinese headers, frozen, and a 说明 sheet', () => {
    expect(Object.keys(sheets)).toEqual(['家庭', '成员', '贷款', '还款', '利率调整', '其他教育补助', '说明']);
    expect(sheets['家庭']?.header).toEqual(['户编号', '乡镇', '村', '重点帮促村', '类别', '风险码', '收入年度', '工资性收入', '经营净收入', '财产净收入', '转移净收入', '上年人均可支配收入', '授信额度']);
    expect(sheets['成员']?.header).toEqual(['户编号', '身份证号', '出生日期', '有劳动能力', '就学情况', '与户主关系']);
    expect(sheets['贷款']?.header).toEqual(['户编号', '贷款编号', '本金', '年利率', '放款日期', '还款日期', '到期日', '授信额度', '已付利息']);
    expect(sheets['还款']?.header).toEqual(['户编号', '贷款编号', '日期', '金额']);
    expect(sheets['利率调整']?.header).toEqual(['户编号', '贷款编号', '日期', '年利率']);
    expect(sheets['其他教育补助']?.header).toEqual(['户编号', '名称', '金额', '可叠加']);
    for (const name of ['家庭', '成员', '贷款', '还款', '利率调整', '其他教育补助']) expect(sheets[name]?.frozen).toBe('A2');
  });

  it('offers drop-down lists for 是/否, 类别, 风险码, 乡镇 and 就学情况', () => {
    const lists = (sheet: string): string[] => (sheets[sheet]?.lists ?? []).map(([, f]) => f);
    expect(lists('家庭')).toEqual(expect.arrayContaining(['"是,否"', '"低保,低保边缘,特困,其他"', '"红,黄,绿"']));
    expect(lists('家庭').some((f) => f.includes('兰江街道') && f.includes('柏社乡'))).toBe(true);
    expect(lists('成员')).toEqual(expect.arrayContaining(['"是,否"', '"无,义务教育,中职,高职,其他"']));
    expect(sheets['成员']?.textColumns).toContain('B');
  });

  it('has an example row that assess computes, and a 说明 row for every column', async () => {
    expect(sheets['家庭']?.example?.[0]).toBe('LX-0001');
    const r = await cli(['assess', join(dir, '模板.xlsx')]);
    expect(r.stdout).toContain('共 1 户');
    const about = readBack(join(dir, '模板.xlsx')).tables['说明'] ?? [];
    const described = new Set(about.map((row) => row[1]));
    for (const h of ['户编号', '身份证号', '年利率', '到期日', '可叠加', '与户主关系']) expect(described.has(h), h).toBe(true);
  });

  it('writes the one-table form as a CSV with a byte-order mark', async () => {
    expect((await cli(['template', join(dir, '户表.csv')])).code).toBe(0);
    const text = readFileSync(join(dir, '户表.csv'), 'utf8');
    expect(text.startsWith('\uFEFF户编号,')).toBe(true);
    expect(text.split('\r\n')[0]).toContain('人口');
  });
});

describe('simulate, compare and JSON input with --out', () => {
  beforeAll(() => writeFileSync(join(dir, 'pop.json'), JSON.stringify(population)));

  it("simulate --out gives each household its row and the city the library's total", async () => {
    const r = await cli(['simulate', join(dir, 'pop.json'), '--out', join(dir, 'sim.xlsx')]);
    expect(r.code).toBe(0);
    const read = readBack(join(dir, 'sim.xlsx'));
    expect(read.sheets).toEqual(['结果', '乡镇汇总', '错误', '说明']);
    const s = simulate(population, { year: 2023 });
    const rows = records(read.tables['结果']);
    expect(rows.length).toBe(120);
    rows.forEach((row, i) => expect(Number(row['合计'])).toBe(Number(s.perHousehold[i]?.totalEntitlement.toFixed(2))));
    const city = records(read.tables['乡镇汇总']).find((x) => x['乡镇'] === '全市');
    expect(Number(city?.['合计'])).toBe(Number(s.totalEntitlement.toFixed(2)));
  });

  it('compare --out lists before and after per household, who crosses the line, and township totals', async () => {
    const r = await cli(['compare', join(dir, 'pop.json'), '--set', 'microcredit.floorRate=0.05', '--set', 'vocationalGrant.amount=6000', '--out', join(dir, 'cmp.xlsx')]);
    expect(r.code).toBe(0);
    const read = readBack(join(dir, 'cmp.xlsx'));
    expect(read.sheets).toEqual(['比较', '跨线', '乡镇汇总', '错误', '说明']);
    const c = compare(population, { year: 2023, reform: LANXI_2023.with({ microcredit: { floorRate: '0.05' }, vocationalGrant: { amount: 6000 } }) });
    const rows = records(read.tables['比较']);
    rows.forEach((row, i) => {
      const want = c.perHousehold[i];
      expect(row['户编号']).toBe(want?.id);
      expect(Number(row['改革后合计'])).toBe(Number(want?.entitlementAfter.toFixed(2)));
      expect(Number(row['改革后人均可支配收入'])).toBe(Number(want?.perCapitaAfter.toFixed(2)));
    });
    expect(records(read.tables['跨线']).length).toBe(c.crossedUp + c.crossedDown);
    const city = records(read.tables['乡镇汇总']).find((x) => x['乡镇'] === '全市');
    expect(Number(city?.['改革后合计'])).toBe(Number(c.reform.totalEntitlement.toFixed(2)));
    expect(city?.['受益户数']).toBe(c.gainers);
  });

  it('lists a bad JSON record in 错误 by its position and path, and writes English with --locale en', async () => {
    const bad = [...population.slice(0, 3), { ...population[0], id: 'BAD-1', members: [] }];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = await cli(['assess', join(dir, 'bad.json'), '--out', join(dir, 'bad.xlsx'), '--locale', 'en']);
    expect(r.code).toBe(1);
    const read = readBack(join(dir, 'bad.xlsx'));
    expect(read.sheets).toEqual(['results', 'loans', 'townships', 'errors', 'about']);
    expect(records(read.tables['errors'])).toContainEqual(expect.objectContaining({ sheet: 'JSON', row: 4, column: 'members', 'household id': 'BAD-1' }));
  });

  it('lists the problems of spreadsheet input at their cells in --json too', async () => {
    const file = join(dir, 'json-cells.csv');
    writeFileSync(file, '户编号,类别,收入年度,工资性收入,经营净收入,财产净收入,转移净收入,人口\nJ-1,低保,2023,0,0,0,9000,2\nJ-2,贫困户,2023,0,0,0,9000,1\n');
    const r = await cli(['assess', file, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { assessments: { id: string }[]; cells: Record<string, unknown>[] };
    expect(out.assessments.map((a) => a.id)).toEqual(['J-1']);
    expect(out.cells).toEqual([{ sheet: '户表', row: 3, column: '类别', cell: 'B3', id: 'J-2', code: 'invalid_choice', message: expect.any(String), messageZh: expect.stringContaining('低保') }]);
  });

  it('refuses an --out that is neither .xlsx nor .csv before reading anything', async () => {
    const r = await cli(['assess', join(dir, 'missing.json'), '--out', join(dir, 'x.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out 的文件名须以 .xlsx 或 .csv 结尾');
  });
});
