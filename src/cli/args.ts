/**
 * Command-line options: parsed with Node's own `util.parseArgs`, then checked against the library
 * (the year, the locale, `--set path=value` through `plan.with()`) before any file is read, so a
 * mistake costs nothing and exits with code 2.
 *
 * @module
 */
import { isPlanNotInForceError, isPolicyInputError, LANXI_2023, parameterPaths, simulate, type Plan, type PlanOverrides, type PolicyIssue, type Text } from '../index.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { tr, type Locale } from './text.js';

/**
 * A mistake in the command line itself: reported with the option it concerns, exit code 2. The
 * message is given in Chinese and English (`{ zh, en }`); a plain string serves both.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError' as const;
  /** The command whose usage to point to (`simulate`), when known. */
  readonly command: string | undefined;
  /** The message in both languages; `message` is the English one. */
  readonly text: Text;

  constructor(message: string | Text, command?: string) {
    const text = typeof message === 'string' ? { zh: message, en: message } : message;
    super(text.en);
    this.text = text;
    this.command = command;
  }
}

/**
 * The arguments as `main()` takes them, checked: an array of strings, copied, so that what is
 * parsed cannot change underneath. Anything else is a usage error, never a JavaScript error.
 *
 * @throws {@link UsageError} when `argv` is not an array, or an argument is not a string.
 * @example
 * ```ts
 * argumentList(['simulate', 'pop.json']); //=> ['simulate', 'pop.json']
 * argumentList(['simulate', undefined]);  // throws UsageError: argument 2 is undefined, not a string
 * ```
 */
export function argumentList(argv: unknown): string[] {
  const list: string[] = [];
  let problem: Text | undefined;
  try {
    // a Proxy of an array passes Array.isArray and may still throw when read
    if (!Array.isArray(argv)) {
      const what = argv === null ? 'null' : typeof argv;
      problem = { zh: `参数必须是字符串数组，而不是 ${what}`, en: `the arguments must be an array of strings, not ${what}` };
    }
    else {
      const n = argv.length;
      for (let i = 0; i < n && problem === undefined; i++) {
        const a: unknown = argv[i];
        if (typeof a === 'string') list.push(a);
        else {
          const what = a === null ? 'null' : typeof a;
          problem = { zh: `第 ${i + 1} 个参数是 ${what}，不是字符串`, en: `argument ${i + 1} is ${what}, not a string` };
        }
      }
    }
  } catch {
    problem = { zh: '无法读取参数', en: 'the arguments could not be read' };
  }
  if (problem !== undefined) throw new UsageError(problem);
  return list;
}

/** Option definitions, as `util.parseArgs` takes them. */
export type Options = NonNullable<ParseArgsConfig['options']>;

/** What `util.parseArgs` returns for `options` (strict, with positionals). */
export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** Options every command that reads households accepts. */
export const COMMON_OPTIONS = {
  year: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  set: { type: 'string', multiple: true },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** The options of a command as a help line names them: `--year, --set, …, -h/--help`. */
function optionNames(options: Options): string {
  return Object.entries(options)
    .map(([name, o]) => (o.short === undefined ? `--${name}` : `-${o.short}/--${name}`))
    .join(', ');
}

/** Whether `value` reads as an option (`-x`, `--x`), which `util.parseArgs` will not take as a value. */
const optionLike = (value: string): boolean => value.length > 1 && value.startsWith('-');

/**
 * What is wrong with arguments that `util.parseArgs` refused in strict mode, in a message that
 * names a known option but never repeats an unknown one or any value: an unknown option is
 * described by its position, with the options the command takes.
 */
function parseProblem(command: string, args: readonly string[], options: Options): Text {
  const names = optionNames(options);
  const known = { zh: `${command} 的选项有 ${names}`, en: `the options of ${command} are ${names}` };
  let tokens: readonly { kind: string; index: number; name?: string; value?: string | undefined; inlineValue?: boolean | undefined }[];
  try {
    tokens = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true }).tokens;
  } catch {
    return { zh: `选项无效；${known.zh}`, en: `invalid options; ${known.en}` };
  }
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined) continue;
    // the command is argument 1, its own arguments start at 2
    const where = `argument ${t.index + 2}`;
    const whereZh = `第 ${t.index + 2} 个参数`;
    const o = Object.prototype.hasOwnProperty.call(options, t.name) ? options[t.name] : undefined;
    if (o === undefined) return { zh: `未知选项（${whereZh}）；${known.zh}`, en: `unknown option (${where}); ${known.en}` };
    const name = `--${t.name}`;
    if (o.type === 'boolean' && t.value !== undefined) return { zh: `${name} 不带值（${whereZh}）`, en: `${name} takes no value (${where})` };
    if (o.type === 'string' && t.value === undefined) return { zh: `${name} 需要一个值（${whereZh}）`, en: `${name} needs a value (${where})` };
    if (o.type === 'string' && t.inlineValue !== true && t.value !== undefined && optionLike(t.value)) {
      return {
        zh: `${name}：以 '-' 开头的值会被当作选项；请写成 ${name}=值（${whereZh}）`,
        en: `${name}: a value starting with '-' reads as an option; write it ${name}=VALUE (${where})`,
      };
    }
  }
  return { zh: `选项无效；${known.zh}`, en: `invalid options; ${known.en}` };
}

