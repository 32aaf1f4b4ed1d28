import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { planFromSets, UsageError } from '../../src/cli/args.js';
import { main, VERSION } from '../../src/cli/cli.js';
import { Sink, type CliIo } from '../../src/cli/io.js';
import { splitLines } from '../../src/cli/input.js';
import { safeId } from '../../src/cli/records.js';
import { displayWidth, formatTable, safeText } from '../../src/cli/table.js';
import { brief, MESSAGE_LIMIT } from '../../src/cli/text.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { assessHousehold } from '../../src/population/assess.js';
import { compare } from '../../src/population/compare.js';
import { simulate } from '../../src/population/simulate.js';
import { sweep } from '../../src/population/sweep.js';
import { syntheticPopulation } from '../../src/population/synthetic.js';

const SAMPLE = 'examples/data/households.json';
const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>[];
/** Every ID number in the sample (made up, region 990000): none may ever be printed. */
const ID_NUMBERS = sample.flatMap((h) => (h['members'] as { idNumber?: string }[]).flatMap((m) => (m.idNumber === undefined ? [] : [m.idNumber])));

const dir = mkdtempSync(join(tmpdir(), 'lanxi-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const jsonl = (records: readonly unknown[]): string => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process and collects what it wrote. */
async function run(argv: readonly string[], extra: Partial<CliIo> = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    ...extra,
  });
  return { code, stdout, stderr };
}

const json = (r: Ran): Record<string, any> => JSON.parse(r.stdout) as Record<string, any>;

/** A bad record among good ones: an 18-digit id (as if an ID number were used), a bad ID number, a bad field. */
const BAD = {
  ...sample[2],
  id: '990000197804090111',
  members: [{ idNumber: '990000197804090112', laborCapable: 'maybe' }],
};

