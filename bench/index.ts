/**
 * The benchmark: `npm run bench` (1,000,000 households) or `npm run bench -- --quick` (100,000).
 *
 * Prints one table (Markdown) on stdout, every figure from this run: `simulate` over prepared
 * households against three baselines computing the same rules over the same households — (a) a
 * hand-written float loop, (b) the Decimal reference, (c) json-rules-engine — then `compare`,
 * memory, `preparePopulation`, `parseHousehold`, `assessHousehold`, the cold import of the built
 * package (built first when dist/ is missing or older than src/) and its gzip size. Times are
 * medians of several runs on one core; per-call times are taken after a warm-up, as in a long-lived
 * process. Progress goes to stderr.
 */
import { cpus } from 'node:os';
import { LANXI_2023 } from '../src/plan/lanxi-2023.js';
import { assessHousehold } from '../src/population/assess.js';
import { compare } from '../src/population/compare.js';
import { prepare } from '../src/population/prepare.js';
import { preparePopulation, simulate } from '../src/population/simulate.js';
import { syntheticPopulation } from '../src/population/synthetic.js';
import { parseHousehold } from '../src/schema/household.js';
import {
  decimalSimulate, factsOf, floatBytes, floatPopulation, floatSimulate, rulesEngine, rulesEngineSimulate,
} from './baselines.js';
import { coldImportMs, distSize, ensureBuilt, heldBytes, progress, timeMs, timeMsAsync } from './measure.js';

const quick = process.argv.includes('--quick');
const N = quick ? 100_000 : 1_000_000;
/** Households for the slow baselines and the per-call measures. */
const N_DECIMAL = quick ? 2_000 : 20_000;
const N_RULES = quick ? 1_000 : 10_000;
const N_PARSE = quick ? 5_000 : 20_000;
/** A first call on so few households keeps them in the processor's caches. */
const N_CACHED = 2_000;
const N_ASSESS = quick ? 2_000 : 5_000;
/** Calls made before timing a per-call function, so that it runs optimised as in a long-lived process. */
const WARMUP_CALLS = quick ? 20_000 : 50_000;
const RUNS = quick ? 3 : 5;
const SEED = 2023;
const YEAR = 2023;
const plan = LANXI_2023;
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------

progress(`lanxi-policy benchmark, ${quick ? 'quick, ' : ''}${N.toLocaleString('en')} households`);
ensureBuilt();
progress('cold import of dist/index.js');
const imports = coldImportMs(quick ? 3 : 9);
const size = distSize();

// The per-call measures come first, on a heap of their own: a long-lived service holds its own
// data, not the million households of the population measures below, whose size would make every
// garbage collection here slower.
progress('parseHousehold and assessHousehold');
const records = JSON.parse(JSON.stringify(syntheticPopulation({ size: N_PARSE, seed: SEED }))) as unknown[];
/** Times one pass of `fn` over `items`, after WARMUP_CALLS calls: the median of RUNS passes. */
let sink: unknown;
const perCall = <T>(items: readonly T[], fn: (x: T) => unknown): number => {
  // each result escapes (to `sink`), so none of the work can be optimised away
  const pass = () => { for (let i = 0; i < items.length; i++) sink = fn(items[i] as T); };
  return timeMs(pass, RUNS, Math.ceil(WARMUP_CALLS / items.length));
};
const parseMs = perCall(records, (r) => parseHousehold(r));
// simulate over parseHousehold's output: the households are trusted and stored as they were read,
// once per array (a new array each time for the first call, warmed up as the per-call measures are;
// the same array again for the next)
const parsedHouseholds = records.map((r) => parseHousehold(r));
const firstCallMs = (hs: readonly unknown[]): number => timeMs(() => simulate([...hs], { year: YEAR, plan }), RUNS, Math.ceil(WARMUP_CALLS / hs.length));
const simulateParsedFirstMs = firstCallMs(parsedHouseholds);
// the same on the first N_CACHED households: an array small enough to stay in the processor's caches
const simulateParsedFirstCachedMs = firstCallMs(parsedHouseholds.slice(0, N_CACHED));
simulate(parsedHouseholds, { year: YEAR, plan });
const simulateParsedMs = timeMs(() => simulate(parsedHouseholds, { year: YEAR, plan }), RUNS);
const assessRecords = records.slice(0, N_ASSESS);
const assessJsonMs = perCall(assessRecords, (r) => assessHousehold(r, { year: YEAR, plan }));
const assessPrepared = preparePopulation(assessRecords).households;
const assessPreparedMs = perCall(assessPrepared, (h) => assessHousehold(h, { year: YEAR, plan }));
const withLoans = records.filter((r) => (r as { loans?: unknown[] }).loans !== undefined).slice(0, Math.max(1, N_ASSESS / 5));
const assessLoansMs = perCall(withLoans, (r) => assessHousehold(r, { year: YEAR, plan }));