/**
 * Runs `util.parseArgs` in strict mode and turns its errors (unknown option, missing value) into
 * {@link UsageError}s for `command`. The message names a known option and the position of an
 * unknown one, never an unknown option's name or a value (either could be personal data).
 *
 * @example
 * ```ts
 * parse('simulate', ['pop.json', '--json'], COMMON_OPTIONS).values.json; //=> true
 * parse('simulate', ['pop.json', '--frob'], COMMON_OPTIONS);
 * // throws UsageError: unknown option (argument 3); the options of simulate are --year, --locale, …
 * ```
 */
export function parse<O extends Options>(command: string, args: readonly string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch {
    throw new UsageError(parseProblem(command, args, options), command);
  }
}

/** `--locale`: 'zh-CN' (default; 'zh' also accepted) or 'en'. */
export function parseLocale(command: string, value: string | undefined): Locale {
  if (value === undefined || value === 'zh-CN' || value === 'zh') return 'zh-CN';
  if (value === 'en') return 'en';
  throw new UsageError({ zh: '--locale 只能是 zh-CN 或 en', en: '--locale must be zh-CN or en' }, command);
}

/** The one FILE argument (`-` for standard input). */
export function parseFile(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) {
    throw new UsageError({
      zh: '缺少输入文件（家庭记录的 JSON 或 JSON Lines 文件、xlsx 工作簿或 CSV 文件，- 表示标准输入）',
      en: 'FILE is required (a JSON or JSON Lines file of households, an xlsx workbook or CSV files, or - for standard input)',
    }, command);
  }
  if (positionals.length > 1) {
    throw new UsageError({ zh: `只能给一个 JSON 文件，却给了 ${positionals.length} 个参数`, en: `expected one FILE, got ${positionals.length} arguments` }, command);
  }
  return positionals[0] as string;
}

function issueText(locale: Locale, issues: readonly PolicyIssue[]): string {
  return issues.map((i) => tr(locale, { zh: i.messageZh, en: i.message })).join('; ');
}

/**
 * `--year`: a calendar year (default: the plan's year, 2023), checked by the library itself so the
 * command line accepts exactly what the functions accept. A refused year is not repeated; a year
 * outside the plan's period (2023-01-01 to 2023-12-31) is a usage error naming the period.
 *
 * @example
 * ```ts
 * parseYear('simulate', '2023', LANXI_2023, 'en'); //=> 2023
 * parseYear('simulate', '2024', LANXI_2023, 'en'); // throws UsageError: --year: the plan covers 2023-05-13 to 2023-12-31; …
 * parseYear('simulate', '1800', LANXI_2023, 'en'); // throws UsageError: --year: must be at least 1900
 * ```
 */
export function parseYear(command: string, value: string | undefined, plan: Plan, locale: Locale): number {
  if (value === undefined) return plan.year;
  if (!/^\d{1,4}$/.test(value)) throw new UsageError({ zh: '--year 必须是年份，如 2023', en: '--year must be a year such as 2023' }, command);
  const year = Number(value);
  try {
    simulate([], { year, plan });
  } catch (e) {
    if (isPolicyInputError(e)) throw new UsageError(`--year: ${issueText(locale, e.issues)}`, command);
    if (isPlanNotInForceError(e)) throw new UsageError(`--year: ${tr(locale, { zh: e.messageZh, en: e.message.replace(/^lanxi-policy: /, '') })}`, command);
    throw e;
  }
  return year;
}

