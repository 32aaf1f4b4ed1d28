/**
 * The commands: `assess`, `simulate`, `compare`, `sweep`, `report` and `generate`, each a thin
 * layer over the library's public functions (`assessHousehold`, `simulate`, `compare`, `sweep`,
 * `townshipReport`, `syntheticPopulation`, `toTableRows`, `explain`).
 *
 * Clause 1 (一、工作目标): 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，
 * 转移性收入占比控制在80%以下，工资性收入、经营性净收入等其他收入占比20%以上。」 — every command
 * reports the figures of this clause; the amounts come from clauses 2.3.8 and 2.3.4.
 *
 * @module
 */
import {
  assessHousehold, compare, explain, findTownship, formatPath, isPolicyInputError, LANXI_2023, simulate, sweep, syntheticPopulation,
  toTableRows, townshipReport, type Decimal, type Household, type HouseholdAssessment, type Plan, type PopulationSummary,
} from '../index.js';
import {
  checkPath, COMMON_OPTIONS, parse, parseFile, parseInteger, parseLocale, parseValues, parseYear, planFromSets, UsageError,
} from './args.js';
import { HELP } from './help.js';
import { inputName, openInput, readWholeText, type SourceRecord } from './input.js';
import { Sink, type CliIo } from './io.js';
import { errorsJson, toJsonData } from './json.js';
import { Progress } from './progress.js';
import { recordErrorLine, validate, type RecordError } from './records.js';
import { formatTable, safeText, type Row } from './table.js';
import { label, tr, type Locale } from './text.js';

/** Exit codes. */
export const EXIT = Object.freeze({ ok: 0, invalidRecords: 1, usage: 2, failure: 3 });

/** What a command run shares: where it writes, its language and what went wrong so far. */
interface Run {
  readonly command: string;
  readonly io: CliIo;
  readonly out: Sink;
  readonly locale: Locale;
  readonly progress: Progress;
  readonly errors: RecordError[];
  records: number;
}

function newRun(command: string, io: CliIo, locale: Locale, forceProgress: boolean | undefined): Run {
  const tty = io.stderrIsTTY === true;
  const progress = new Progress(io.stderr, { enabled: forceProgress === true || tty, tty });
  return {
    command,
    io,
    // on a terminal, results and the bar may share the screen: clear the bar before writing results
    out: new Sink(io.stdout, undefined, () => progress.clear()),
    locale,
    progress,
    errors: [],
    records: 0,
  };
}

function report(run: Run, e: RecordError): void {
  run.progress.clear();
  run.io.stderr.write(`${recordErrorLine(e, run.locale)}\n`);
  run.errors.push(e);
}

/** Counts the records as they pass. */
async function* counted(run: Run, records: AsyncIterable<SourceRecord>): AsyncGenerator<SourceRecord> {
  for await (const r of records) {
    run.records += 1;
    yield r;
  }
}

/** Reads and validates the whole population (simulate, compare, sweep). */
async function load(run: Run, file: string): Promise<Household[]> {
  const input = await openInput(run.command, file, run.io, run.progress);
  const households: Household[] = [];
  for await (const chunk of validate(counted(run, input.records), (e) => report(run, e))) {
    for (const h of chunk.households) households.push(h);
  }
  return households;
}

/** Ends a run: flushes the output, clears the bar, and sums up the bad records on standard error. */
async function finish(run: Run): Promise<number> {
  await run.out.flush();
  run.progress.done();
  if (run.errors.length === 0) return EXIT.ok;
  const n = run.errors.length;
  run.io.stderr.write(tr(run.locale, {
    en: `lanxi-policy: ${n} of ${run.records} records are invalid and were left out; the results cover the other ${run.records - n}\n`,
    zh: `lanxi-policy：共 ${run.records} 条记录，其中 ${n} 条无效，已略去；结果只含其余 ${run.records - n} 条\n`,
  }));
  return EXIT.invalidRecords;
}

const yuan = (d: Decimal): string => d.toFixed(2);
const percent = (d: Decimal | null): string => (d === null ? '—' : `${d.times(100).toFixed(2)}%`);
const yesNo = (locale: Locale, v: boolean | null): string => (v === null ? '—' : label(locale, v ? 'yes' : 'no'));

function townshipName(code: string | undefined): string {
  if (code === undefined) return '';
  return findTownship(code)?.name ?? code;
}

