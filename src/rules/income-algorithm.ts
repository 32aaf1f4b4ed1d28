/**
 * 一、工作目标 (clause 1) — the income figures and targets, written once over a calculator.
 *
 * > 低收入农户人均可支配收入达到16710元以上，年增幅达15%以上，转移性收入占比控制在80%以下，
 * > 工资性收入、经营性净收入等其他收入占比20%以上
 *
 * Readings: I-1 (以上 and 以下 include the number), I-9 (NBS definitions: disposable income = the four
 * components; per capita = disposable ÷ members; shares of disposable income, undefined when it is
 * not above 0; growth against the previous per-capita figure), I-12 (money to the fen, shares and
 * rates to 4 decimals, half up; comparisons on exact values).
 *
 * @module
 * @internal
 */
import { comparisonMeets } from '../core/boundary.js';
import type { Calculator } from '../core/calculator.js';
import type { CalcPlan } from './calc-plan.js';

/** The figures of clause 1 for one household (or a population's sums). */
export interface IncomeOutcome<M, R> {
  readonly disposable: M;
  /** Disposable ÷ members, half up to the fen. */
  readonly perCapita: M;
  readonly metPerCapita: boolean;
  /** `null` without a previous figure. */
  readonly growth: R | null;
  readonly metGrowth: boolean | null;
  /** `null` (and `otherShare`) when disposable income is not above 0. */
  readonly transferShare: R | null;
  readonly otherShare: R | null;
  readonly metTransfer: boolean;
  readonly metOther: boolean;
}

/** The four components (or their sums) in a calculator's values. */
export interface IncomeParts<M> {
  readonly wage: M;
  readonly netOperating: M;
  readonly netProperty: M;
  readonly netTransfer: M;
}

/** Clause 1's figures and targets for `members` persons (≥ 1) with income `i` and, optionally, the previous per-capita figure. */
export function incomeFigures<M, R, P>(c: Calculator<M, R, P>, members: number, i: IncomeParts<M>, previous: M | undefined, p: CalcPlan<M, R>, one: R): IncomeOutcome<M, R> {
  const disposable = c.add(c.add(c.add(i.wage, i.netOperating), i.netProperty), i.netTransfer);
  const rounded = c.roundFen(c.lift(disposable, 1), members);
  const perCapita = c.cmp(rounded, c.zero) === 0 ? c.zero : rounded;
  // 人均可支配收入达到16710元以上: disposable ≥ 16710 × members.
  const metPerCapita = comparisonMeets(c.cmp(disposable, c.mulInt(p.perCapitaIncome, members)), '以上');
  // 年增幅达15%以上: disposable ≥ (1 + 15%) × previous × members.
  let growth: R | null = null;
  let metGrowth: boolean | null = null;
  if (previous !== undefined) {
    const base = c.mulInt(previous, members);
    growth = c.share4(c.sub(disposable, base), base);
    metGrowth = comparisonMeets(c.cmpProduct(c.lift(disposable, 1), c.product(base, p.growthFactor, 1)), '以上');
  }
  // 转移性收入占比控制在80%以下; 其他收入占比20%以上 — undefined when disposable income ≤ 0.
  let transferShare: R | null = null;
  let otherShare: R | null = null;
  let metTransfer = false;
  let metOther = false;
  if (comparisonMeets(c.cmp(disposable, c.zero), '超过')) {
    transferShare = c.share4(i.netTransfer, disposable);
    otherShare = c.rateSub(one, transferShare);
    metTransfer = comparisonMeets(c.cmpProduct(c.lift(i.netTransfer, 1), c.product(disposable, p.maxTransferShare, 1)), '以下');
    metOther = comparisonMeets(c.cmpProduct(c.lift(c.sub(disposable, i.netTransfer), 1), c.product(disposable, p.minOtherShare, 1)), '以上');
  }
  return { disposable, perCapita, metPerCapita, growth, metGrowth, transferShare, otherShare, metTransfer, metOther };
}