describe('lanxi-policy: version, help and usage errors', () => {
  it('prints the package version with --version and exits 0', async () => {
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it.each(['assess', 'simulate', 'compare', 'sweep', 'generate'])('prints the help of %s on stdout and exits 0', async (cmd) => {
    const a = await run([cmd, '--help']);
    const b = await run(['help', cmd]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(`lanxi-policy ${cmd}`);
    expect(b.stdout).toBe(a.stdout);
  });

  it('prints the overall help and exits 0 with --help, but exits 2 with no arguments', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('退出码');
    expect((await run(['--help', '--locale', 'en'])).stdout).toContain('Exit codes');
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('用法');
  });

  it.each([
    [['frobnicate'], '没有这个命令；可用的命令：assess, simulate, compare, sweep, report, generate, template, serve'],
    [['frobnicate', '--locale', 'en'], 'unknown command; the commands are assess, simulate, compare, sweep, report, generate, template, serve'],
    [['simulate', SAMPLE, '--frob'], '未知选项（第 3 个参数）；simulate 的选项有 --year, --locale, --json, --set'],
    [['simulate', SAMPLE, '--frob', '--locale', 'en'], 'unknown option (argument 3); the options of simulate are --year, --locale, --json, --set'],
    [['simulate', SAMPLE, '--year'], '--year 需要一个值（第 3 个参数）'],
    [['simulate', SAMPLE, '--locale', 'en', '--year'], '--year needs a value (argument 5)'],
    [['simulate', SAMPLE, '--json=yes'], '--json 不带值（第 3 个参数）'],
    [['simulate', SAMPLE, '--json=yes', '--locale', 'en'], '--json takes no value (argument 3)'],
    [['simulate', SAMPLE, '--set', '-1'], "--set：以 '-' 开头的值会被当作选项；请写成 --set=值（第 3 个参数）"],
    [['simulate', SAMPLE, '--locale=en', '--set', '-1'], "--set: a value starting with '-' reads as an option; write it --set=VALUE (argument 4)"],
    [['simulate'], '缺少输入文件'],
    [['simulate', '--locale', 'en'], 'FILE is required'],
    [['simulate', SAMPLE, SAMPLE], '只能给一个 JSON 文件'],
    [['simulate', SAMPLE, SAMPLE, '--locale', 'en'], 'one FILE'],
    [['simulate', SAMPLE, '--year', 'last'], '--year'],
    [['simulate', SAMPLE, '--year', '1800', '--locale', 'en'], '--year: must be at least 1900'],
    [['simulate', SAMPLE, '--locale', 'fr'], '--locale'],
    [['simulate', join(dir, 'missing.json')], '无法读取输入文件：文件不存在（ENOENT）'],
    [['simulate', join(dir, 'missing.json'), '--locale', 'en'], 'cannot read the input file: no such file (ENOENT)'],
    [['simulate', dir], '输入文件夹中没有 CSV 文件'],
    [['simulate', dir, '--locale', 'en'], 'the input folder holds no CSV file'],
    [['compare', SAMPLE], '至少给出一个 --set'],
    [['compare', SAMPLE, '--locale', 'en'], 'at least one --set'],
    [['sweep', SAMPLE, '--values', '0.03'], '缺少 --path'],
    [['sweep', SAMPLE, '--values', '0.03', '--locale', 'en'], '--path is required'],
    [['sweep', SAMPLE, '--path', 'microcredit.ceilingRate', '--values', '0.03'], "--path：没有这个参数路径；运行 'lanxi-policy --help paths' 查看全部参数"],
    [['sweep', SAMPLE, '--path', 'microcredit.ceilingRate', '--values', '0.03', '--locale', 'en'], "--path: unknown parameter path; run 'lanxi-policy --help paths' for the parameters"],
    [['sweep', SAMPLE, '--path', 'microcredit.floorRate'], '缺少 --values'],
    [['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--locale', 'en'], '--values is required'],
    [['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--values', '0.03,,0.04'], '--values 第 2 项：列表中有空值'],
    [['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--values', '0.03,,0.04', '--locale', 'en'], '--values item 2: an empty value'],
    [['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--values', '0.03,lots', '--locale', 'en'], '--values item 2: must be a decimal number'],
    [['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--values', Array.from({ length: 1001 }, () => '0.03').join(',')], 'sweep 最多接受 1000 个'],
    [['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--locale', 'en', '--values', Array.from({ length: 1001 }, () => '0.03').join(',')], 'sweep takes at most 1000'],
    [['--help', 'constructor'], '没有这个帮助主题；可用的主题：assess, simulate, compare, sweep, report, generate, paths'],
    [['--help', 'constructor', '--locale', 'en'], 'unknown help topic; the topics are assess, simulate, compare, sweep, report, generate, paths'],
    [['help', 'frobnicate'], '没有这个帮助主题'],
    [['help', 'frobnicate', '--locale', 'en'], 'unknown help topic'],
    [['generate', '--size', 'many'], '--size'],
    [['generate', '--size', '2000000'], '--size'],
    [['generate', 'out.json'], 'generate 不接受文件参数'],
    [['generate', 'out.json', '--locale', 'en'], 'no FILE'],
  ])('exits 2 with a message naming the problem for %j', async (argv, expected) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(expected);
  });

  it('names an unknown command, option, help topic, parameter path, value or file by what and where it is, never by itself', async () => {
    const cases: [string[], string][] = [
      [['frobnicate'], 'frobnicate'],
      [['help', 'frobnicate'], 'frobnicate'],
      [['simulate', SAMPLE, '--frob'], 'frob'],
      [['simulate', SAMPLE, '--frob=lots'], 'frob'],
      [['simulate', SAMPLE, '-q'], '-q'],
      [['simulate', SAMPLE, '--json=lots'], 'lots'],
      [['simulate', SAMPLE, '--year', 'lots'], 'lots'],
      [['simulate', SAMPLE, '--year', '1800'], '1800'],
      [['simulate', SAMPLE, '--locale', 'frobnicate'], 'frobnicate'],
      [['simulate', SAMPLE, '--set', 'frobnicate'], 'frobnicate'],
      [['simulate', SAMPLE, '--set', 'frob.nicate=1'], 'frob'],
      [['simulate', SAMPLE, '--set', 'microcredit.floorRate=lots'], 'lots'],
      [['simulate', SAMPLE, '--set', '-lots'], 'lots'],
      [['sweep', SAMPLE, '--path', 'frob.nicate', '--values', '1'], 'frob'],
      [['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--values', '0.03,lots'], 'lots'],
      [['simulate', join(dir, 'frobnicate.json')], 'frobnicate'],
      [['simulate', file('frobnicate.json', '{ nope')], 'frobnicate'],
      [['report', join(dir, 'frobnicate.json'), '--as-of', '2023-11-01'], 'frobnicate'],
      [['report', SAMPLE, '--as-of', 'lots'], 'lots'],
      [['generate', '--size', 'lots'], 'lots'],
      [['generate', '--seed', 'lots'], 'lots'],
    ];
    for (const locale of ['en', 'zh-CN']) {
      for (const [argv, given] of cases) {
        const all = ['generate', 'help', 'frobnicate'].includes(argv[0] as string) || argv.includes('--locale') ? argv : [...argv, '--locale', locale];
        const r = await run(all);
        expect(r.code, all.join(' ')).toBe(2);
        expect(r.stderr, all.join(' ')).not.toContain(given);
      }
    }
  });

  it('lists every parameter --set and --path take with --help paths, with its clause, plan value and unit', async () => {
    const r = await run(['--help', 'paths']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/effectiveFrom\s+4\s+2023-05-13/);
    expect(r.stdout).toMatch(/microcredit\.floorRate\s+2\.3\.8\s+0\.03\s+fraction\/year/);
    expect(r.stdout).toMatch(/vocationalGrant\.amount\s+2\.3\.4\s+3000\s+yuan\/household\/academic-year/);
    expect((await run(['help', 'paths'])).stdout).toBe(r.stdout);
    expect((await run(['--help'])).stdout).toContain('lanxi-policy --help paths');
  });
});

describe('lanxi-policy: --set goes through plan.with()', () => {
  it('parses dotted paths into one overrides object', () => {
    const plan = planFromSets('compare', ['microcredit.floorRate=0.04', 'vocationalGrant.amount=4000'], 'en');
    expect(plan.overridden).toEqual(['microcredit.floorRate', 'vocationalGrant.amount']);
    expect(plan.params.microcredit.floorRate.value.toString()).toBe('0.04');
    expect(plan.params.vocationalGrant.amount.value.toString()).toBe('4000');
    expect(LANXI_2023.params.microcredit.floorRate.value.toString()).toBe('0.03');
  });

  it('gives whole-number parameters as numbers and dates as text', () => {
    const plan = planFromSets('simulate', ['microcredit.dayCountBasis=365', 'effectiveFrom=2023-01-01'], 'en');
    expect(plan.params.microcredit.dayCountBasis.value).toBe(365);
    expect(plan.effectiveFrom).toBe('2023-01-01');
  });

  it('returns the plan itself when nothing is set', () => {
    expect(planFromSets('simulate', undefined, 'en')).toBe(LANXI_2023);
  });

  it.each([
    [['microcredit.floorRate'], '--set microcredit.floorRate: expected path=value'],
    [['=0.045'], '--set #1: expected path=value'],
    [['microcredit.floorRate='], 'the value is missing'],
    [['microcredit.ceilingRate=0.04'], "--set #1: unknown parameter path; run 'lanxi-policy --help paths' for the parameters"],
    [['microcredit=0.04'], 'unknown parameter path'],
    [['vocationalGrant.amount=4000', 'microcredit.ceilingRate=0.04'], '--set #2: unknown parameter path'],
    [['vocationalGrant.amount=4000', 'microcredit.ceiling'], '--set #2: expected path=value'],
    [['microcredit.floorRate=abc'], '--set microcredit.floorRate: '],
    [['microcredit.floorRate=1.5'], '--set microcredit.floorRate: '],
    [['microcredit.dayCountBasis=360.5'], '--set microcredit.dayCountBasis: must be a whole number'],
    [['effectiveFrom=2023-02-30'], '--set effectiveFrom: '],
    [['microcredit.floorRate=0.04', 'microcredit.floorRate=0.05'], '--set microcredit.floorRate: given more than once'],
  ])('rejects %j with a usage error naming the option', (sets, message) => {
    let error: unknown;
    try {
      planFromSets('compare', sets, 'en');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
    // the value is never repeated, nor an unknown path
    for (const s of sets) {
      const [path = '', value = ''] = s.split('=');
      if (value !== '') expect((error as Error).message).not.toContain(`=${value}`);
      if (path.includes('ceiling')) expect((error as Error).message).not.toContain(path);
    }
  });

  it('gives the value messages in Chinese by default', () => {
    let message = '';
    try {
      planFromSets('compare', ['microcredit.floorRate=abc'], 'zh-CN');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^--set microcredit\.floorRate: .*[\u4e00-\u9fff]/);
    expect(message).not.toContain('abc');
  });

  it('exits 2 from main on a bad --set before reading the file', async () => {
    const r = await run(['simulate', join(dir, 'not-there.json'), '--set', 'vocationalGrant.amount=-1', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set vocationalGrant.amount: ');
    expect(r.stderr).not.toContain('-1');
    expect(r.stderr).not.toContain('no such file');
  });
});

describe('lanxi-policy simulate', () => {
  it('prints the summary table and the by-benefit table of the sample, exit 0', async () => {
    const r = await run(['simulate', SAMPLE, '--year', '2023', '--locale', 'en']);
    const s = simulate(sample, { year: 2023 });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('per-capita disposable income (yuan, 1)');
    expect(r.stdout).toContain(s.targets.perCapita!.toFixed(2));
    expect(r.stdout).toMatch(/micro-credit interest subsidy\s+2\.3\.8\s+3420\.00\s+3/);
    expect(r.stdout).toMatch(/total\s+9420\.00/);
  });

  it('gives JSON with money as exact decimal strings, equal to the library', async () => {
    const r = await run(['simulate', SAMPLE, '--json']);
    const s = simulate(sample, { year: 2023 });
    const out = json(r);
    expect(r.code).toBe(0);
    expect(out['totalEntitlement']).toBe(s.totalEntitlement.toFixed(2));
    expect(out['byBenefit']).toEqual({ loanSubsidy: s.byBenefit.loanSubsidy.toFixed(2), vocationalGrant: s.byBenefit.vocationalGrant.toFixed(2) });
    expect(out['targets']['perCapita']).toBe(s.targets.perCapita!.toFixed(2));
    expect(out['targets']['transferShare']).toBe(s.targets.transferShare!.toString());
    expect(out['households']).toBe(8);
    expect(out['perHousehold']).toBeUndefined();
    expect(out['errors']).toEqual([]);
  });

  it('reads JSON Lines by extension, by content, { households } and standard input alike', async () => {
    const reference = (await run(['simulate', SAMPLE, '--json'])).stdout;
    const byExt = await run(['simulate', file('sample.jsonl', jsonl(sample)), '--json']);
    const byContent = await run(['simulate', file('sample.txt', jsonl(sample)), '--json']);
    const ndjson = await run(['simulate', file('sample.ndjson', `\uFEFF${jsonl(sample).replace(/\n/g, '\r\n')}\n\n`), '--json']);
    const wrapped = await run(['simulate', file('wrapped.json', JSON.stringify({ households: sample }, null, 2)), '--json']);
    const stdin = await run(['simulate', '-', '--json'], { stdin: Readable.from([Buffer.from(jsonl(sample))]) });
    for (const r of [byExt, byContent, ndjson, wrapped, stdin]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(reference);
    }
  });

  it('ends JSON Lines at \\n, \\r\\n or a lone \\r, wherever the chunks of standard input break', async () => {
    const reference = (await run(['simulate', SAMPLE, '--json'])).stdout;
    const records = sample.map((h) => JSON.stringify(h));
    const text = `\uFEFF${records[0]}\r\n${records[1]}\r${records[2]}\n\r\n${records.slice(3).join('\r\n')}`;
    const bytes = Buffer.from(text, 'utf8');
    for (const size of [1, 2, 3, 7, 64, 4096, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const r = await run(['simulate', '-', '--json'], { stdin: Readable.from(chunks) });
      expect(r.code, `chunks of ${size} bytes`).toBe(0);
      expect(r.stdout, `chunks of ${size} bytes`).toBe(reference);
    }
  });

  it('applies --set to the plan it simulates and lists the change', async () => {
    const r = await run(['simulate', SAMPLE, '--set', 'vocationalGrant.amount=4000', '--locale', 'en']);
    const s = simulate(sample, { year: 2023, plan: LANXI_2023.with({ vocationalGrant: { amount: 4000 } }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/vocationalGrant\.amount\s+2\.3\.4\s+3000\s+4000/);
    expect(r.stdout).toContain(s.totalEntitlement.toFixed(2));
  });

  it('matches the library across validation chunks, and finds a repeated id in a later chunk', async () => {
    const population = syntheticPopulation({ size: 4500, seed: 11 });
    const p = file('synthetic.jsonl', jsonl([...population, population[0]]));
    const r = await run(['simulate', p, '--json', '--locale', 'en']);
    const s = simulate(population, { year: 2023 });
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out['households']).toBe(4500);
    expect(out['totalEntitlement']).toBe(s.totalEntitlement.toFixed(2));
    expect(out['errors']).toEqual([{ index: 4500, line: 4501, id: 'SYN-000001', issues: [expect.objectContaining({ path: ['id'], code: 'duplicate_id' })] }]);
    expect(r.stderr).toContain('invalid record [4500] (line 4501, id SYN-000001): id: repeats the id');
  });
});

describe('lanxi-policy: a bad record among good ones', () => {
  const mixedLines = [
    JSON.stringify(sample[0]),
    JSON.stringify(sample[1]),
    JSON.stringify(BAD),
    '{"id": "LX-TRUNCATED", "members": [',
    '',
    ...sample.slice(2).map((h) => JSON.stringify(h)),
  ].join('\n');

  it('reports each bad record on stderr by index and line, prints the others, and exits 1', async () => {
    const r = await run(['simulate', file('mixed.jsonl', mixedLines), '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/households\s+8\n/);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^lanxi-policy: invalid record \[2\] \(line 3\): /);
    expect(lines[0]).toContain('members[0].laborCapable: must be true or false');
    expect(lines[0]).toContain('members[0].idNumber: ');
    expect(lines[1]).toMatch(/^lanxi-policy: invalid record \[3\] \(line 4\): \(input\): is not valid JSON/);
    expect(lines[2]).toBe('lanxi-policy: 2 of 10 records are invalid and were left out; the results cover the other 8');
  });

  it('names the record by its id only when the id is a safe label', async () => {
    const named = { ...BAD, id: 'LX-BAD' };
    const r = await run(['assess', file('named.json', JSON.stringify([sample[0], named, BAD])), '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid record [1] (id LX-BAD): ');
    expect(r.stderr).toContain('invalid record [2]: ');
    expect(r.stdout).toContain('LX-SAMPLE-01');
    expect(safeId('LX-0001')).toBe('LX-0001');
    expect(safeId('990000197804090111')).toBeUndefined();
    expect(safeId('6222021234567890123')).toBeUndefined();
    expect(safeId('a\u001b[2Jb')).toBeUndefined();
    expect(safeId(42)).toBeUndefined();
  });

  it('reports in Chinese by default', async () => {
    const r = await run(['simulate', file('mixed-zh.jsonl', mixedLines)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lanxi-policy：无效记录 [2]（第 3 行）：');
    expect(r.stderr).toContain('members[0].laborCapable：必须是 true 或 false');
  });

  it('includes the errors in --json output too, and keeps the good records in assess', async () => {
    const r = await run(['assess', file('mixed2.jsonl', mixedLines), '--json']);
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out['assessments'].map((a: { id: string }) => a.id)).toEqual(sample.map((h) => h['id']));
    expect(out['errors'].map((e: { index: number; line: number }) => [e.index, e.line])).toEqual([[2, 3], [3, 4]]);
  });

  it('exits 2 on a JSON document that is not valid JSON, giving a position and never the text', async () => {
    const text = `[\n${JSON.stringify(sample[0])},\n{"idNumber": "990000197804090111" oops}\n]`;
    const r = await run(['simulate', file('broken.json', text), '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not valid JSON (line 3, column 35)');
    expect(r.stderr).not.toContain('990000197804090111');
    expect(r.stderr).not.toContain('oops');
  });

  it.each([
    ['a number', '42'],
    ['households that are not a list', '{"households": 3}'],
  ])('exits 2 on a document holding %s', async (_, text) => {
    const r = await run(['simulate', file('odd.json', text)]);
    expect(r.code).toBe(2);
  });
});

describe('lanxi-policy assess', () => {
  it('prints one row per household with the library amounts', async () => {
    const r = await run(['assess', SAMPLE, '--locale', 'en']);
    expect(r.code).toBe(0);
    for (const h of sample) {
      const a = assessHousehold(h, { year: 2023 });
      const row = r.stdout.split('\n').find((l) => l.startsWith(`${a.id} `));
      expect(row).toBeDefined();
      expect(row).toContain(a.totalEntitlement.toFixed(2));
      expect(row).toContain(a.income.perCapita.toFixed(2));
    }
    expect(r.stdout).toContain('8 households · total entitlement 9420.00 yuan');
  });

  it('gives each assessment as JSON with exact decimal strings and no trace', async () => {
    const r = await run(['assess', SAMPLE, '--json']);
    const out = json(r);
    expect(out['assessments']).toHaveLength(8);
    const a = assessHousehold(sample[1], { year: 2023 });
    const j = out['assessments'][1];
    expect(j).toMatchObject({ index: 1, id: a.id, township: '330781104', members: 4, totalEntitlement: a.totalEntitlement.toFixed(2) });
    expect(j.loanSubsidy.loans.map((l: { amount: string }) => l.amount)).toEqual(a.loanSubsidy.loans.map((l) => l.amount.toFixed(2)));
    expect(JSON.stringify(out)).not.toContain('"trace"');
  });

  it('gives each other education aid in JSON by its amount, stacking and payment, in input order, but never its free-text name', async () => {
    const out = json(await run(['assess', SAMPLE, '--json']));
    const a = assessHousehold(sample[6], { year: 2023 });
    expect(out['assessments'][6].vocationalGrant.otherAid).toEqual(
      a.vocationalGrant.otherAid.map((l) => ({ amount: l.amount.toFixed(2), stackable: l.stackable, paid: l.paid })),
    );
    expect(out['assessments'][6].vocationalGrant.basis).toBe(a.vocationalGrant.basis);
    for (const h of sample) {
      for (const aid of (h['otherEducationAid'] as { name: string }[] | undefined) ?? []) expect(JSON.stringify(out)).not.toContain(aid.name);
    }
  });

  it('explains each household with --explain, citing clauses, in either language', async () => {
    const zh = await run(['assess', SAMPLE, '--explain']);
    const en = await run(['assess', SAMPLE, '--explain', '--locale', 'en', '--json']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('== [0] LX-SAMPLE-01 ==');
    expect(zh.stdout).toContain('[2.3.8]');
    expect(zh.stdout).toContain('「对就读中高等职校的低收入农户子女给予每户每学年3000元补助」');
    const out = json(en);
    expect(out['assessments'][2].explanation).toContain('[2.3.8] ');
    expect(out['assessments'][2].explanation).toContain('input: ');
  });

  it('assesses under a changed plan with --set and the year of --year, and refuses a year outside the plan\'s period', async () => {
    const plan = LANXI_2023.with({ microcredit: { floorRate: '0.05' } });
    const r = await run(['assess', SAMPLE, '--json', '--set', 'microcredit.floorRate=0.05', '--year', '2023']);
    const a = assessHousehold(sample[1], { year: 2023, plan });
    expect(json(r)['assessments'][1].totalEntitlement).toBe(a.totalEntitlement.toFixed(2));
    expect(json(r)['year']).toBe(2023);
    const outside = await run(['assess', SAMPLE, '--json', '--year', '2024', '--locale', 'en']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--year: the plan covers 2023-05-13 to 2023-12-31; 2024-01-01 is after that');
  });
});

describe('lanxi-policy compare and sweep', () => {
  it('compares the plan with the reform of the --set options, as the library does', async () => {
    const r = await run(['compare', SAMPLE, '--year', '2023', '--set', 'microcredit.floorRate=0.04', '--set', 'vocationalGrant.amount=4000', '--json']);
    const c = compare(sample, { year: 2023, reform: { microcredit: { floorRate: '0.04' }, vocationalGrant: { amount: 4000 } } });
    const out = json(r);
    expect(r.code).toBe(0);
    expect(out['delta']['totalEntitlement']).toBe(c.delta.totalEntitlement.toFixed(2));
    expect(out['gainers']).toBe(c.gainers);
    expect(out['reform']['totalEntitlement']).toBe(c.reform.totalEntitlement.toFixed(2));
    expect(out['changes']).toEqual([
      { parameter: 'microcredit.floorRate', clause: '2.3.8', 'plan value': '0.03', 'reform value': '0.04', unit: 'fraction/year' },
      { parameter: 'vocationalGrant.amount', clause: '2.3.4', 'plan value': '3000', 'reform value': '4000', unit: 'yuan/household/academic-year' },
    ]);
  });

  it('prints the comparison table with the changed parameters', async () => {
    const r = await run(['compare', SAMPLE, '--set', 'microcredit.floorRate=0.04', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/microcredit\.floorRate\s+2\.3\.8\s+0\.03\s+0\.04/);
    expect(r.stdout).toMatch(/total entitlement \(yuan\)\s+9420\.00\s+10560\.00\s+\+1140\.00/);
    expect(r.stdout).toMatch(/households gaining\s+3/);
  });

  it('sweeps a parameter over the --values, row by row, as the library does', async () => {
    const r = await run(['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--values', '0.03, 0.035,0.04', '--json']);
    const s = sweep(sample, { year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.035', '0.04'] });
    const out = json(r);
    expect(r.code).toBe(0);
    expect(out['rows'].map((x: { value: string; costDelta: string }) => [x.value, x.costDelta])).toEqual(s.rows.map((x) => [x.value, x.costDelta.toFixed(2)]));
    const table = await run(['sweep', SAMPLE, '--path', 'microcredit.floorRate', '--values', '0.03,0.035,0.04', '--locale', 'en']);
    expect(table.stdout).toMatch(/0\.035\s+9990\.00\s+\+570\.00/);
  });

  it('sweeps a whole-number parameter and the date of force', async () => {
    const days = await run(['sweep', SAMPLE, '--path', 'microcredit.dayCountBasis', '--values', '360,365', '--json']);
    expect(days.code).toBe(0);
    expect(json(days)['rows'].map((x: { value: string }) => x.value)).toEqual(['360', '365']);
    const from = await run(['sweep', SAMPLE, '--path', 'effectiveFrom', '--values', '2023-01-01', '--json']);
    expect(from.code).toBe(0);
    expect(Number(json(from)['rows'][0].costDelta)).toBeGreaterThan(0);
  });
});

describe('lanxi-policy generate', () => {
  it('writes the synthetic population as a JSON array, the same as syntheticPopulation', async () => {
    const r = await run(['generate', '--size', '5', '--seed', '7']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(syntheticPopulation({ size: 5, seed: 7 }));
  });

  it('writes JSON Lines with --jsonl, which the other commands read back', async () => {
    const r = await run(['generate', '--size', '300', '--seed', '3', '--jsonl', '--year', '2023']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(300);
    const back = await run(['simulate', file('generated.jsonl', r.stdout), '--json']);
    expect(json(back)['totalEntitlement']).toBe(simulate(syntheticPopulation({ size: 300, seed: 3 }), { year: 2023 }).totalEntitlement.toFixed(2));
  });

  it('writes an empty array for size 0', async () => {
    expect(JSON.parse((await run(['generate', '--size', '0'])).stdout)).toEqual([]);
  });
});

describe('lanxi-policy never prints an ID number or a name', () => {
  it('keeps every ID number of the sample out of every output of every command', async () => {
    const withBad = file('with-bad.json', JSON.stringify([...sample, BAD, { ...BAD, id: 'LX-BAD-2' }]));
    const runs: Ran[] = [];
    for (const locale of ['zh-CN', 'en']) {
      for (const input of [SAMPLE, withBad]) {
        runs.push(await run(['assess', input, '--explain', '--locale', locale]));
        runs.push(await run(['assess', input, '--explain', '--json', '--locale', locale]));
        runs.push(await run(['simulate', input, '--locale', locale, '--progress']));
        runs.push(await run(['simulate', input, '--json', '--locale', locale]));
        runs.push(await run(['compare', input, '--set', 'microcredit.floorRate=0.04', '--locale', locale]));
        runs.push(await run(['compare', input, '--set', 'microcredit.floorRate=0.04', '--json', '--locale', locale]));
        runs.push(await run(['sweep', input, '--path', 'vocationalGrant.amount', '--values', '3000,4000', '--locale', locale]));
        runs.push(await run(['sweep', input, '--path', 'vocationalGrant.amount', '--values', '3000,4000', '--json', '--locale', locale]));
      }
    }
    expect(ID_NUMBERS.length).toBeGreaterThan(10);
    for (const r of runs) {
      const all = r.stdout + r.stderr;
      for (const id of [...ID_NUMBERS, '990000197804090111', '990000197804090112']) expect(all).not.toContain(id);
      expect(all).not.toMatch(/\d{15}/);
      expect(all).not.toContain('"idNumber":');
    }
  });
});

describe('lanxi-policy: progress and output plumbing', () => {
  it('draws the progress bar on stderr only, leaving stdout the same', async () => {
    const plain = await run(['simulate', SAMPLE, '--json']);
    const forced = await run(['simulate', SAMPLE, '--json', '--progress']);
    const tty = await run(['simulate', SAMPLE, '--json'], { stderrIsTTY: true });
    expect(forced.stdout).toBe(plain.stdout);
    expect(tty.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(forced.stderr).toContain('正在校验');
    expect((await run(['simulate', SAMPLE, '--json', '--progress', '--locale', 'en'])).stderr).toContain('validating');
    expect(forced.stderr).not.toContain('\r');
    expect(tty.stderr).toContain('\r\u001b[2K');
  });

  it('waits for drain when the writer asks it to, and loses nothing', async () => {
    const chunks: string[] = [];
    let pending: (() => void) | undefined;
    const writer = {
      write: (s: string) => { chunks.push(s); setTimeout(() => pending?.(), 1); return false; },
      once: (_: 'drain', listener: () => void) => { pending = listener; },
    };
    const sink = new Sink(writer, 10);
    for (let i = 0; i < 100; i++) {
      sink.write(`line ${i}\n`);
      await sink.maybeFlush();
    }
    await sink.flush();
    expect(chunks.join('')).toBe(Array.from({ length: 100 }, (_, i) => `line ${i}\n`).join(''));
  });

  it('aligns Chinese text by display width and neutralises control characters', () => {
    expect(displayWidth('人均abc')).toBe(7);
    expect(displayWidth('（元）')).toBe(6);
    const t = formatTable([{ 指标: '户数', value: '8' }, { 指标: 'households', value: '10000' }]);
    const lines = t.trimEnd().split('\n');
    expect(lines.map((l) => displayWidth(l))).toEqual([17, 17, 17, 17]);
    expect(lines[2]).toBe(`户数${' '.repeat(12)}8`);
    expect(safeText('a\u001b[2Jb\u202ec')).toBe('a?[2Jb?c');
    expect(formatTable([])).toBe('');
  });

  it('splits lines at \\n, \\r\\n and a lone \\r, and gives a line over the limit as undefined', async () => {
    const lines = async (parts: (string | Buffer)[], limit?: number): Promise<(string | undefined)[]> => {
      const out: (string | undefined)[] = [];
      for await (const l of splitLines(Readable.from(parts.map((p) => Buffer.from(p))), limit)) out.push(l);
      return out;
    };
    expect(await lines(['{"a":1}\r\n{"b"', ':2}\rx'])).toEqual(['{"a":1}', '{"b":2}', 'x']);
    expect(await lines(['a\r', '\nb\n\n', '\r\r', 'c'])).toEqual(['a', 'b', '', '', '', 'c']);
    // a character split between chunks is decoded whole
    const han = Buffer.from('人均\n');
    expect(await lines([han.subarray(0, 1), han.subarray(1, 4), han.subarray(4)])).toEqual(['人均']);
    expect(await lines(['abcdef', 'gh\nabcd\nabcde\n', 'xy'], 4)).toEqual([undefined, 'abcd', undefined, 'xy']);
    expect(await lines([])).toEqual([]);
  });

  it('cuts any message at its limit, never in the middle of a surrogate pair, and without control characters', () => {
    expect(brief('y'.repeat(5000))).toBe(`${'y'.repeat(MESSAGE_LIMIT)}…`);
    expect(brief(`${'y'.repeat(MESSAGE_LIMIT - 1)}😀😀`)).toBe(`${'y'.repeat(MESSAGE_LIMIT - 1)}…`);
    expect(brief('one\ntwo\u0007')).toBe('one\ntwo?');
  });

  it('runs as a program with the exit code of main (npm run cli)', async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulate', SAMPLE, '--year', '2023', '--locale', 'en']);
    expect(ok.stdout).toContain('households');
    const bad = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'compare', SAMPLE]).catch((e: { code: number; stderr: string }) => e);
    expect((bad as { code: number }).code).toBe(2);
  });
});
