/**
 * `explain()`: renders any result's trace as readable text in Chinese or English, citing clauses.
 *
 * @module
 */
import { z } from 'zod';
import { once } from './core/once.js';
import { PolicyInputError } from './core/errors.js';
import type { Trace } from './core/trace.js';
import { booleanSchema, parseInput } from './core/validate.js';
import { CLAUSES, type ClauseId } from './plan/clauses.js';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** 'zh-CN' (default) or 'en'. */
  readonly locale?: 'zh-CN' | 'en';
  /** Quote each parameter's clause verbatim (default true; each quote is given once). */
  readonly quotes?: boolean;
}

type Locale = 'zh-CN' | 'en';

const OptionsSchema = once(() => z.strictObject({
  locale: z.enum(['zh-CN', 'en']).optional(),
  quotes: booleanSchema().optional(),
}));

const W = {
  'zh-CN': { input: '输入', param: '参数', step: '计算', branch: '判断', round: '取整', result: '结果', clause: '条款', whatIf: '假设值，方案原值', reading: '解读' },
  en: { input: 'input', param: 'parameter', step: 'step', branch: 'branch', round: 'rounding', result: 'result', clause: 'clause', whatIf: 'what-if value; the plan says', reading: 'reading' },
} as const;

/** Units of the plan's parameters in Chinese. */
const UNIT_ZH: Readonly<Record<string, string>> = {
  yuan: '元',
  'yuan/household/year': '元/户/年',
  'yuan/household/academic-year': '元/户/学年',
  'yuan/site/year': '元/点/年',
  fraction: '（比例）',
  'fraction/year': '（年比例）',
  persons: '人',
  'persons/township/year': '人/乡镇/年',
  'days/year': '天/年',
  'visits/household/month': '次/户/月',
  indicators: '项',
  option: '（选项）',
};

/** Deepest nesting of rules a trace may have (an assessment nests two levels). */
const MAX_DEPTH = 64;
/** Most nodes a trace may have (a dividend split among a million holders has about three million). */
const MAX_NODES = 5_000_000;

/** Thrown inside the guard of {@link explain} when a trace is not one this library makes. */
class NotATrace extends Error {}

/** What rendering needs: the locale, the quotes given so far, the lines, the nodes counted so far. */
interface Out {
  readonly locale: Locale;
  readonly quoted: Set<string> | undefined;
  readonly lines: string[];
  nodes: number;
}

/** An object whose fields are read, each once: a getter or a Proxy may throw or change its answer. */
type Fields = Readonly<Record<string, unknown>>;

function fields(value: unknown): Fields {
  if (typeof value !== 'object' || value === null) throw new NotATrace();
  return value as Fields;
}

function str(value: unknown): string {
  if (typeof value !== 'string') throw new NotATrace();
  return value;
}

function optionalStr(value: unknown): string | undefined {
  return value === undefined ? undefined : str(value);
}

/** A `{ zh, en }` text in the locale (only that language's field is read). */
function pick(text: unknown, locale: Locale): string {
  const t = fields(text);
  return str(locale === 'en' ? t['en'] : t['zh']);
}

/** A trace value as text: a string, number, boolean or null (an object's own toString is never called). */
function valueText(value: unknown): string {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function' || typeof value === 'symbol') throw new NotATrace();
  return String(value);
}

/** Long exact quotients are shown to 10 decimals with an ellipsis; the trace keeps every digit. */
function display(value: unknown): string {
  const s = valueText(value);
  const m = /^(-?\d+\.\d{10})\d{3,}$/.exec(s);
  return m ? `${m[1]}…` : s;
}

function clauseOf(value: unknown): ClauseId {
  const clause = str(value);
  if (!Object.hasOwn(CLAUSES, clause)) throw new NotATrace();
  return clause as ClauseId;
}

/** A rule node, given the `children` its caller has read. */
function renderRule(node: Fields, children: unknown, out: Out, depth: number): void {
  if (depth > MAX_DEPTH || !Array.isArray(children)) throw new NotATrace();
  const clause = clauseOf(node['clause']);
  const title = pick(node['title'], out.locale);
  const heading = pick(CLAUSES[clause], out.locale);
  // English headings start with the clause id; name the heading only when it adds something.
  const bare = heading.replace(/^[0-9.]+\s+/, '');
  out.lines.push(`${'  '.repeat(depth)}[${clause}] ${title}${bare.toLowerCase() === title.toLowerCase() ? '' : ` — ${heading}`}`);
  const list: readonly unknown[] = children;
  const n = list.length;
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_NODES - out.nodes) throw new NotATrace();
  out.nodes += n;
  for (let i = 0; i < n; i++) renderNode(list[i], out, depth + 1);
}

