/**
 * `--help` text of the command line, of each command, and of the parameters `--set` and `--path`
 * take (`lanxi-policy --help paths`).
 *
 * @module
 */
import { LANXI_2023, parameterPaths } from '../index.js';
import { HELP_ZH } from './help-zh.js';
import { templateHelp } from './sheets/help.js';
import { formatTable, type Row } from './table.js';
import type { Locale } from './text.js';

/**
 * The parameters of the plan, one row each: the path `--set` and `--path` take, the clause, the
 * plan's value and its unit.
 */
function pathRows(): Row[] {
  const params = LANXI_2023.params as unknown as Record<string, Record<string, { value: unknown; clause: string; unit: string }>>;
  return parameterPaths(LANXI_2023).map((path): Row => {
    if (path === 'effectiveFrom') return { PATH: path, clause: '4', 'plan value': LANXI_2023.effectiveFrom, unit: 'date (YYYY-MM-DD)' };
    const [group, name] = path.split('.') as [string, string];
    const p = params[group]?.[name];
    return { PATH: path, clause: p?.clause ?? '', 'plan value': String(p?.value ?? ''), unit: p?.unit ?? '' };
  });
}

/** `--help paths`, shared by both languages: the table itself is in the plan's terms. */
export const PATHS = `Usage: lanxi-policy assess|simulate|compare|sweep FILE --set PATH=VALUE [--set ...]
       lanxi-policy sweep FILE --path PATH --values V1,V2,...

The parameters of the plan that --set and --path take. Values are written as in JSON input:
rates as fractions (0.04), money in yuan (4000), counts as whole numbers, dates as YYYY-MM-DD.

${formatTable(pathRows())}`;

const COMMON = `
Input:
  FILE                a JSON file (an array of households, or { "households": [...] }) or
                      JSON Lines (one household per line; .jsonl/.ndjson, or detected from
                      the content); - reads standard input. See household.schema.json.
                      Or spreadsheets: an .xlsx workbook (sheets 家庭, 成员, 贷款, 还款, 利率调整,
                      其他教育补助; lanxi-policy template writes a blank one), CSV files
                      (家庭.csv, 成员.csv, ...) or a folder of them, or the one-table CSV (户表,
                      a row per household). CSV in UTF-8 or GB18030/GBK. Problems are reported
                      by sheet, row and column. See docs/spreadsheets.md.

Options:
  --year YEAR         the year whose entitlements are computed (default 2023, the plan's year)
  --set PATH=VALUE    change a parameter of the plan through plan.with(), repeatable:
                      microcredit.floorRate=0.04, vocationalGrant.amount=4000,
                      targets.perCapitaIncome=17000, effectiveFrom=2023-01-01, ...
                      (every PATH: lanxi-policy --help paths)
  --locale LOCALE     zh-CN (default) or en: labels, messages and explanations
  --json              JSON instead of tables (money as exact decimal strings)
  --progress          show the progress bar on standard error even when it is not a terminal
  -h, --help          this help`;

const OUT = `
  --out FILE          also write the results as a workbook (.xlsx: 结果, 乡镇汇总, 错误, 说明, ...)
                      or as CSV files (.csv: FILE, and FILE's name with .错误.csv, ...);
                      standard output then gets the summary line only`;

const EXIT = `
Exit codes: 0 all records valid; 1 some records invalid (reported on standard error, the others
computed and printed); 2 usage error (bad option, unreadable file, invalid --set); 3 unexpected failure.
Messages never repeat a value given on the command line or a file name: they name the option
(--set microcredit.floorRate, --values item 3) or the place (argument 4, the input file).`;

