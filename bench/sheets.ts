/**
 * The spreadsheet benchmark: `npm run bench:sheets` (100,000 households) or
 * `npm run bench:sheets -- --size 20000`.
 *
 * Writes a household workbook (家庭, 成员, 贷款, 其他教育补助: numbers as numeric cells, dates as
 * text, rates as fractions) from the synthetic population, then runs
 * `lanxi-policy assess in.xlsx --out out.xlsx` in a fresh Node process — read, joined, validated,
 * assessed and written — and prints its wall time, its CPU time (which a busy machine does not
 * inflate) and peak resident memory (the goal: ≤ 30 s and ≤ 1 GB). Progress goes to stderr.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/cli.js';
import { writeXlsx, type OutCell } from '../src/cli/sheets/book.js';
import { syntheticPopulation } from '../src/population/synthetic.js';

const MB = 1024 * 1024;
const at = process.argv.indexOf('--size');
const N = at === -1 ? 100_000 : Number(process.argv[at + 1]);

/** In the child: runs the command line on the workbook, then reports time and peak memory as JSON. */
async function child(input: string, output: string): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const sink = { write: () => true };
  const code = await main(['assess', input, '--out', output], { stdout: sink, stderr: process.stderr, stderrIsTTY: false });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  process.stdout.write(`${JSON.stringify({ code, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

/** Writes the input workbook from the synthetic population. */
async function writeInput(file: string): Promise<{ households: number; members: number; loans: number }> {
  const pop = syntheticPopulation({ size: N, seed: 2023 });
  const home: OutCell[][] = [];
  const members: OutCell[][] = [];
  const loans: OutCell[][] = [];
  const aid: OutCell[][] = [];
  const yes = (b: boolean): string => (b ? '是' : '否');
  const cat = { dibao: '低保', dibian: '低保边缘', tekun: '特困', other: '其他' } as const;
  for (const h of pop) {
    home.push([h.id, h.township, h.village, yes(h.inKeyAssistanceVillage), cat[h.category], h.riskColor, h.income.year,
      Number(h.income.wage), Number(h.income.netOperating), Number(h.income.netProperty), Number(h.income.netTransfer),
      h.previousPerCapita === undefined ? null : Number(h.previousPerCapita)]);
    for (const m of h.members) members.push([h.id, null, m.birthDate, yes(m.laborCapable), m.schooling ?? null]);
    for (const l of h.loans ?? []) loans.push([h.id, l.id, Number(l.principal), Number(l.annualRate), l.startDate, l.endDate, l.creditLimit === undefined ? null : Number(l.creditLimit), null]);
    for (const a of h.otherEducationAid ?? []) aid.push([h.id, a.name, Number(a.amount), yes(a.stackable)]);
  }
  await writeXlsx(file, [
    { name: '家庭', header: ['户编号', '乡镇', '村', '重点帮促村', '类别', '风险码', '收入年度', '工资性收入', '经营净收入', '财产净收入', '转移净收入', '上年人均可支配收入'], rows: home },
    { name: '成员', header: ['户编号', '身份证号', '出生日期', '有劳动能力', '就学情况'], rows: members },
    { name: '贷款', header: ['户编号', '贷款编号', '本金', '年利率', '放款日期', '还款日期', '授信额度', '已付利息'], rows: loans },
    { name: '其他教育补助', header: ['户编号', '名称', '金额', '可叠加'], rows: aid },
  ]);
  return { households: home.length, members: members.length, loans: loans.length };
}

if (process.argv[2] === '--child') {
  await child(process.argv[3] as string, process.argv[4] as string);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'lanxi-bench-sheets-'));
  try {
    const input = join(dir, 'in.xlsx');
    const output = join(dir, 'out.xlsx');
    process.stderr.write(`writing a workbook of ${N} households…\n`);
    const counts = await writeInput(input);
    process.stderr.write('running lanxi-policy assess in.xlsx --out out.xlsx in a fresh process…\n');
    const self = fileURLToPath(import.meta.url);
    const text = execFileSync(process.execPath, [...process.execArgv, self, '--child', input, output], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * MB });
    const r = JSON.parse(text.trim().split('\n').pop() as string) as { code: number; ms: number; cpuMs: number; maxRssMB: number };
    const rows = [
      ['households · members · loans', `${counts.households} · ${counts.members} · ${counts.loans}`],
      ['input workbook', `${(statSync(input).size / MB).toFixed(1)} MB`],
      ['result workbook', `${(statSync(output).size / MB).toFixed(1)} MB`],
      ['exit code', String(r.code)],
      ['read + assess + write (wall)', `${(r.ms / 1000).toFixed(1)} s (goal ≤ 30 s)`],
      ['the same, CPU time (user + system)', `${(r.cpuMs / 1000).toFixed(1)} s`],
      ['peak resident memory', `${r.maxRssMB.toFixed(0)} MB (goal ≤ 1024 MB)`],
      ['node', process.version],
    ];
    process.stdout.write(`| measure | value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