progress(`generating ${N.toLocaleString('en')} synthetic households`);
const before = heldBytes();
let json: readonly unknown[] | undefined = syntheticPopulation({ size: N, seed: SEED });
progress('preparePopulation');
let t = performance.now();
const prepared = preparePopulation(json);
const prepareMs = performance.now() - t;
json = undefined;
const preparedBytes = heldBytes() - before;
const store = prepare('bench', prepared).store;
if (prepared.errors.length > 0 || store.size !== N) throw new Error('the synthetic population did not validate');

progress('simulate');
let summary = simulate(prepared, { year: YEAR, plan });
const simulateMs = timeMs(() => { summary = simulate(prepared, { year: YEAR, plan }); }, RUNS);
// what the population holds once it has been run (the loans' whole-fen terms are kept beside it)
const ranBytes = heldBytes() - before;

progress('(a) float loop');
const floats = floatPopulation(store);
let floatTotals = floatSimulate(floats, plan, YEAR);
const floatMs = timeMs(() => { floatTotals = floatSimulate(floats, plan, YEAR); }, RUNS);
const floatOffFen = Math.round(floatTotals.loanSubsidy * 100 + floatTotals.vocationalGrant * 100) - Number(summary.totalEntitlement.times(100).toFixed(0));

progress('compare');
const reform = { microcredit: { floorRate: '0.04' } };
let comparison = compare(prepared, { year: YEAR, reform });
const compareMs = timeMs(() => { comparison = compare(prepared, { year: YEAR, reform }); }, quick ? 3 : 3);

progress(`(b) Decimal reference on ${N_DECIMAL.toLocaleString('en')} households`);
const head = syntheticPopulation({ size: N_DECIMAL, seed: SEED });
const headPrepared = preparePopulation(head);
const beforeObjects = heldBytes();
const households = headPrepared.households;
const objectBytes = heldBytes() - beforeObjects;
let reference = decimalSimulate(households, plan, YEAR);
const decimalMs = timeMs(() => { reference = decimalSimulate(households, plan, YEAR); }, quick ? 2 : 3);
const headSummary = simulate(headPrepared, { year: YEAR, plan });
const exact = headSummary.totalEntitlement.eq(reference.totalEntitlement)
  && headSummary.byBenefit.loanSubsidy.eq(reference.loanSubsidy)
  && headSummary.targets.perCapita !== null && headSummary.targets.perCapita.eq(reference.perCapita);
const headSimulateMs = timeMs(() => simulate(headPrepared, { year: YEAR, plan }), RUNS * 4, 3);

progress(`(c) json-rules-engine on ${N_RULES.toLocaleString('en')} households`);
const headStore = prepare('bench', headPrepared).store;
// the memory of facts, measured on enough of them to rise above the noise of the heap
const N_FACTS_MEMORY = Math.min(N, 100_000);
const beforeFacts = heldBytes();
let manyFacts: unknown[] | undefined = factsOf(store, plan, YEAR, N_FACTS_MEMORY);
const factBytes = heldBytes() - beforeFacts;
manyFacts = undefined;
void manyFacts;
const facts = factsOf(headStore, plan, YEAR, N_RULES);
const engine = rulesEngine(plan);
const rulesMs = await timeMsAsync(() => rulesEngineSimulate(engine, facts), quick ? 2 : 3);