/** Help of each command, and of the command line as a whole (key ''), in English. */
export const HELP: Readonly<Record<string, string>> = {
  '': `lanxi-policy — 兰溪市2023年低收入农户增收行动方案 as code: entitlements, targets and what-ifs

Usage:
  lanxi-policy assess FILE [--year 2023] [--locale zh-CN|en] [--json] [--explain] [--out OUT.xlsx]
  lanxi-policy simulate FILE [--year 2023] [--set PATH=VALUE ...] [--json] [--out OUT.xlsx]
  lanxi-policy compare FILE [--year 2023] --set PATH=VALUE [--set ...] [--json] [--out OUT.xlsx]
  lanxi-policy sweep FILE [--year 2023] --path PATH --values V1,V2,... [--json]
  lanxi-policy report RECORDS.json --as-of 2023-11-01 [--year 2023] [--json] [--explain]
  lanxi-policy generate [--size 1000] [--seed 1] [--year 2023] [--jsonl] > households.json
  lanxi-policy template 模板.xlsx   a blank workbook to fill in (or 户表.csv: the one-table form)
  lanxi-policy serve [--host 127.0.0.1] [--port 8080]   the HTTP service (serve --help)
  lanxi-policy COMMAND --help
  lanxi-policy --help paths      the parameters --set and --path take
  lanxi-policy --version

Commands:
  assess     each household: micro-credit subsidy (2.3.8), vocational grant (2.3.4), income
             targets (1); --explain shows how each figure was reached, clause by clause
  simulate   the whole population under the plan: cost by benefit and the targets of clause 1
  compare    the plan against a reform (--set): change in cost, targets, gainers, losers
  sweep      one parameter over a list of values: cost against the per-capita target
  report     the township report (3.3): visits, relocation, menu projects, grant reviews,
             training and the 2.1 indicators, one row per township and a city total
  generate   a synthetic population (not real households) to try the commands on
  template   a blank workbook (or one-table CSV) for a township office to fill in
${EXIT}
`,
  assess: `Usage: lanxi-policy assess FILE [options]

Assesses each household: the micro-credit interest subsidy for the year (clause 2.3.8), the
vocational-school grant (clause 2.3.4), the total, and its income against the targets of
clause 1 (per capita ≥ 16710 yuan, growth ≥ 15%, transfer share ≤ 80%, other share ≥ 20%).
${COMMON}
  --explain           after each household, its explanation: every input, parameter (with the
                      clause quoted), step, branch and rounding${OUT}
                      (with 贷款明细: each loan's days, subsidised principal, rate and amount)
With --json, other education aid is listed in input order by amount, stackable and paid,
never by its name (free text, which could name a person).
${EXIT}
`,
  simulate: `Usage: lanxi-policy simulate FILE [options]

Runs the whole population under the plan (or under the plan with --set changes): households,
members, cost by benefit (2.3.8, 2.3.4) and the population's income figures against the targets
of clause 1 (Σ income / Σ members, as the statistics count them).
${COMMON}${OUT}
${EXIT}
`,
  compare: `Usage: lanxi-policy compare FILE --set PATH=VALUE [--set PATH=VALUE ...] [options]

Compares the plan (baseline) with a reform given by --set: the change in cost by benefit, in the
population's income figures, the households gaining and losing, and those crossing the
per-capita line of 16710 yuan. Each household's change in entitlements is added to its net
transfer income (interpretation I-9).

Example:
  lanxi-policy compare pop.json --set microcredit.floorRate=0.04 --set vocationalGrant.amount=4000
${COMMON}${OUT}
                      (比较: before and after per household; 跨线: who crosses the line)
${EXIT}
`,
  sweep: `Usage: lanxi-policy sweep FILE --path PATH --values V1,V2,... [options]

Runs the population with one parameter set to each value in turn: cost, change from the plan,
per-capita income and which targets are met, one row per value. --set changes the baseline.

Example:
  lanxi-policy sweep pop.json --path microcredit.floorRate --values 0.03,0.035,0.04
${COMMON}
  --path PATH         the parameter to vary (as for --set; lanxi-policy --help paths)
  --values LIST       comma-separated values (at most 1000)
${EXIT}
`,
  report: `Usage: lanxi-policy report RECORDS.json --as-of DATE [options]

The township report of clause 3.3 (制定考评体系): for each of the 16 townships and the city, the
status of every obligation — monthly visits (2.3.1), relocation (2.3.2), menu-style projects
(2.3.3), vocational-grant reviews (2.3.4), skills training (2.3.5), and the indicators of 2.1
(joint handling, compulsory enrolment, drinking water) — as met, pending, overdue, failed or n/a.
RECORDS.json is one JSON object: { "visits": [...], "households": [...], "relocation": [...],
"menuProjects": [...], "vocationalGrantApplications": [...], "training": [...], "indicators": [...] }
(any kind may be left out; see examples/data/township-records.json).

Options:
  --as-of DATE        the day the report is taken on (YYYY-MM-DD), required
  --year YEAR         the year reported (default 2023)
  --locale LOCALE     zh-CN (default) or en
  --json              JSON instead of the table
  --explain           after the table, the explanation: the clause of every cell not met
  -h, --help          this help

Exit codes: 0 report made; 1 the records are invalid (each problem reported by path on standard
error); 2 usage error.

Example:
  lanxi-policy report examples/data/township-records.json --as-of 2023-11-15 --locale en
`,
  generate: `Usage: lanxi-policy generate [--size 1000] [--seed 1] [--year 2023] [--jsonl]

Writes a SYNTHETIC population of low-income households to standard output: generated from the
seed, describing no real household or person (no names, no ID numbers). The same size, seed and
year always give the same households.

Options:
  --size N            how many households (0–1000000, default 1000)
  --seed N            the seed, a whole number (default 1)
  --year YEAR         the income year (default 2023)
  --jsonl             JSON Lines (one household per line) instead of a JSON array
  -h, --help          this help

Example:
  lanxi-policy generate --size 100000 --seed 1 --jsonl > pop.jsonl
`,
  paths: PATHS,
  template: templateHelp('en'),
};

/** `--help paths` in Chinese: the same table under a Chinese introduction. */
const PATHS_ZH = `用法：lanxi-policy assess|simulate|compare|sweep 文件 --set 路径=值 [--set ...]
      lanxi-policy sweep 文件 --path 路径 --values 值1,值2,...

--set 和 --path 可用的方案参数。取值写法同 JSON 输入：利率用小数（0.04），金额以元计（4000），
人数用整数，日期用 YYYY-MM-DD。

${formatTable(pathRows())}`;

/**
 * The help of `topic` ('' for the command line as a whole) in `locale`, or undefined for an
 * unknown topic (own keys only: '__proto__' or 'toString' are no topics).
 *
 * @example
 * ```ts
 * helpText('assess', 'en')?.startsWith('Usage: lanxi-policy assess'); //=> true
 * helpText('assess', 'zh-CN')?.startsWith('用法：lanxi-policy assess'); //=> true
 * helpText('constructor', 'en');                                       //=> undefined
 * ```
 */
export function helpText(topic: string, locale: Locale): string | undefined {
  if (topic === 'paths') return locale === 'en' ? PATHS : PATHS_ZH;
  const table = locale === 'en' ? HELP : HELP_ZH;
  return Object.prototype.hasOwnProperty.call(table, topic) ? table[topic] : undefined;
}

/**
 * The help topics (the commands and `paths`).
 *
 * @example
 * ```ts
 * helpTopics(); //=> ['assess', 'simulate', 'compare', 'sweep', 'report', 'generate', 'paths', 'template']
 * ```
 */
export function helpTopics(): string[] {
  return Object.keys(HELP).filter((t) => t !== '');
}