/** The parameter of `path` ('microcredit.floorRate') in the 2023 plan, or undefined. */
function paramAt(path: string): { value: unknown } | undefined {
  const [group, name, ...rest] = path.split('.');
  if (group === undefined || name === undefined || rest.length > 0) return undefined;
  const g = (LANXI_2023.params as unknown as Record<string, Record<string, { value: unknown }> | undefined>)[group];
  return g !== undefined && Object.prototype.hasOwnProperty.call(g, name) ? g[name] : undefined;
}

/**
 * A value from the command line as `plan.with()` takes it: parameters counted in whole numbers
 * (day-count basis, persons, trainees) as numbers, everything else as the text given (decimal
 * strings stay exact; dates stay 'YYYY-MM-DD').
 */
export function overrideValue(path: string, text: string): string | number {
  const p = paramAt(path);
  if (p !== undefined && typeof p.value === 'number' && /^[+-]?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** The overrides `{ group: { name: value } }` (or `{ effectiveFrom }`) for one dotted path. */
export function overridesFor(path: string, value: string | number): PlanOverrides {
  if (path === 'effectiveFrom') return { effectiveFrom: String(value) };
  const [group, name] = path.split('.') as [string, string];
  return { [group]: { [name]: value } } as PlanOverrides;
}

/** Where a message about an unknown parameter path sends the reader. */
const PATHS_HINT: Text = { zh: "运行 'lanxi-policy --help paths' 查看全部参数", en: "run 'lanxi-policy --help paths' for the parameters" };

/**
 * Whether `path` is a parameter path of the plan ('microcredit.floorRate', 'effectiveFrom'): only
 * such a path is ever repeated in a message.
 *
 * @example
 * ```ts
 * isParameterPath('microcredit.floorRate'); //=> true
 * isParameterPath('microcredit.ceilingRate'); //=> false
 * ```
 */
export function isParameterPath(path: string): boolean {
  return parameterPaths(LANXI_2023).includes(path);
}

/**
 * Checks a parameter path against the plan's. An unknown path is not repeated: the error names
 * `option` (`--path`, `--set #2`) and points to `lanxi-policy --help paths`.
 *
 * @throws {@link UsageError} when `path` is not a parameter of the plan.
 * @example
 * ```ts
 * checkPath('sweep', '--path', 'microcredit.floorRate'); // passes
 * checkPath('sweep', '--path', 'microcredit.ceilingRate');
 * // throws UsageError: --path: unknown parameter path; run 'lanxi-policy --help paths' for the parameters
 * ```
 */
export function checkPath(command: string, option: string, path: string): void {
  if (!isParameterPath(path)) {
    throw new UsageError({ zh: `${option}：没有这个参数路径；${PATHS_HINT.zh}`, en: `${option}: unknown parameter path; ${PATHS_HINT.en}` }, command);
  }
}

/** Applies overrides to `base` and turns the library's complaint into a {@link UsageError} naming `what`. */
export function withChecked(command: string, what: string, base: Plan, overrides: PlanOverrides, locale: Locale): Plan {
  try {
    return base.with(overrides);
  } catch (e) {
    if (isPolicyInputError(e)) throw new UsageError(`${what}: ${issueText(locale, e.issues)}`, command);
    throw e;
  }
}

/**
 * `--set path=value ...` → the plan with those parameters changed, through `plan.with()`.
 * Paths are the plan's parameters ('microcredit.floorRate', 'vocationalGrant.amount',
 * 'targets.perCapitaIncome', …) or 'effectiveFrom'. Each setting is checked on its own first, so
 * an error names the one at fault: by its path when the path is known, otherwise by its place
 * (`--set #2`). A value is never repeated (`--set microcredit.floorRate: must be …`).
 *
 * @throws {@link UsageError} on a malformed setting, an unknown path, a path given twice or a value
 *   the parameter does not accept.
 * @example
 * ```ts
 * planFromSets('compare', ['microcredit.floorRate=0.04', 'vocationalGrant.amount=4000'], 'en').overridden;
 * //=> ['microcredit.floorRate', 'vocationalGrant.amount']
 * ```
 */
export function planFromSets(command: string, sets: readonly string[] | undefined, locale: Locale): Plan {
  if (sets === undefined || sets.length === 0) return LANXI_2023;
  const merged: Record<string, unknown> = {};
  const given = new Set<string>();
  for (const [k, s] of sets.entries()) {
    const at = `--set #${k + 1}`;
    const eq = s.indexOf('=');
    if (eq <= 0) {
      const named = isParameterPath(s.trim()) ? `--set ${s.trim()}` : at;
      throw new UsageError({
        zh: `${named}：应写成 路径=值，如 --set microcredit.floorRate=0.04`,
        en: `${named}: expected path=value, such as --set microcredit.floorRate=0.04`,
      }, command);
    }
    const path = s.slice(0, eq).trim();
    const text = s.slice(eq + 1).trim();
    checkPath(command, at, path);
    if (text === '') throw new UsageError({ zh: `--set ${path}：缺少值（路径=值）`, en: `--set ${path}: the value is missing (path=value)` }, command);
    if (given.has(path)) throw new UsageError({ zh: `--set ${path}：重复给出`, en: `--set ${path}: given more than once` }, command);
    given.add(path);
    const value = overrideValue(path, text);
    const o = overridesFor(path, value);
    withChecked(command, `--set ${path}`, LANXI_2023, o, locale);
    if (path === 'effectiveFrom') merged['effectiveFrom'] = value;
    else {
      const [group, name] = path.split('.') as [string, string];
      merged[group] = { ...(merged[group] as object | undefined), [name]: value };
    }
  }
  return withChecked(command, '--set', LANXI_2023, merged as PlanOverrides, locale);
}

/** Most values `sweep` takes (the library's own limit): more is a usage error before any file is read. */
export const MAX_SWEEP_VALUES = 1000;

/**
 * `--values 0.03,0.035,0.04` → the values as `plan.with()` takes them, each checked for `path`.
 * A refused value is named by its place in the list (`--values item 2: …`), never repeated.
 *
 * @throws {@link UsageError} when the list is missing, holds an empty value, has more than
 *   {@link MAX_SWEEP_VALUES} values, or holds a value the parameter does not accept.
 * @example
 * ```ts
 * parseValues('sweep', 'microcredit.floorRate', '0.03, 0.04', LANXI_2023, 'en'); //=> ['0.03', '0.04']
 * ```
 */
export function parseValues(command: string, path: string, text: string | undefined, base: Plan, locale: Locale): (string | number)[] {
  if (text === undefined) {
    throw new UsageError({ zh: '缺少 --values（逗号分隔的取值，如 0.03,0.035,0.04）', en: '--values is required (a comma-separated list, such as 0.03,0.035,0.04)' }, command);
  }
  const parts = text.split(',').map((v) => v.trim());
  const empty = parts.indexOf('');
  if (empty !== -1) {
    throw new UsageError({
      zh: `--values 第 ${empty + 1} 项：列表中有空值（应写成 0.03,0.035,0.04）`,
      en: `--values item ${empty + 1}: an empty value in the list (write 0.03,0.035,0.04)`,
    }, command);
  }
  if (parts.length > MAX_SWEEP_VALUES) {
    throw new UsageError({
      zh: `--values：共 ${parts.length} 个值；sweep 最多接受 ${MAX_SWEEP_VALUES} 个`,
      en: `--values: ${parts.length} values; sweep takes at most ${MAX_SWEEP_VALUES}`,
    }, command);
  }
  return parts.map((v, i) => {
    const value = overrideValue(path, v);
    withChecked(command, locale === 'en' ? `--values item ${i + 1}` : `--values 第 ${i + 1} 项`, base, overridesFor(path, value), locale);
    return value;
  });
}

/** A whole number option such as `--size` or `--seed`. */
export function parseInteger(command: string, option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d{1,16}$/.test(value)) throw new UsageError({ zh: `${option} 必须是整数`, en: `${option} must be a whole number` }, command);
  return Number(value);
}