// ---------------------------------------------------------------------------------------------
// The table

const us = (ms: number, n: number) => (ms * 1000) / n;
const fmtUs = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const perSecond = (usPerHousehold: number) => {
  const r = 1e6 / usPerHousehold;
  return r >= 1e6 ? `${(r / 1e6).toFixed(2)} M` : r >= 1e3 ? `${(r / 1e3).toFixed(1)} k` : r.toFixed(0);
};
const mbPerMillion = (bytes: number, n: number) => ((bytes / n) * 1e6 / MB).toFixed(0);
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

const simUs = us(simulateMs, N);
const headSimUs = us(headSimulateMs, N_DECIMAL);
const floatUs = us(floatMs, N);
const decimalUs = us(decimalMs, N_DECIMAL);
const rulesUs = us(rulesMs, N_RULES);
const floatRatio = simUs / floatUs;
const decimalRatio = decimalUs / headSimUs;
const rulesRatio = rulesUs / headSimUs;
const parseUs = us(parseMs, N_PARSE);
const assessJsonUs = us(assessJsonMs, N_ASSESS);
const assessPreparedUs = us(assessPreparedMs, N_ASSESS);
const assessLoansUs = us(assessLoansMs, withLoans.length);
const preparedMb = preparedBytes / MB * (1_000_000 / N);