/** The changed parameters of a plan: path, clause, the plan's value, the new value. */
function changeRows(plan: Plan, locale: Locale): Row[] {
  return plan.overridden.map((path): Row => {
    if (path === 'effectiveFrom') {
      return {
        [label(locale, 'parameter')]: path,
        [label(locale, 'clause')]: '4',
        [label(locale, 'planValue')]: LANXI_2023.effectiveFrom,
        [label(locale, 'reformValue')]: plan.effectiveFrom,
        [label(locale, 'unit')]: 'date',
      };
    }
    const [group, name] = path.split('.') as [string, string];
    const p = (plan.params as unknown as Record<string, Record<string, { value: unknown; planValue?: string; clause: string; unit: string }>>)[group]?.[name];
    return {
      [label(locale, 'parameter')]: path,
      [label(locale, 'clause')]: p?.clause ?? '',
      [label(locale, 'planValue')]: p?.planValue ?? '',
      [label(locale, 'reformValue')]: String(p?.value ?? ''),
      [label(locale, 'unit')]: p?.unit ?? '',
    };
  });
}

function byBenefitRows(s: PopulationSummary, locale: Locale): Row[] {
  const row = (benefit: string, clause: string, amount: Decimal, recipients: string): Row => ({
    [label(locale, 'benefit')]: benefit,
    [label(locale, 'clause')]: clause,
    [label(locale, 'amount')]: yuan(amount),
    [label(locale, 'recipients')]: recipients,
  });
  return [
    row(label(locale, 'benefitLoan'), '2.3.8', s.byBenefit.loanSubsidy, String(s.recipients.loanSubsidy)),
    row(label(locale, 'benefitGrant'), '2.3.4', s.byBenefit.vocationalGrant, String(s.recipients.vocationalGrant)),
    row(label(locale, 'total'), '', s.totalEntitlement, ''),
  ];
}

/** Common options of the commands that read households, checked before any file is read. */
function commonOptions(command: string, values: { year?: string | undefined; locale?: string | undefined; set?: string[] | undefined }) {
  const locale = parseLocale(command, values.locale);
  const plan = planFromSets(command, values.set, locale);
  const year = parseYear(command, values.year, plan, locale);
  return { locale, plan, year };
}

/**
 * Runs a population function on households already validated: what it still refuses (a limit
 * of its options, such as the number of households) is a usage error, not an unexpected failure.
 */
function asUsageError<T>(command: string, locale: Locale, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!isPolicyInputError(e)) throw e;
    const issues = e.issues.map((i) => `${formatPath(i.path)}: ${tr(locale, { en: i.message, zh: i.messageZh })}`).join('; ');
    throw new UsageError(issues, command);
  }
}

function title(locale: Locale, en: string, zh: string): string {
  return `${tr(locale, { en, zh })}\n\n`;
}

// ---------------------------------------------------------------------------------------------

function assessmentRow(a: HouseholdAssessment, h: Household, locale: Locale): Row {
  const i = a.income;
  return {
    [label(locale, 'id')]: a.id,
    [label(locale, 'township')]: townshipName(h.township),
    [label(locale, 'members')]: String(h.members.length),
    [label(locale, 'loanSubsidy')]: yuan(a.loanSubsidy.total),
    [label(locale, 'vocationalGrant')]: yuan(a.vocationalGrant.amount),
    [label(locale, 'totalEntitlement')]: yuan(a.totalEntitlement),
    [label(locale, 'perCapita')]: yuan(i.perCapita),
    [label(locale, 'growth')]: percent(i.growth),
    [label(locale, 'transferShare')]: percent(i.transferShare),
    [label(locale, 'metPerCapita')]: yesNo(locale, i.met.perCapita),
    [label(locale, 'metGrowth')]: yesNo(locale, i.met.growth),
    [label(locale, 'metTransfer')]: yesNo(locale, i.met.transferShare),
    [label(locale, 'metOther')]: yesNo(locale, i.met.otherShare),
  };
}

/**
 * Keys left out of an assessment in JSON: traces, and `name` — the free-text name of another
 * education aid (clause 2.3.4), which could be a person's name. Each aid keeps its amount,
 * `stackable` and `paid`, in input order.
 */
const ASSESSMENT_OMIT: ReadonlySet<string> = new Set(['trace', 'name']);

