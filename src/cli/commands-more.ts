/**
 * The commands `sweep`, `generate` and `report`: a parameter over a list of values (clause 1's
 * cost-versus-target curve), a synthetic population, and the township report of clause 3.3.
 *
 * @module
 */
import { explain, formatPath, isPolicyInputError, LANXI_2023, sweep, syntheticPopulation, toTableRows, townshipReport } from '../index.js';
import { checkPath, COMMON_OPTIONS, parse, parseFile, parseInteger, parseLocale, parseValues, parseYear, UsageError } from './args.js';
import { helpText } from './help.js';
import { inputName, readWholeText } from './input.js';
import { Sink, type CliIo } from './io.js';
import { errorsJson, toJsonData } from './json.js';
import { cellErrorsJson } from './sheets/input.js';
import { asUsageError, changeRows, commonOptions, EXIT, finish, load, newRun, title, yuan } from './run.js';
import { formatTable, type Row } from './table.js';
import { tr } from './text.js';

/**
 * `sweep FILE --path P --values …`: one row per value of one parameter — the points of a
 * cost-versus-target curve (clause 1).
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * await sweepCommand(['examples/data/households.json', '--path', 'microcredit.floorRate', '--values', '0.03,0.04'], io); //=> 0
 * ```
 */
export async function sweepCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('sweep', args, { ...COMMON_OPTIONS, path: { type: 'string' }, values: { type: 'string' } });
  if (values.help === true) {
    io.stdout.write(helpText('sweep', values.locale === 'en' ? 'en' : 'zh-CN') ?? '');
    return EXIT.ok;
  }
  const { locale, plan, year } = commonOptions('sweep', values);
  if (values.path === undefined) throw new UsageError({ zh: '缺少 --path（参数路径，如 microcredit.floorRate）', en: '--path is required (a parameter such as microcredit.floorRate)' }, 'sweep');
  checkPath('sweep', '--path', values.path);
  const list = parseValues('sweep', values.path, values.values, plan, locale);
    const run = newRun('sweep', io, locale, values.progress);
  const households = await load(run, positionals);
  run.progress.note(tr(locale, { en: `sweeping ${households.length} households`, zh: `正在计算 ${households.length} 户` }));
  const r = asUsageError('sweep', locale, () => sweep(households, { year, path: values.path as string, values: list, baseline: plan }));
  run.progress.done();
  if (values.json === true) {
    run.out.write(`${JSON.stringify({
      command: 'sweep',
      changes: changeRows(plan, 'en'),
      ...(toJsonData(r, new Set(['trace', 'errors'])) as object),
      errors: errorsJson(run.errors),
      ...(run.sheets === undefined ? {} : { cells: cellErrorsJson(run.issues) }),
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

/** `generate`: a synthetic population (`syntheticPopulation`) as JSON or JSON Lines on standard output. *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * await generateCommand(['--size', '10', '--jsonl'], io); //=> 0
 * ```
 */
export async function generateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('generate', args, {
    size: { type: 'string' }, seed: { type: 'string' }, year: { type: 'string' }, jsonl: { type: 'boolean' },
    locale: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(helpText('generate', values.locale === 'en' ? 'en' : 'zh-CN') ?? '');
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new UsageError({ zh: 'generate 不接受文件参数：结果写到标准输出（> households.json）', en: 'generate takes no FILE: it writes to standard output (> households.json)' }, 'generate');
  }
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
      throw new UsageError({ zh: `${option}：${i?.messageZh ?? '无效'}`, en: `${option}: ${i?.message ?? 'invalid'}` }, 'generate');
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
 *
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * await reportCommand(['examples/data/township-records.json', '--as-of', '2023-11-15'], io); //=> 0
 * ```
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('report', args, {
    year: { type: 'string' }, 'as-of': { type: 'string' }, locale: { type: 'string' }, json: { type: 'boolean' },
    explain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(helpText('report', values.locale === 'en' ? 'en' : 'zh-CN') ?? '');
    return EXIT.ok;
  }
  const locale = parseLocale('report', values.locale);
  const year = parseYear('report', values.year, LANXI_2023, locale);
  const asOf = values['as-of'];
  if (asOf === undefined) throw new UsageError({ zh: '缺少 --as-of 日期（报表截止日，YYYY-MM-DD）', en: '--as-of DATE is required (the day the report is taken on, YYYY-MM-DD)' }, 'report');
  const file = parseFile('report', positionals);
  const text = await readWholeText('report', file, io);
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch {
    throw new UsageError({ zh: `${file === '-' ? '标准输入' : '输入文件'}不是有效的 JSON`, en: `${inputName(file)} is not valid JSON` }, 'report');
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
