/**
 * `explain()`: renders any result's trace as readable text in Chinese or English, citing clauses.
 *
 * @module
 */
import { z } from 'zod';
import { PolicyInputError } from './core/errors.js';
import type { Text, Trace, TraceNode } from './core/trace.js';
import { booleanSchema, parseInput } from './core/validate.js';
import { CLAUSES } from './plan/clauses.js';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** 'zh-CN' (default) or 'en'. */
  readonly locale?: 'zh-CN' | 'en';
  /** Quote each parameter's clause verbatim (default true; each quote is given once). */
  readonly quotes?: boolean;
}

type Locale = 'zh-CN' | 'en';

const OptionsSchema = z.strictObject({
  locale: z.enum(['zh-CN', 'en']).optional(),
  quotes: booleanSchema().optional(),
});

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
};

const pick = (t: Text, locale: Locale) => (locale === 'en' ? t.en : t.zh);

function isTrace(value: unknown): value is Trace {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'rule' && Array.isArray((value as { children?: unknown }).children);
}

/** Long exact quotients are shown to 10 decimals with an ellipsis; the trace keeps every digit. */
function display(value: unknown): string {
  const s = String(value);
  const m = /^(-?\d+\.\d{10})\d{3,}$/.exec(s);
  return m ? `${m[1]}…` : s;
}

function render(node: TraceNode, locale: Locale, depth: number, quoted: Set<string> | undefined, out: string[]): void {
  const pad = '  '.repeat(depth);
  const w = W[locale];
  const sep = locale === 'en' ? ': ' : '：';
  switch (node.kind) {
    case 'rule': {
      const title = pick(node.title, locale);
      const heading = pick(CLAUSES[node.clause], locale);
      // English headings start with the clause id; name the heading only when it adds something.
      const bare = heading.replace(/^[0-9.]+\s+/, '');
      out.push(`${pad}[${node.clause}] ${title}${bare.toLowerCase() === title.toLowerCase() ? '' : ` — ${heading}`}`);
      for (const c of node.children) render(c, locale, depth + 1, quoted, out);
      return;
    }
    case 'input':
      out.push(`${pad}${w.input}${sep}${pick(node.label, locale)} = ${display(node.value)}`);
      return;
    case 'param': {
      const extras: string[] = [];
      if (node.planValue !== undefined) extras.push(`${w.whatIf} ${node.planValue}`);
      if (node.interpretation !== undefined) extras.push(`${w.reading} ${node.interpretation}`);
      let cite = `${w.clause} ${node.clause}`;
      const key = `${node.clause}|${node.quote}`;
      if (quoted && !quoted.has(key)) {
        quoted.add(key);
        cite += locale === 'en' ? ` “${node.quote}”` : `「${node.quote}」`;
      }
      const extra = extras.length > 0 ? (locale === 'en' ? ` (${extras.join('; ')})` : `（${extras.join('；')}）`) : '';
      const unit = locale === 'en' ? node.unit : (UNIT_ZH[node.unit] ?? node.unit);
      out.push(`${pad}${w.param}${sep}${pick(node.label, locale)} = ${String(node.value)} ${unit}${extra} [${cite}]`);
      return;
    }
    case 'step':
      out.push(`${pad}${w.step}${sep}${pick(node.label, locale)} = ${display(node.value)}`);
      return;
    case 'branch': {
      const text = pick(node.label, locale);
      // a label that already names its clause is not followed by the clause again
      const cite = node.clause !== undefined && !text.includes(node.clause) ? ` [${w.clause} ${node.clause}]` : '';
      out.push(`${pad}${w.branch}${sep}${text}${cite}`);
      return;
    }
      return;
    case 'round':
      out.push(`${pad}${w.round}${sep}${node.name} ${display(node.exact)} → ${node.rounded} (${pick(node.label, locale)})`);
      return;
    case 'result':
      out.push(`${pad}${w.result}${sep}${pick(node.label, locale)} = ${display(node.value)}`);
      return;
  }
}

/**
 * Renders a result (anything with a `trace`) or a trace as multi-line text: the rule and its clause,
 * the inputs, each parameter with its clause (quoted verbatim the first time), the steps, the branch
 * taken and why, the rounding, and the results.
 *
 * @param result - a rule's result, or its `trace`.
 * @param options - `{ locale: 'zh-CN' | 'en', quotes?: boolean }`; Chinese by default.
 * @returns the explanation, lines joined with '\n'.
 * @throws {@link PolicyInputError} when `result` has no trace, or on an unknown locale or option.
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
  let trace: unknown;
  try {
    trace = isTrace(result) ? result : (result as { trace?: unknown } | null | undefined)?.trace;
  } catch {
    trace = undefined;
  }
  if (!isTrace(trace)) {
    throw new PolicyInputError('explain', [{
      path: [], code: 'not_a_result',
      message: 'must be a result of this library (with a trace) or a trace',
      messageZh: '必须是本库的计算结果（带 trace）或 trace 本身',
    }]);
  }
  const o = parseInput('explain', OptionsSchema, options);
  const out: string[] = [];
  try {
    render(trace, o.locale ?? 'zh-CN', 0, o.quotes === false ? undefined : new Set(), out);
  } catch {
    // a hand-made or damaged trace (unknown clause or node kind, a label that is not text, a Proxy)
    throw new PolicyInputError('explain', [{
      path: ['trace'], code: 'invalid_trace',
      message: 'is not a trace made by this library', messageZh: '不是本库生成的计算轨迹',
    }]);
  }
  return out.join('\n');
}