/**
 * `assess FILE`: each household's assessment (clauses 2.3.8, 2.3.4 and 1) with `assessHousehold`,
 * as a table, as JSON, or with `--explain` each household's explanation.
 */
export async function assessCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('assess', args, { ...COMMON_OPTIONS, explain: { type: 'boolean' } });
  if (values.help === true) {
    io.stdout.write(HELP['assess'] ?? '');
    return EXIT.ok;
  }
  const { locale, plan, year } = commonOptions('assess', values);
  const file = parseFile('assess', positionals);
  const run = newRun('assess', io, locale, values.progress);
  const input = await openInput('assess', file, io, run.progress);
  const json = values.json === true;
  const withExplanation = values.explain === true;
  const rows: Row[] = [];
  let total: Decimal | undefined;
  let first = true;
  if (json) run.out.write(`{"command":"assess","year":${year},"plan":${JSON.stringify(plan.label)},"assessments":[`);
  for await (const chunk of validate(counted(run, input.records), (e) => report(run, e))) {
    for (let k = 0; k < chunk.households.length; k++) {
      const h = chunk.households[k] as Household;
      const a = assessHousehold(h, { year, plan });
      total = total === undefined ? a.totalEntitlement : total.plus(a.totalEntitlement);
      if (json) {
        const line = chunk.lines[k];
        const item = {
          index: chunk.indices[k],
          ...(line === undefined ? {} : { line }),
          id: a.id,
          ...(h.township === undefined ? {} : { township: h.township }),
          members: h.members.length,
          ...(toJsonData({ totalEntitlement: a.totalEntitlement, loanSubsidy: a.loanSubsidy, vocationalGrant: a.vocationalGrant, income: a.income }, ASSESSMENT_OMIT) as object),
          ...(withExplanation ? { explanation: explain(a, { locale }) } : {}),
        };
        run.out.write(`${first ? '\n' : ',\n'}${JSON.stringify(item)}`);
        first = false;
      } else {
        rows.push(assessmentRow(a, h, locale));
        if (withExplanation) {
          run.out.write(`== [${chunk.indices[k]}] ${safeText(a.id)} ==\n${explain(a, { locale })}\n\n`);
        }
      }
      await run.out.maybeFlush();
    }
  }
  if (json) {
    run.out.write(`\n],"errors":${JSON.stringify(errorsJson(run.errors))}}\n`);
  } else {
    run.out.write(formatTable(rows));
    run.out.write(tr(locale, {
      en: `\n${rows.length} households · total entitlement ${total === undefined ? '0.00' : yuan(total)} yuan · plan ${plan.label} · year ${year}\n`,
      zh: `\n共 ${rows.length} 户 · 补助合计 ${total === undefined ? '0.00' : yuan(total)} 元 · 方案 ${plan.label} · ${year} 年度\n`,
    }));
  }
  return finish(run);
}

/** JSON of a population summary, without the per-household rows and the library's (empty) errors. */
function summaryJson(s: PopulationSummary): unknown {
  return toJsonData(s, new Set(['trace', 'perHousehold', 'errors']));
}

/**
 * `simulate FILE`: the population under the plan (with `--set` changes): the summary table of
 * `toTableRows` and the cost by benefit (clauses 2.3.8, 2.3.4), against the targets of clause 1.
 */
export async function simulateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('simulate', args, COMMON_OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP['simulate'] ?? '');
    return EXIT.ok;
  }
  const { locale, plan, year } = commonOptions('simulate', values);
  const file = parseFile('simulate', positionals);
  const run = newRun('simulate', io, locale, values.progress);
  const households = await load(run, file);
  run.progress.note(tr(locale, { en: `simulating ${households.length} households`, zh: `正在计算 ${households.length} 户` }));
  const s = asUsageError('simulate', locale, () => simulate(households, { year, plan }));
  run.progress.done();
  if (values.json === true) {
    run.out.write(`${JSON.stringify({
      command: 'simulate',
      changes: changeRows(plan, 'en'),
      ...(summaryJson(s) as object),
      errors: errorsJson(run.errors),
    }, null, 2)}\n`);
    return finish(run);
  }
  run.out.write(title(locale,
    `simulate · plan ${plan.label} · year ${year} · ${s.households} households, ${s.members} members`,
    `模拟 · 方案 ${plan.label} · ${year} 年度 · ${s.households} 户 ${s.members} 人`));
  if (plan.overridden.length > 0) run.out.write(`${formatTable(changeRows(plan, locale))}\n`);
  run.out.write(formatTable(toTableRows(s, { locale })));
  run.out.write('\n');
  run.out.write(formatTable(byBenefitRows(s, locale)));
  return finish(run);
}