function renderNode(value: unknown, out: Out, depth: number): void {
  const node = fields(value);
  const kind = node['kind'];
  if (kind === 'rule') {
    renderRule(node, node['children'], out, depth);
    return;
  }
  const locale = out.locale;
  const pad = '  '.repeat(depth);
  const w = W[locale];
  const sep = locale === 'en' ? ': ' : '：';
  switch (kind) {
    case 'input':
      out.lines.push(`${pad}${w.input}${sep}${pick(node['label'], locale)} = ${display(node['value'])}`);
      return;
    case 'param': {
      const label = pick(node['label'], locale);
      const shown = valueText(node['value']);
      const unitName = str(node['unit']);
      const clause = clauseOf(node['clause']);
      const quote = str(node['quote']);
      const interpretation = optionalStr(node['interpretation']);
      const planValue = optionalStr(node['planValue']);
      const extras: string[] = [];
      if (planValue !== undefined) extras.push(`${w.whatIf} ${planValue}`);
      if (interpretation !== undefined) extras.push(`${w.reading} ${interpretation}`);
      let cite = `${w.clause} ${clause}`;
      const key = `${clause}|${quote}`;
      if (out.quoted && !out.quoted.has(key)) {
        out.quoted.add(key);
        cite += locale === 'en' ? ` “${quote}”` : `「${quote}」`;
      }
      const extra = extras.length > 0 ? (locale === 'en' ? ` (${extras.join('; ')})` : `（${extras.join('；')}）`) : '';
      const unit = locale === 'en' || !Object.hasOwn(UNIT_ZH, unitName) ? unitName : (UNIT_ZH[unitName] as string);
      out.lines.push(`${pad}${w.param}${sep}${label} = ${shown} ${unit}${extra} [${cite}]`);
      return;
    }
    case 'step':
      out.lines.push(`${pad}${w.step}${sep}${pick(node['label'], locale)} = ${display(node['value'])}`);
      return;
    case 'branch': {
      const text = pick(node['label'], locale);
      const clause = optionalStr(node['clause']);
      // a label that already names its clause is not followed by the clause again
      const cite = clause !== undefined && !text.includes(clause) ? ` [${w.clause} ${clause}]` : '';
      out.lines.push(`${pad}${w.branch}${sep}${text}${cite}`);
      return;
    }
    case 'round': {
      const name = str(node['name']);
      const exact = display(node['exact']);
      const rounded = valueText(node['rounded']);
      out.lines.push(`${pad}${w.round}${sep}${name} ${exact} → ${rounded} (${pick(node['label'], locale)})`);
      return;
    }
    case 'result':
      out.lines.push(`${pad}${w.result}${sep}${pick(node['label'], locale)} = ${display(node['value'])}`);
      return;
    default:
      throw new NotATrace();
  }
}

/**
 * The root rule node of `result` (a result with a `trace`, or a trace) and its children, each field
 * read once; undefined when it has none.
 */
function rootOf(result: unknown): { readonly node: Fields; readonly children: unknown } | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  let node = result as Fields;
  if (node['kind'] !== 'rule') {
    const trace = node['trace'];
    if (typeof trace !== 'object' || trace === null) return undefined;
    node = trace as Fields;
    if (node['kind'] !== 'rule') return undefined;
  }
  const children = node['children'];
  return Array.isArray(children) ? { node, children } : undefined;
}

/**
 * Renders a result (anything with a `trace`) or a trace as multi-line text: the rule and its clause,
 * the inputs, each parameter with its clause (quoted verbatim the first time), the steps, the branch
 * taken and why, the rounding, and the results.
 *
 * @param result - a rule's result, or its `trace`.
 * @param options - `{ locale: 'zh-CN' | 'en', quotes?: boolean }`; Chinese by default.
 * @returns the explanation, lines joined with '\n'.
 * Each field of `result` and of its trace is read once, inside a guard: a getter or a Proxy that
 * throws or changes its answer, a trace that contains itself or claims more than five million nodes,
 * gives a PolicyInputError, never its own error or a hang.
 *
 * @throws {@link PolicyInputError} when `result` has no trace (`not_a_result`), when its trace is not
 * one this library makes (`invalid_trace`), or on an unknown locale or option.
 * @example
 * ```ts
 * const r = loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 });
 * console.log(explain(r, { locale: 'en' }));
 * // [2.3.8] Micro-credit interest subsidy — 2.3.8 Micro-credit interest subsidy
 * //   input: principal (yuan) = 50000
 * //   …
 * //   branch: 50% × 4.35% = 2.175% is below the 3% floor, so 3% applies (就高) [clause 2.3.8]
 * //   rounding: 1500 → 1500.00 (rounded half up to the fen)
 * //   result: subsidy (yuan) = 1500.00
 * ```
 */
export function explain(result: { readonly trace: Trace } | Trace, options: ExplainOptions = {}): string {
  let root: ReturnType<typeof rootOf>;
  try {
    root = rootOf(result);
  } catch {
    // a getter or a Proxy that throws: not a result of this library
    root = undefined;
  }
  if (root === undefined) {
    throw new PolicyInputError('explain', [{
      path: [], code: 'not_a_result',
      message: 'must be a result of this library (with a trace) or a trace',
      messageZh: '必须是本库的计算结果（带 trace）或 trace 本身',
    }]);
  }
  const o = parseInput('explain', OptionsSchema(), options);
  const out: Out = { locale: o.locale ?? 'zh-CN', quoted: o.quotes === false ? undefined : new Set(), lines: [], nodes: 1 };
  try {
    renderRule(root.node, root.children, out, 0);
  } catch {
    // a hand-made or damaged trace (unknown clause or node kind, a label that is not text, a cycle,
    // a getter or a Proxy that throws)
    throw new PolicyInputError('explain', [{
      path: ['trace'], code: 'invalid_trace',
      message: 'is not a trace made by this library', messageZh: '不是本库生成的计算轨迹',
    }]);
  }
  return out.lines.join('\n');
}
