import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';
import { townshipReport } from '../../src/programme/township-report.js';

const RECORDS = 'examples/data/township-records.json';
const dir = mkdtempSync(join(tmpdir(), 'lanxi-cli-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};


describe('lanxi-policy report (clause 3.3)', () => {
  it('prints one row per township and the city, with the statuses of townshipReport', async () => {
    const r = await cli(['report', RECORDS, '--as-of', '2023-11-15', '--locale', 'en']);
    expect(r.code).toBe(0);
    const expected = townshipReport(JSON.parse(readFileSync(RECORDS, 'utf8')), { year: 2023, asOf: '2023-11-15' });
    for (const row of expected.rows) expect(r.stdout).toContain(String(row['code']));
    expect(r.stdout).toContain('黄店镇');
    expect(r.stdout).toMatch(/overdue/);
  });

  it('explains the report, naming the clause of a shortfall', async () => {
    const r = await cli(['report', RECORDS, '--as-of', '2023-11-15', '--locale', 'en', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[3.3]');
    expect(r.stdout).toContain('2.3.5');
  });

  it('writes JSON on request', async () => {
    const r = await cli(['report', RECORDS, '--as-of', '2023-11-15', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { command: string; asOf: string };
    expect(data).toMatchObject({ command: 'report', asOf: '2023-11-15' });
  });

  it('reports every invalid record by path and makes no report (exit 1)', async () => {
    const bad = file('bad.json', { training: [{ personId: 'p1', township: 'nowhere', course: 'c', date: '2023-02-30' }] });
    const r = await cli(['report', bad, '--as-of', '2023-11-15', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('records.training[0].township');
    expect(r.stderr).toContain('records.training[0].date');
    expect(r.stdout).toBe('');
  });

  it('never repeats an ID number found in the records', async () => {
    const id = '330781199001011234';
    const bad = file('id.json', { training: [{ personId: id, township: id, course: id, date: id }] });
    const r = await cli(['report', bad, '--as-of', '2023-11-15']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain(id);
  });

  it.each([
    [['report', RECORDS]],
    [['report', RECORDS, '--as-of', '2023-13-01']],
    [['report', '--as-of', '2023-11-15']],
    [['report', join(dir, 'missing.json'), '--as-of', '2023-11-15']],
  ])('is a usage error (exit 2): %o', async (argv) => {
    expect((await cli(argv)).code).toBe(2);
  });

  it('names a missing or broken records file "the input file" and a bad --as-of by its option, repeating neither', async () => {
    const name = '王秀英-records';
    const missing = await cli(['report', join(dir, `${name}.json`), '--as-of', '2023-11-15', '--locale', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('lanxi-policy report: cannot read the input file: no such file (ENOENT)');
    const broken = await cli(['report', file(`${name}.json`, '{ nope'), '--as-of', '2023-11-15']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('lanxi-policy report：输入文件不是有效的 JSON');
    for (const r of [missing, broken]) expect(r.stdout + r.stderr).not.toContain('王秀英');
    const id = '330781199001011234';
    const asOf = await cli(['report', RECORDS, '--as-of', id, '--locale', 'en']);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain('lanxi-policy report: --as-of: must be a date written YYYY-MM-DD');
    expect(asOf.stdout + asOf.stderr).not.toContain(id);
  });

  it('rejects a file that is not JSON as a usage error', async () => {
    const notJson = file('x.json', '{ nope');
    expect((await cli(['report', notJson, '--as-of', '2023-11-15'])).code).toBe(2);
  });
});
