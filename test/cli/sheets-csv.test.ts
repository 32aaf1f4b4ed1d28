/**
 * CSV input: the tables as GBK files from a Chinese Excel (written here by Python's csv module in
 * GBK), the one-table form (户表), UTF-8 with and without a byte-order mark, and a file in an
 * encoding that cannot be read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold, type HouseholdInput } from '../../src/index.js';
import { csvTable, decodeCsv, parseCsv } from '../../src/cli/sheets/read-csv.js';
import { cli, py } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lanxi-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let expected: { good: HouseholdInput[]; bad: [string, number, string][]; badHouseholds: string[]; secret: string[] };

/** The rows of a CSV result file as objects keyed by its header (UTF-8 with a byte-order mark). */
function csvRecords(file: string): Record<string, string>[] {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows] = parseCsv(bytes.subarray(3).toString('utf8')).filter((r) => r.some((c) => c !== ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

beforeAll(() => {
  py('make_households.py', [dir, '200', '11']);
  expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as typeof expected;
}, 120_000);

describe('CSV tables in GBK, as a Chinese Excel saves them', () => {
  it('reads a folder of GBK CSV files and writes UTF-8 CSV results with a byte-order mark', async () => {
    const head = readFileSync(join(dir, 'csv', '家庭.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(head)).toThrow();
    const r = await cli(['assess', join(dir, 'csv'), '--out', join(dir, '结果.csv')]);
    expect(r.code).toBe(1);
    const rows = new Map(csvRecords(join(dir, '结果.csv')).map((x) => [x['户编号'], x]));
    expect(rows.size).toBe(expected.good.length);
    for (const h of expected.good) expect(rows.get(h.id)?.['合计'], h.id).toBe(assessHousehold(h, { year: 2023 }).totalEntitlement.toFixed(2));
    const errors = csvRecords(join(dir, '结果.错误.csv')).map((e) => [e['工作表'], Number(e['行']), e['列']]);
    for (const cell of expected.bad) expect(errors).toContainEqual(cell);
    for (const s of expected.secret) expect(readFileSync(join(dir, '结果.错误.csv'), 'utf8')).not.toContain(s);
  });

  it('reads the same tables given as files', async () => {
    const files = ['家庭', '成员', '贷款', '其他教育补助'].map((n) => join(dir, 'csv', `${n}.csv`));
    const r = await cli(['assess', ...files, '--out', join(dir, 'files.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`共 ${expected.good.length} 户`);
  });
});

describe('the one-table form (户表)', () => {
  const header = '户编号,乡镇,类别,收入年度,工资性收入,经营净收入,财产净收入,转移净收入,人口,有劳动能力人数,中职在读人数,贷款本金,贷款年利率,放款日期,还款日期';
  const h1: HouseholdInput = {
    id: 'D-1', township: '游埠镇', category: 'dibao', income: { year: 2023, wage: '12000', netOperating: '1000.5', netProperty: '0', netTransfer: '8000' },
    members: [{ laborCapable: true }, { laborCapable: true }, { laborCapable: false, schooling: 'secondaryVocational' }],
    loans: [{ principal: '50000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-05-31' }],
  };

  it('gives each household its members from the counts and its one loan, in UTF-8 with a byte-order mark', async () => {
    const file = join(dir, '户表.csv');
    writeFileSync(file, `\uFEFF${header}\r\nD-1,游埠镇,低保,2023,"12,000",1000.50,0,8000,3,2,1,50000,4.35%,2023/6/1,2024-05-31\r\nD-2,兰江街道,特困,2023,0,0,0,9000,1,0,0,,,,\r\n`);
    const r = await cli(['assess', file, '--out', join(dir, 'one.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = csvRecords(join(dir, 'one.csv'));
    expect(rows.map((x) => x['户编号'])).toEqual(['D-1', 'D-2']);
    expect(rows[0]?.['合计']).toBe(assessHousehold(h1, { year: 2023 }).totalEntitlement.toFixed(2));
    expect(rows[0]?.['人口']).toBe('3');
  });

  it('puts a count above 人口 in 错误 at its cell', async () => {
    const file = join(dir, 'bad-one.csv');
    writeFileSync(file, `${header}\nD-1,游埠镇,低保,2023,0,0,0,8000,2,3,0,,,,\n`);
    const r = await cli(['assess', file, '--out', join(dir, 'bad-one.csv.xlsx'.replace('.csv.xlsx', '-out.csv'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('户表 第 2 行 有劳动能力人数（J2）');
  });
});

describe('encodings', () => {
  it('decodes UTF-8 with or without a byte-order mark, GB18030 and UTF-16 with a mark', () => {
    expect(decodeCsv(Buffer.from('\uFEFF户编号', 'utf8'), 'assess')).toEqual({ text: '户编号', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from('户编号', 'utf8'), 'assess')).toEqual({ text: '户编号', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from([0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5]), 'assess')).toEqual({ text: '户编号', encoding: 'gb18030' });
    expect(decodeCsv(Buffer.from('\uFEFF户编号', 'utf16le'), 'assess')).toEqual({ text: '户编号', encoding: 'utf-16le' });
  });

  it('says the encoding is wrong, not that a field is, for a file in neither UTF-8 nor GBK', async () => {
    const file = join(dir, '家庭.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('\u6237\u7f16\u53f7,'), Buffer.from([0xff, 0xfe, 0xff, 0x0a])]));
    mkdirSync(join(dir, 'enc'), { recursive: true });
    const r = await cli(['assess', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('编码');
    const en = await cli(['assess', file, '--locale', 'en']);
    expect(en.stderr).toContain('encoding');
  });

  it('says the encoding may be wrong when no header is recognised', async () => {
    const file = join(dir, 'latin.csv');
    writeFileSync(file, 'xx,yy\n1,2\n');
    const r = await cli(['assess', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不是可识别的表|编码/);
  });
});

describe('the CSV parser', () => {
  it('reads quoted fields with separators, quotes and line breaks, and counts rows as a spreadsheet shows them', () => {
    expect(parseCsv('a,"b,1"\r\n"x""y",\n')).toEqual([['a', 'b,1'], ['x"y', '']]);
    expect(parseCsv('a,"line\nbreak"\rz')).toEqual([['a', 'line\nbreak'], ['z']]);
    expect(csvTable('家庭', '户编号,类别\n\nH1,低保\n').rows).toEqual([{ row: 3, cells: ['H1', '低保'] }]);
    expect(csvTable('家庭', '户编号\t类别\nH1\t低保\n').header).toEqual(['户编号', '类别']);
  });
});