const rows: string[][] = [
  ['simulate (exact, whole fen), prepared households', N.toLocaleString('en'), `${fmtUs(simUs)} µs`, perSecond(simUs), mbPerMillion(preparedBytes, N), '—', '≤ 1 µs', yes(simUs <= 1)],
  ['simulate over parseHousehold output, the same array again', N_PARSE.toLocaleString('en'), `${fmtUs(us(simulateParsedMs, N_PARSE))} µs`, perSecond(us(simulateParsedMs, N_PARSE)), '', '', '≤ 1 µs', yes(us(simulateParsedMs, N_PARSE) <= 1)],
  ['simulate over parseHousehold output, first call on an array', N_PARSE.toLocaleString('en'), `${fmtUs(us(simulateParsedFirstMs, N_PARSE))} µs`, perSecond(us(simulateParsedFirstMs, N_PARSE)), '', 'stores the households', '≤ 1 µs', yes(us(simulateParsedFirstMs, N_PARSE) <= 1)],
  ['simulate over parseHousehold output, first call on a small array', N_CACHED.toLocaleString('en'), `${fmtUs(us(simulateParsedFirstCachedMs, N_CACHED))} µs`, perSecond(us(simulateParsedFirstCachedMs, N_CACHED)), '', 'the same, held in the caches', '—', ''],
  ['(a) hand-written float loop, same arithmetic (not exact)', N.toLocaleString('en'), `${fmtUs(floatUs)} µs`, perSecond(floatUs), mbPerMillion(floatBytes(floats), N), `simulate ${floatRatio.toFixed(1)}× its time`, '≤ 3×', yes(floatRatio <= 3)],
  ['(b) Decimal reference (the rules\' Decimal cores)', N_DECIMAL.toLocaleString('en'), `${fmtUs(decimalUs)} µs`, perSecond(decimalUs), mbPerMillion(objectBytes, N_DECIMAL), `simulate ${decimalRatio.toFixed(0)}× faster`, '≥ 20×', yes(decimalRatio >= 20)],
  ['(c) json-rules-engine 7, same eligibility, amounts in facts', N_RULES.toLocaleString('en'), `${fmtUs(rulesUs)} µs`, perSecond(rulesUs), mbPerMillion(factBytes, N_FACTS_MEMORY), `simulate ${rulesRatio.toFixed(0)}× faster`, '≥ 25×', yes(rulesRatio >= 25)],
  ['simulate totals = Decimal reference, to the fen', N_DECIMAL.toLocaleString('en'), exact ? 'equal' : '**differ**', '', '', `float loop off by ${floatOffFen} fen over ${N.toLocaleString('en')}`, 'equal', yes(exact)],
  ['compare (baseline + reform, floor rate 3% → 4%)', N.toLocaleString('en'), `${(compareMs / 1000).toFixed(2)} s`, perSecond(us(compareMs, N)), '', `${comparison.gainers.toLocaleString('en')} gainers`, '≤ 1 s per 10⁶', yes(compareMs * (1_000_000 / N) <= 1000)],
  ['memory of the prepared population', N.toLocaleString('en'), `${(preparedBytes / MB).toFixed(0)} MB`, '', mbPerMillion(preparedBytes, N), `${(preparedBytes / N).toFixed(0)} bytes/household`, '≤ 200 MB per 10⁶', yes(preparedMb <= 200)],
  ['memory of the prepared population after runs', N.toLocaleString('en'), `${(ranBytes / MB).toFixed(0)} MB`, '', mbPerMillion(ranBytes, N), `${(ranBytes / N).toFixed(0)} bytes/household`, '≤ 200 MB per 10⁶', yes(ranBytes / MB * (1_000_000 / N) <= 200)],
  ['preparePopulation (validate JSON into the store)', N.toLocaleString('en'), `${fmtUs(us(prepareMs, N))} µs`, perSecond(us(prepareMs, N)), '', '', '—', ''],
  ['parseHousehold (JSON record)', N_PARSE.toLocaleString('en'), `${fmtUs(parseUs)} µs`, perSecond(parseUs), '', '', '≤ 5 µs', yes(parseUs <= 5)],
  ['assessHousehold with trace (JSON record)', N_ASSESS.toLocaleString('en'), `${fmtUs(assessJsonUs)} µs`, perSecond(assessJsonUs), '', '', '≤ 20 µs', yes(assessJsonUs <= 20)],
  ['assessHousehold with trace (prepared household)', N_ASSESS.toLocaleString('en'), `${fmtUs(assessPreparedUs)} µs`, perSecond(assessPreparedUs), '', '', '≤ 20 µs', yes(assessPreparedUs <= 20)],
  ['assessHousehold with trace (JSON, households with loans)', withLoans.length.toLocaleString('en'), `${fmtUs(assessLoansUs)} µs`, perSecond(assessLoansUs), '', '', '—', ''],
  ['cold import of dist/index.js (net of node start-up)', '', `${imports.netMs.toFixed(0)} ms`, '', '', `${imports.importMs.toFixed(0)} − ${imports.baselineMs.toFixed(0)} ms`, '≤ 50 ms', yes(imports.netMs <= 50)],
  ['  of which its dependencies alone (zod, decimal.js, date-fns)', '', `${imports.depsNetMs.toFixed(0)} ms`, '', '', `${imports.deps.length} modules imported by dist/index.js`, '—', ''],
  ['the library\'s own code, imported after its dependencies', '', `${imports.ownMs.toFixed(0)} ms`, '', '', 'timed inside each process', '≤ 25 ms', yes(imports.ownMs <= 25)],
  ['dist/index.js size, gzip (node:zlib)', '', `${(size.gzip / 1024).toFixed(1)} KB`, '', '', `${(size.raw / 1024).toFixed(0)} KB raw`, '—', ''],
];

void sink;
const header = ['measure', 'households', 'time (per household)', 'households/s', 'MB per 10⁶ households', 'compared with', 'goal', 'met'];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`lanxi-policy ${quick ? '(quick) ' : ''}— node ${process.version}, ${cpu}, one core; medians of ${RUNS} runs; ${summary.households.toLocaleString('en')} households, total ${summary.totalEntitlement.toFixed(2)} yuan\n`);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
