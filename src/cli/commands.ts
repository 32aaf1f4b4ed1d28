/**
 * The commands `assess`, `simulate` and `compare`, each a thin layer over the library's public
 * functions (`assessHousehold`, `simulate`, `compare`, `toTableRows`, `explain`). Each reads JSON,
 * JSON Lines or spreadsheets, and with `--out` writes a result workbook (or CSV files).
 *
 * Clause 1 (一、工作目标): 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，
 * 转移性收入占比控制在80%以下，工资性收入、经营性净收入等其他收入占比20%以上。」 — every command
 * reports the figures of this clause; the amounts come from clauses 2.3.8 and 2.3.4.
 *
 * @module
 */
import {
  assessHousehold, compare, explain, simulate, toTableRows, type Decimal, type Household, type HouseholdAssessment, type PopulationSummary,
} from '../index.js';
import { COMMON_OPTIONS, parse, UsageError } from './args.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';
import { errorsJson, toJsonData } from './json.js';
import { validate } from './records.js';
import {
  asUsageError, byBenefitRows, changeRows, commonOptions, counted, EXIT, finish, load, newRun, openRecords, percent, report, title,
  townshipName, yesNo, yuan, type Run,
} from './run.js';
import type { OutCell, OutSheet } from './sheets/book.js';
import { cellErrorsJson } from './sheets/input.js';
import { parseOut, runFacts, writeResult } from './sheets/output.js';
import type { RunFacts } from './sheets/results.js';
import {
  aboutSheet, compareSheets, errorSheet, householdRowCells, loanCells, loanSheet, resultSheet, townshipSheet,
} from './sheets/results.js';
import { money } from './sheets/book.js';
import { formatTable, safeText, type Row } from './table.js';
import { label, tr, type Locale } from './text.js';

export { EXIT } from './run.js';

/** Options of the commands that can write a result workbook. */
const OUT_OPTIONS = { ...COMMON_OPTIONS, out: { type: 'string' } } as const;

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
 *
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * await assessCommand(['examples/data/households.json', '--out', join(tmpdir(), '结果.xlsx')], io); //=> 0
 * ```
 */
export async function assessCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('assess', args, { ...OUT_OPTIONS, explain: { type: 'boolean' } });
  if (values.help === true) {
    io.stdout.write(helpText('assess', values.locale === 'en' ? 'en' : 'zh-CN') ?? '');
    return EXIT.ok;
  }
  const { locale, plan, year } = commonOptions('assess', values);
  const out = parseOut('assess', values.out);
  const run = newRun('assess', io, locale, values.progress);
  const records = await openRecords(run, positionals);
  const json = values.json === true;
  const withExplanation = values.explain === true;
  const rows: Row[] = [];
  const households: Household[] = [];
  // with --out alone, the households are computed together afterwards (simulate, no traces)
  const perHousehold = json || withExplanation || out === undefined;
  let count = 0;
  let total: Decimal | undefined;
  let first = true;
  if (json) run.out.write(`{"command":"assess","year":${year},"plan":${JSON.stringify(plan.label)},"assessments":[`);
  for await (const chunk of validate(counted(run, records), (e) => report(run, e))) {
    for (let k = 0; k < chunk.households.length; k++) {
      const h = chunk.households[k] as Household;
      count += 1;
      if (out !== undefined) households.push(h);
      if (!perHousehold) continue;
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
      } else if (out === undefined) {
        rows.push(assessmentRow(a, h, locale));
        if (withExplanation) {
          run.out.write(`== [${chunk.indices[k]}] ${safeText(a.id)} ==\n${explain(a, { locale })}\n\n`);
        }
      }
      await run.out.maybeFlush();
    }
  }
  const sheets = out === undefined ? undefined : assessSheets(households, runFacts('assess', locale, plan, year), run);
  total = sheets?.total ?? total;
  if (json) {
    run.out.write(`\n],"errors":${JSON.stringify(errorsJson(run.errors))}${cellsJson(run)}}\n`);
  } else {
    run.out.write(formatTable(rows));
    run.out.write(tr(locale, {
      en: `${out === undefined ? '\n' : ''}${count} households · total entitlement ${total === undefined ? '0.00' : yuan(total)} yuan · plan ${plan.label} · year ${year}\n`,
      zh: `${out === undefined ? '\n' : ''}共 ${count} 户 · 补助合计 ${total === undefined ? '0.00' : yuan(total)} 元 · 方案 ${plan.label} · ${year} 年度\n`,
    }));
  }
  if (out !== undefined && sheets !== undefined) await writeResult(run, out, sheets.sheets);
  return finish(run);
}

/**
 * The result workbook of `assess`: 结果 from `simulate` over the households (each household's total
 * equals `assessHousehold`'s), 贷款明细 from `assessHousehold` for the households with loans,
 * 乡镇汇总, 错误 and 说明.
 */
function assessSheets(households: readonly Household[], facts: RunFacts, run: Run): { sheets: OutSheet[]; total: Decimal } {
  const { locale, plan, year } = facts;
  run.progress.note(tr(locale, { en: `computing ${households.length} households`, zh: `正在计算 ${households.length} 户` }));
  let s: PopulationSummary | undefined = simulate(households, { year, plan });
  const results = s.perHousehold.map((r) => householdRowCells(r, locale));
  const total = s.totalEntitlement;
  // the population's rows are let go before the townships are computed
  s = undefined;
  const loans: OutCell[][] = [];
  for (const h of households) {
    if (h.loans !== undefined && h.loans.length > 0) for (const l of loanCells(assessHousehold(h, { year, plan }))) loans.push(l);
  }
  const sheets = [
    resultSheet(results, facts), loanSheet(loans, locale), townshipSheet(households, facts), errorSheet(run.issues, locale),
    aboutSheet(facts, totalsOf(locale, households.length, total)),
  ];
  return { sheets, total };
}

/** `,"cells":[...]`: with spreadsheet input, every problem at its cell (none of its content). */
function cellsJson(run: Run): string {
  return run.sheets === undefined ? '' : `,"cells":${JSON.stringify(cellErrorsJson(run.issues))}`;
}

/** The 说明 lines of a run's totals: households and total entitlement. */
function totalsOf(locale: Locale, households: number, total: Decimal, suffix: { zh: string; en: string } = { zh: '', en: '' }): OutCell[][] {
  return [
    [tr(locale, { zh: `户数${suffix.zh}`, en: `households${suffix.en}` }), households],
    [tr(locale, { zh: `补助合计（元）${suffix.zh}`, en: `total entitlement (yuan)${suffix.en}` }), money(total)],
  ];
}

/** JSON of a population summary, without the per-household rows and the library's (empty) errors. */
function summaryJson(s: PopulationSummary): unknown {
  return toJsonData(s, new Set(['trace', 'perHousehold', 'errors']));
}

/**
 * `simulate FILE`: the population under the plan (with `--set` changes): the summary table of
 * `toTableRows` and the cost by benefit (clauses 2.3.8, 2.3.4), against the targets of clause 1.
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * await simulateCommand(['examples/data/households.json', '--set', 'vocationalGrant.amount=4000'], io); //=> 0
 * ```
 */
