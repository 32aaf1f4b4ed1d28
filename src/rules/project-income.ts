/**
 * 二（三）9. 打造共富联盟促增收行动 (clause 2.3.9) — the share of a project's income for the village's
 * low-income households.
 *
 * > 每个项目的收益中，至少30%要用于本村低收入农户的生产生活和困难补助。
 *
 * Reading I-8: the amount required is 30% of the project's income for the period, rounded *up* to the
 * fen (a minimum is never rounded below itself); nothing is required when the income is zero or a loss.
 * Compliance compares exact values: allocated ≥ 0.30 × income (至少 includes the number, I-1).
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal, formatPercent, formatYuan, roundFenUp, ZERO, type DecimalInput } from '../core/decimal.js';
import { meets } from '../core/boundary.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { decimalSchema, moneySchema, parseInput } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
import { PROJECT_INCOME_TEXT as TEXT } from './messages/project-income.js';
import type { Plan } from '../plan/types.js';

/** Input of {@link projectIncomeRule}: one project over one period. */
export interface ProjectIncomeInput {
  /** The project's income (收益) for the period, in yuan. May be negative (a loss) or zero. */
  readonly income: DecimalInput;
  /** What was used for the village's low-income households (生产生活和困难补助), in yuan. */
  readonly allocatedToLowIncome: DecimalInput;
}

/** Result of {@link projectIncomeRule}. */
export interface ProjectIncomeResult {
  /** The least amount that must go to low-income households: 30% of the income rounded up to the fen; 0 when income ≤ 0. */
  readonly required: Decimal;
  /** Whether allocated ≥ 30% × income, compared exactly. Always true when income ≤ 0. */
  readonly compliant: boolean;
  /** What is missing, in yuan (rounded up to the fen); 0 when compliant. */
  readonly shortfall: Decimal;
  readonly trace: Trace;
}

const ProjectIncomeSchema = once(() => z.strictObject({
  income: decimalSchema({ nonNegative: false, what: 'amount' }),
  allocatedToLowIncome: moneySchema(),
}));

const TITLE: Text = TEXT.title;
const EMPTY_TRACE: Trace = Object.freeze({ kind: 'rule', rule: 'projectIncomeRule', clause: '2.3.9', title: TITLE, children: Object.freeze([]) });

/**
 * Unchecked core of {@link projectIncomeRule}: `allocated` is already validated as non-negative.
 * @internal
 */
export function projectIncomeCore(income: Decimal, allocated: Decimal, plan: Plan, withTrace: boolean): ProjectIncomeResult {
  const p = plan.params.projectIncome.minLowIncomeShare;
  const share = formatPercent(p.value);
  const t = withTrace
    ? new TraceBuilder('projectIncomeRule', '2.3.9', TITLE)
        .input('income', income, TEXT.income)
        .input('allocatedToLowIncome', allocated, TEXT.allocatedToLowIncome)
        .param('minLowIncomeShare', p, TEXT.minLowIncomeShare)
    : undefined;

  const exactRequired = income.times(p.value);
  const compliant = meets(allocated, '至少', exactRequired);
  let required = ZERO;
  if (meets(income, '超过', ZERO)) {
    required = roundFenUp(exactRequired);
    t?.step('exactRequired', exactRequired, TEXT.exactRequired(income.toString(), share))
      .round('required', exactRequired, required, 'up');
  } else {
    t?.branch('income', 'no-income', TEXT.noIncome, '2.3.9');
  }

  let shortfall = ZERO;
  if (compliant) {
    t?.branch('compliant', 'compliant', TEXT.compliant(allocated.toString(), share), '2.3.9');
  } else {
    const missing = required.minus(allocated);
    shortfall = roundFenUp(missing);
    t?.branch('compliant', 'not-compliant', TEXT.notCompliant(allocated.toString(), share), '2.3.9').round('shortfall', missing, shortfall, 'up');
  }
  t?.result('required', formatYuan(required), TEXT.required)
    .result('compliant', compliant, TEXT.isCompliant)
    .result('shortfall', formatYuan(shortfall), TEXT.shortfall);
  return Object.freeze({ required, compliant, shortfall, trace: t ? t.done() : EMPTY_TRACE });
}

/**
 * Whether a collective project gives at least 30% of its income to the village's low-income
 * households (clause 2.3.9).
 *
 * 「每个项目的收益中，至少30%要用于本村低收入农户的生产生活和困难补助。」
 *
 * `required` is 30% of the income rounded up to the fen, or 0 when the income is zero or a loss.
 * `compliant` compares exact values, allocated ≥ 0.30 × income, so an allocation of a fraction of a
 * fen can comply although it is below `required`. `shortfall` is 0 when compliant, otherwise
 * `required − allocated` rounded up to the fen (I-8).
 *
 * @param input - `{ income, allocatedToLowIncome }` in yuan; income may be negative.
 * @param plan - the plan to apply (default {@link LANXI_2023}); `projectIncome.minLowIncomeShare` can be changed with `plan.with()`.
 * @returns `{ required, compliant, shortfall, trace }`.
 * @throws {@link PolicyInputError} on a non-numeric income, or a negative or non-numeric allocation.
 * @example
 * ```ts
 * projectIncomeRule({ income: 100000, allocatedToLowIncome: 30000 }).compliant;
 * //=> true (exactly 30%: 至少 includes the number)
 * projectIncomeRule({ income: '1000.01', allocatedToLowIncome: 300 }).required.toString();
 * //=> '300.01' (300.003 rounded up)
 * projectIncomeRule({ income: -5000, allocatedToLowIncome: 0 }).required.toString();
 * //=> '0' (a loss: nothing required)
 * ```
 */
export function projectIncomeRule(input: ProjectIncomeInput, plan: Plan = LANXI_2023): ProjectIncomeResult {
  const i = parseInput('projectIncomeRule', ProjectIncomeSchema(), input);
  plan = checkPlan('projectIncomeRule', plan);
  return projectIncomeCore(i.income, i.allocatedToLowIncome, plan, true);
}
