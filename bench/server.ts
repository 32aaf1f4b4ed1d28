/**
 * The HTTP service under load: `npm run bench:server`. Starts `lanxi-policy serve --port 0` in a
 * child process and drives it over loopback with autocannon (50 connections): requests/s and
 * p50/p99 latency for POST /v1/rules/loanInterestSubsidy and POST /v1/assess, the service's memory
 * (RSS) after 100000 and after 200000 requests, and the time of a 10000-household POST /v1/compare
 * (median of 3, round trip). Prints a Markdown table on stdout; every figure is from this run.
 * Goals (2 cores): ≥ 3000 requests/s for the single rule with p99 ≤ 20 ms; the compare ≤ 2 s.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { syntheticPopulation } from '../src/index.js';

interface CannonResult {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}
type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const CONNECTIONS = 50;
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 10);

// the built command line when dist/ is there (as deployed), else the sources through tsx
const ENTRY = existsSync('dist/cli.js') && existsSync('dist/server.js') ? ['dist/cli.js'] : ['--import', 'tsx', 'src/cli/main.ts'];
const child = spawn(process.execPath, [...ENTRY, 'serve', '--port', '0', '--body-limit', String(64 * 1024 * 1024)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  createInterface({ input: child.stdout! }).once('line', (l) => resolve(l.replace(/^listening on /, '')));
  child.once('exit', () => reject(new Error('the service exited')));
});

function rssMb(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN');
  return Math.round(kb / 1024);
}

const json = { 'content-type': 'application/json' };
const RULE = { method: 'POST', headers: json, body: JSON.stringify({ principal: '50000', annualRate: '0.0435', days: 360 }) };
const HOUSEHOLD = {
  id: 'bench-1', category: 'dibao',
  members: [{ laborCapable: true }, { laborCapable: false, schooling: 'secondaryVocational' }],
  income: { year: 2023, wage: '12000', netOperating: '3000.50', netProperty: '0', netTransfer: '9000' },
  loans: [{ principal: '50000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01' }],
};
const ASSESS = { method: 'POST', headers: json, body: JSON.stringify(HOUSEHOLD) };

async function load(path: string, request: Record<string, unknown>, limit: { duration?: number; amount?: number }): Promise<CannonResult> {
  process.stderr.write(`load ${path} ${JSON.stringify(limit)}\n`);
  return autocannon({ url: `${url}${path}`, connections: CONNECTIONS, ...request, ...limit });
}

const rows: string[][] = [];
const line = (what: string, r: CannonResult) => rows.push([
  what, r.requests.average.toFixed(0), `${r.latency.p50} ms`, `${r.latency.p99} ms`, String(r.errors + r.timeouts + r.non2xx),
]);

await load('/v1/rules/loanInterestSubsidy', RULE, { duration: 2 }); // warm-up
line('POST /v1/rules/loanInterestSubsidy', await load('/v1/rules/loanInterestSubsidy', RULE, { duration: DURATION_S }));
line('POST /v1/assess', await load('/v1/assess', ASSESS, { duration: DURATION_S }));
const rssStart = rssMb();
await load('/v1/rules/loanInterestSubsidy', RULE, { amount: 100_000 });
const rss100k = rssMb();
await load('/v1/assess', ASSESS, { amount: 100_000 });
const rss200k = rssMb();

const population = JSON.stringify({ households: syntheticPopulation({ size: 10_000, seed: 2023 }), year: 2023, reform: { vocationalGrant: { amount: 4000 } } });
const times: number[] = [];
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  const res = await fetch(`${url}/v1/compare`, { method: 'POST', headers: json, body: population });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`compare answered ${res.status}`);
  if (i > 0) times.push(performance.now() - t0); // the first run warms up
}
times.sort((a, b) => a - b);

child.kill('SIGTERM');
const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

console.log(`| endpoint (${CONNECTIONS} connections, ${DURATION_S} s) | requests/s | p50 | p99 | errors |`);
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('');
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| service RSS after the timed runs | ${rssStart} MB |`);
console.log(`| service RSS after 100000 more requests (loanInterestSubsidy) | ${rss100k} MB |`);
console.log(`| service RSS after 100000 more requests (assess) | ${rss200k} MB |`);
console.log(`| POST /v1/compare, 10000 households (${(population.length / 1e6).toFixed(1)} MB body), median of 3 | ${(times[1] ?? NaN).toFixed(0)} ms |`);
console.log(`| service started from | ${ENTRY.at(-1) ?? ''} |`);
console.log(`| exit code after SIGTERM | ${String(code)} |`);