export async function simulateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('simulate', args, OUT_OPTIONS);
  if (values.help === true) {
    io.stdout.write(helpText('simulate', values.locale === 'en' ? 'en' : 'zh-CN') ?? '');
    return EXIT.ok;
  }
  const { locale, plan, year } = commonOptions('simulate', values);
  const out = parseOut('simulate', values.out);
  const run = newRun('simulate', io, locale, values.progress);
  const households = await load(run, positionals);
  run.progress.note(tr(locale, { en: `simulating ${households.length} households`, zh: `正在计算 ${households.length} 户` }));
  const s = asUsageError('simulate', locale, () => simulate(households, { year, plan }));
  if (out !== undefined) {
    const facts = runFacts('simulate', locale, plan, year);
    await writeResult(run, out, [
      resultSheet(s.perHousehold.map((r) => householdRowCells(r, locale)), facts), townshipSheet(households, facts),
      errorSheet(run.issues, locale), aboutSheet(facts, totalsOf(locale, s.households, s.totalEntitlement)),
    ]);
  }
  run.progress.done();
  if (values.json === true) {
    run.out.write(`${JSON.stringify({
      command: 'simulate',
      changes: changeRows(plan, 'en'),
      ...(summaryJson(s) as object),
      errors: errorsJson(run.errors),
      ...(run.sheets === undefined ? {} : { cells: cellErrorsJson(run.issues) }),
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
 *
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * await compareCommand(['examples/data/households.json', '--set', 'microcredit.floorRate=0.04', '--out', join(tmpdir(), '比较.xlsx')], io); //=> 0
 * ```
 */
export async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('compare', args, OUT_OPTIONS);
  if (values.help === true) {
    io.stdout.write(helpText('compare', values.locale === 'en' ? 'en' : 'zh-CN') ?? '');
    return EXIT.ok;
  }
  if (values.set === undefined || values.set.length === 0) {
    throw new UsageError({
      zh: '缺少改革方案：至少给出一个 --set 路径=值，如 --set microcredit.floorRate=0.04',
      en: 'the reform is missing: give at least one --set PATH=VALUE, such as --set microcredit.floorRate=0.04',
    }, 'compare');
  }
  const { locale, plan, year } = commonOptions('compare', values);
  const out = parseOut('compare', values.out);
  const run = newRun('compare', io, locale, values.progress);
  const households = await load(run, positionals);
  run.progress.note(tr(locale, { en: `comparing ${households.length} households`, zh: `正在比较 ${households.length} 户` }));
  const c = asUsageError('compare', locale, () => compare(households, { year, reform: plan }));
  if (out !== undefined) {
    const facts = runFacts('compare', locale, plan, year);
    await writeResult(run, out, [
      ...compareSheets(c, facts), errorSheet(run.issues, locale),
      aboutSheet(facts, [
        ...totalsOf(locale, c.baseline.households, c.baseline.totalEntitlement, { zh: '（改革前）', en: ' (before)' }),
        ...totalsOf(locale, c.reform.households, c.reform.totalEntitlement, { zh: '（改革后）', en: ' (after)' }),
      ]),
    ]);
  }
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
      ...(run.sheets === undefined ? {} : { cells: cellErrorsJson(run.issues) }),
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