/**
 * `compare FILE --set …`: the plan against the reform the `--set` options describe: the change in
 * cost, in the targets of clause 1, gainers, losers and crossings of the per-capita line (I-9).
 */
export async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('compare', args, COMMON_OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP['compare'] ?? '');
    return EXIT.ok;
  }
  if (values.set === undefined || values.set.length === 0) {
    throw new UsageError('the reform is missing: give at least one --set PATH=VALUE, such as --set microcredit.floorRate=0.04', 'compare');
  }
  const { locale, plan, year } = commonOptions('compare', values);
  const file = parseFile('compare', positionals);
  const run = newRun('compare', io, locale, values.progress);
  const households = await load(run, file);
  run.progress.note(tr(locale, { en: `comparing ${households.length} households`, zh: `正在比较 ${households.length} 户` }));
  const c = asUsageError('compare', locale, () => compare(households, { year, reform: plan }));
  run.progress.done();
  if (values.json === true) {
    run.out.write(`${JSON.stringify({
      command: 'compare',
      year: c.year,
      changes: changeRows(plan, 'en'),
      line: toJsonData(c.line),
      gainers: c.gainers,
      losers: c.losers,
      crossedUp: c.crossedUp,
      crossedDown: c.crossedDown,
      delta: toJsonData(c.delta),
      baseline: summaryJson(c.baseline),
      reform: summaryJson(c.reform),
      errors: errorsJson(run.errors),
    }, null, 2)}\n`);
    return finish(run);
  }
  run.out.write(title(locale,
    `compare · ${c.baseline.plan} → ${c.reform.plan} · year ${year} · ${c.baseline.households} households`,
    `比较 · ${c.baseline.plan} → ${c.reform.plan} · ${year} 年度 · ${c.baseline.households} 户`));
  run.out.write(`${formatTable(changeRows(plan, locale))}\n`);
  run.out.write(formatTable(toTableRows(c, { locale })));
  return finish(run);
}

/**
 * `sweep FILE --path P --values …`: one row per value of one parameter — the points of a
 * cost-versus-target curve (clause 1).
 */
export async function sweepCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('sweep', args, { ...COMMON_OPTIONS, path: { type: 'string' }, values: { type: 'string' } });
  if (values.help === true) {
    io.stdout.write(HELP['sweep'] ?? '');
    return EXIT.ok;
  }
  const { locale, plan, year } = commonOptions('sweep', values);
  if (values.path === undefined) throw new UsageError('--path is required (a parameter such as microcredit.floorRate)', 'sweep');
  checkPath('sweep', '--path', values.path);
  const list = parseValues('sweep', values.path, values.values, plan, locale);
  const file = parseFile('sweep', positionals);
  const run = newRun('sweep', io, locale, values.progress);
  const households = await load(run, file);
  run.progress.note(tr(locale, { en: `sweeping ${households.length} households`, zh: `正在计算 ${households.length} 户` }));
  const r = asUsageError('sweep', locale, () => sweep(households, { year, path: values.path as string, values: list, baseline: plan }));
  run.progress.done();
  if (values.json === true) {
    run.out.write(`${JSON.stringify({
      command: 'sweep',
      changes: changeRows(plan, 'en'),
      ...(toJsonData(r, new Set(['trace', 'errors'])) as object),
      errors: errorsJson(run.errors),
    }, null, 2)}\n`);
    return finish(run);
  }
  const b = r.baseline;
  run.out.write(title(locale,
    `sweep ${r.path} · plan ${b.plan}: ${b.value}, cost ${yuan(b.totalEntitlement)}, per capita ${b.perCapita === null ? '—' : yuan(b.perCapita)} (target ${r.target.toFixed(2)}) · year ${year}`,
    `参数扫描 ${r.path} · 方案 ${b.plan}：${b.value}，补助合计 ${yuan(b.totalEntitlement)}，人均 ${b.perCapita === null ? '—' : yuan(b.perCapita)}（目标 ${r.target.toFixed(2)}）· ${year} 年度`));
  if (plan.overridden.length > 0) run.out.write(`${formatTable(changeRows(plan, locale))}\n`);
  run.out.write(formatTable(toTableRows(r, { locale })));
  return finish(run);
}

