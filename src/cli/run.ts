/**
 * What the commands share: a run (where it writes, its language, its progress bar, the bad
 * records so far), reading and validating the input (JSON, JSON Lines, or spreadsheets), ending
 * with the exit code, and the small formatters of amounts and yes/no.
 *
 * @module
 */
import {
  formatPath, isPolicyInputError, LANXI_2023, type Decimal, type Household, type Plan, type PopulationSummary,
} from '../index.js';
import { parseFile, parseLocale, parseYear, planFromSets, UsageError } from './args.js';
import { openInput, type SourceRecord } from './input.js';
import { Sink, type CliIo } from './io.js';
import { Progress } from './progress.js';
import { recordErrorLine, validate, type RecordError } from './records.js';
import type { SheetIssue } from './sheets/cells.js';
import { isSheetInput, issueLine, jsonIssues, openSheetInput, type SheetInput } from './sheets/input.js';
import type { Row } from './table.js';
import { label, tr, type Locale } from './text.js';

/**
 * Exit codes.
 *
 * @example
 * ```ts
 * EXIT.invalidRecords; //=> 1
 * ```
 */
export const EXIT = Object.freeze({ ok: 0, invalidRecords: 1, usage: 2, failure: 3 });

/** What a command run shares: where it writes, its language and what went wrong so far. */
export interface Run {
  readonly command: string;
  readonly io: CliIo;
  readonly out: Sink;
  readonly locale: Locale;
  readonly progress: Progress;
  readonly errors: RecordError[];
  /** Every problem so far at its place (a cell, or a JSON record's path): the 错误 sheet. */
  readonly issues: SheetIssue[];
  /** Set when the input is spreadsheets. */
  sheets: SheetInput | undefined;
  records: number;
}

/**
 * Starts a run of `command`: the progress bar is on when standard error is a terminal, or when
 * forced with `--progress`.
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * const run = newRun('assess', io, 'zh-CN', undefined);
 * run.errors.length; //=> 0
 * ```
 */
export function newRun(command: string, io: CliIo, locale: Locale, forceProgress: boolean | undefined): Run {
  const tty = io.stderrIsTTY === true;
  const progress = new Progress(io.stderr, { enabled: forceProgress === true || tty, tty, locale });
  return {
    command,
    io,
    // on a terminal, results and the bar may share the screen: clear the bar before writing results
    out: new Sink(io.stdout, undefined, () => progress.clear()),
    locale,
    progress,
    errors: [],
    issues: [],
    sheets: undefined,
    records: 0,
  };
}

/**
 * Reports a bad record on standard error (at its cells, for spreadsheets) and keeps it.
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * const run = newRun('simulate', io, 'en', undefined);
 * report(run, { index: 3, issues: [{ path: ['id'], code: 'required', message: 'is required', messageZh: '必须填写' }] });
 * run.errors.length; //=> 1
 * ```
 */
export function report(run: Run, e: RecordError): void {
  run.progress.clear();
  if (run.sheets === undefined) {
    run.io.stderr.write(`${recordErrorLine(e, run.locale)}\n`);
    run.issues.push(...jsonIssues(e));
  } else {
    const list = run.sheets.issuesOf(e);
    for (const i of list) run.io.stderr.write(`${issueLine(i, run.locale)}\n`);
    run.issues.push(...list);
  }
  run.errors.push(e);
}

/**
 * Opens the input of a command: spreadsheets (an xlsx workbook, CSV files, a folder) or one JSON
 * or JSON Lines file (or standard input). Problems of a spreadsheet that concern no one household
 * are reported at once.
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * const run = newRun('simulate', io, 'en', undefined);
 * let n = 0;
 * for await (const r of await openRecords(run, ['examples/data/households.json'])) n += r.value === undefined ? 0 : 1;
 * n; //=> 8
 * ```
 */
export async function openRecords(run: Run, positionals: readonly string[]): Promise<AsyncIterable<SourceRecord>> {
  if (positionals.length > 0 && await isSheetInput(positionals)) {
    const input = await openSheetInput(run.command, positionals, run.progress, run.locale);
    run.sheets = input;
    for (const i of input.general) run.io.stderr.write(`${issueLine(i, run.locale)}\n`);
    run.issues.push(...input.general);
    return input.records;
  }
  const file = parseFile(run.command, positionals);
  return (await openInput(run.command, file, run.io, run.progress)).records;
}

/**
 * Counts the records as they pass.
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * const run = newRun('simulate', io, 'en', undefined);
 * for await (const r of counted(run, await openRecords(run, ['examples/data/households.json']))) r.index;
 * run.records; //=> 8
 * ```
 */
export async function* counted(run: Run, records: AsyncIterable<SourceRecord>): AsyncGenerator<SourceRecord> {
  for await (const r of records) {
    run.records += 1;
    yield r;
  }
}

/**
 * Reads and validates the whole population (simulate, compare, sweep).
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * const run = newRun('simulate', io, 'en', undefined);
 * (await load(run, ['examples/data/households.json'])).length; //=> 8
 * ```
 */