/** `generate`: a synthetic population (`syntheticPopulation`) as JSON or JSON Lines on standard output. */
export async function generateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('generate', args, {
    size: { type: 'string' }, seed: { type: 'string' }, year: { type: 'string' }, jsonl: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(HELP['generate'] ?? '');
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('generate takes no FILE: it writes to standard output (> households.json)', 'generate');
  const size = parseInteger('generate', '--size', values.size, 1000);
  const seed = parseInteger('generate', '--seed', values.seed, 1);
  const year = values.year === undefined ? undefined : parseInteger('generate', '--year', values.year, 2023);
  let population: readonly unknown[];
  try {
    population = syntheticPopulation(year === undefined ? { size, seed } : { size, seed, year });
  } catch (e) {
    if (isPolicyInputError(e)) {
      // the library names the option at fault by its key; only a known one is repeated
      const i = e.issues[0];
      const key = i?.path[0];
      const option = key === 'size' || key === 'seed' || key === 'year' ? `--${key}` : 'generate';
      throw new UsageError(`${option}: ${i?.message ?? 'invalid'}`, 'generate');
    }
    throw e;
  }
  const out = new Sink(io.stdout);
  const jsonl = values.jsonl === true;
  if (!jsonl) out.write('[');
  for (let i = 0; i < population.length; i++) {
    const text = JSON.stringify(population[i]);
    out.write(jsonl ? `${text}\n` : `${i === 0 ? '\n' : ',\n'}${text}`);
    await out.maybeFlush();
  }
  if (!jsonl) out.write('\n]\n');
  await out.flush();
  return EXIT.ok;
}

/**
 * `report FILE --as-of DATE`: the township report (clause 3.3) over programme records — visits
 * (2.3.1), relocation (2.3.2), menu-style projects (2.3.3), grant reviews (2.3.4), training (2.3.5)
 * and the indicators of 2.1 — one row per township and a city total; `--explain` names the clause
 * of every cell that is not met. Invalid records are reported by path (exit 1).
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('report', args, {
    year: { type: 'string' }, 'as-of': { type: 'string' }, locale: { type: 'string' }, json: { type: 'boolean' },
    explain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(HELP['report'] ?? '');
    return EXIT.ok;
  }
  const locale = parseLocale('report', values.locale);
  const year = parseYear('report', values.year, LANXI_2023, locale);
  const asOf = values['as-of'];
  if (asOf === undefined) throw new UsageError('--as-of DATE is required (the day the report is taken on, YYYY-MM-DD)', 'report');
  const file = parseFile('report', positionals);
  const text = await readWholeText('report', file, io);
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch {
    throw new UsageError(`${inputName(file)} is not valid JSON`, 'report');
  }
  const out = new Sink(io.stdout);
  let r: ReturnType<typeof townshipReport>;
  try {
    r = townshipReport(records as Parameters<typeof townshipReport>[0], { year, asOf });
  } catch (e) {
    if (!isPolicyInputError(e)) throw e;
    const bad = e.issues.filter((i) => i.path[0] === 'options');
    if (bad.length > 0) throw new UsageError(`--as-of: ${tr(locale, { en: bad[0]?.message ?? '', zh: bad[0]?.messageZh ?? '' })}`, 'report');
    for (const i of e.issues) {
      io.stderr.write(`lanxi-policy report: ${formatPath(i.path)}: ${tr(locale, { en: i.message, zh: i.messageZh })}\n`);
    }
    io.stderr.write(tr(locale, {
      en: `lanxi-policy report: ${e.issues.length} problem(s) in the records; no report was made\n`,
      zh: `lanxi-policy report：记录中有 ${e.issues.length} 处问题，未生成报表\n`,
    }));
    return EXIT.invalidRecords;
  }
  if (values.json === true) {
    out.write(`${JSON.stringify({ command: 'report', ...(toJsonData(r, new Set(['trace', 'details'])) as object) }, null, 2)}\n`);
  } else {
    out.write(title(locale, `township report · year ${year} · as of ${r.asOf}`, `乡镇考评报表 · ${year} 年度 · 截至 ${r.asOf}`));
    out.write(formatTable(r.rows as unknown as Row[]));
    if (values.explain === true) out.write(`\n${explain(r, { locale })}\n`);
  }
  await out.flush();
  return EXIT.ok;
}