export async function load(run: Run, positionals: readonly string[]): Promise<Household[]> {
  const records = await openRecords(run, positionals);
  const households: Household[] = [];
  for await (const chunk of validate(counted(run, records), (e) => report(run, e))) {
    for (const h of chunk.households) households.push(h);
  }
  return households;
}

/**
 * Ends a run: flushes the output, clears the bar, and sums up the bad records on standard error.
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * const run = newRun('simulate', io, 'en', undefined);
 * await load(run, ['examples/data/households.json']);
 * await finish(run); //=> 0
 * ```
 */
export async function finish(run: Run): Promise<number> {
  await run.out.flush();
  run.progress.done();
  const general = run.sheets?.general.length ?? 0;
  if (run.errors.length === 0 && general === 0) return EXIT.ok;
  const n = run.errors.length;
  if (run.sheets !== undefined) {
    run.io.stderr.write(tr(run.locale, {
      en: `lanxi-policy: ${n} of ${run.records} households have errors and were not computed; the results cover the other ${run.records - n}; ${run.issues.length} problem(s) in all\n`,
      zh: `lanxi-policy：共 ${run.records} 户，其中 ${n} 户有误，未计算；结果只含其余 ${run.records - n} 户；共 ${run.issues.length} 处问题\n`,
    }));
    return EXIT.invalidRecords;
  }
  run.io.stderr.write(tr(run.locale, {
    en: `lanxi-policy: ${n} of ${run.records} records are invalid and were left out; the results cover the other ${run.records - n}\n`,
    zh: `lanxi-policy：共 ${run.records} 条记录，其中 ${n} 条无效，已略去；结果只含其余 ${run.records - n} 条\n`,
  }));
  return EXIT.invalidRecords;
}

/**
 * An amount in yuan with two decimals.
 *
 * @example
 * ```ts
 * yuan(new Decimal('1500')); //=> '1500.00'
 * ```
 */
export const yuan = (d: Decimal): string => d.toFixed(2);

/**
 * A share as a percentage with two decimals; '—' when undefined.
 *
 * @example
 * ```ts
 * percent(new Decimal('0.1525')); //=> '15.25%'
 * ```
 */
export const percent = (d: Decimal | null): string => (d === null ? '—' : `${d.times(100).toFixed(2)}%`);

/**
 * 是 / 否 (yes / no), or '—' when a target cannot be judged.
 *
 * @example
 * ```ts
 * yesNo('zh-CN', true); //=> '是'
 * ```
 */
export const yesNo = (locale: Locale, v: boolean | null): string => (v === null ? '—' : label(locale, v ? 'yes' : 'no'));

export { townshipName } from './sheets/results.js';

/**
 * The changed parameters of a plan: path, clause, the plan's value, the new value.
 *
 * @example
 * ```ts
 * changeRows(LANXI_2023.with({ vocationalGrant: { amount: 4000 } }), 'en')[0]; //=> { parameter: 'vocationalGrant.amount', clause: '2.3.4', … }
 * ```
 */
export function changeRows(plan: Plan, locale: Locale): Row[] {
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

/**
 * The cost by benefit of a population (2.3.8, 2.3.4) and the total, as table rows.
 *
 * @example
 * ```ts
 * byBenefitRows(simulate(syntheticPopulation({ size: 20, seed: 1 }), { year: 2023 }), 'zh-CN').length; //=> 3
 * ```
 */
export function byBenefitRows(s: PopulationSummary, locale: Locale): Row[] {
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

/**
 * Common options of the commands that read households, checked before any file is read.
 *
 * @example
 * ```ts
 * commonOptions('simulate', { year: '2023' }).year; //=> 2023
 * ```
 */
export function commonOptions(command: string, values: { year?: string | undefined; locale?: string | undefined; set?: string[] | undefined }) {
  const locale = parseLocale(command, values.locale);
  const plan = planFromSets(command, values.set, locale);
  const year = parseYear(command, values.year, plan, locale);
  return { locale, plan, year };
}

/**
 * Runs a population function on households already validated: what it still refuses (a limit
 * of its options, such as the number of households) is a usage error, not an unexpected failure.
 *
 * @example
 * ```ts
 * asUsageError('simulate', 'en', () => simulate(syntheticPopulation({ size: 20, seed: 1 }), { year: 2023 })).households; //=> 20
 * ```
 */
export function asUsageError<T>(command: string, locale: Locale, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!isPolicyInputError(e)) throw e;
    const issues = e.issues.map((i) => `${formatPath(i.path)}: ${tr(locale, { en: i.message, zh: i.messageZh })}`).join('; ');
    throw new UsageError(issues, command);
  }
}

/**
 * A title line, followed by a blank line.
 *
 * @example
 * ```ts
 * title('en', 'simulate', '模拟'); //=> 'simulate\n\n'
 * ```
 */
export function title(locale: Locale, en: string, zh: string): string {
  return `${tr(locale, { en, zh })}\n\n`;
}

