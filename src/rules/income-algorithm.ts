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
import { boundaryTest } from '../core/boundary.js';
import type { Calculator } from '../core/calculator.js';
import type { CalcPlan } from './calc-plan.js';

/** The words of clause 1 (I-1): 达到…以上 and 占比…以上 include the number, 控制在…以下 includes it, disposable income 超过 0. */
const REACHES = boundaryTest('以上');
const AT_MOST = boundaryTest('以下');
const ABOVE = boundaryTest('超过');

/** The figures of clause 1 for one household (or a population's sums). */
export interface IncomeOutcome<M, R> {
  /** Net transfer income, with the change added when one is given. */
  readonly netTransfer: M;
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

/** {@link IncomeOutcome}, writable: a caller that runs many households may hand one in to be filled. */
export type IncomeOutcomeSlot<M, R> = { -readonly [K in keyof IncomeOutcome<M, R>]: IncomeOutcome<M, R>[K] };

/**
 * Clause 1's figures and targets for `members` persons (≥ 1) with income `i` (net transfers plus
 * `extraTransfer`, a reform's change, I-9) and, optionally, the previous per-capita figure. Fills
 * `out` when given (the population path reuses one), else a new object. `shares`: also the rounded
 * per-capita figure, growth and shares that results show (a population's sums need only the targets
 * met; its rows ask for them).
 */
export function incomeFigures<M, R, P>(
  c: Calculator<M, R, P>, members: number, i: IncomeParts<M>, previous: M | undefined, p: CalcPlan<M, R>,
  extraTransfer?: M, out?: IncomeOutcomeSlot<M, R>, shares = true,
): IncomeOutcome<M, R> {
  const netTransfer = extraTransfer === undefined ? i.netTransfer : c.add(i.netTransfer, extraTransfer);
  const disposable = c.add(c.add(c.add(i.wage, i.netOperating), i.netProperty), netTransfer);
  let perCapita = c.zero;
  if (shares) {
    const rounded = c.roundFen(c.lift(disposable, 1), members);
    if (c.cmp(rounded, c.zero) !== 0) perCapita = rounded;
  }
  // 人均可支配收入达到16710元以上: disposable ≥ 16710 × members.
  const metPerCapita = REACHES(c.cmp(disposable, c.mulInt(p.perCapitaIncome, members)));
  // 年增幅达15%以上: disposable ≥ (1 + 15%) × previous × members.
  let growth: R | null = null;
  let metGrowth: boolean | null = null;
  if (previous !== undefined) {
    const base = c.mulInt(previous, members);
    if (shares) growth = c.share4(c.sub(disposable, base), base);
    metGrowth = REACHES(c.cmpTimes(disposable, base, p.growthFactor));
  }
  // 转移性收入占比控制在80%以下; 其他收入占比20%以上 — undefined when disposable income ≤ 0.
  let transferShare: R | null = null;
  let otherShare: R | null = null;
  let metTransfer = false;
  let metOther = false;
  if (ABOVE(c.cmp(disposable, c.zero))) {
    if (shares) {
      transferShare = c.share4(netTransfer, disposable);
      otherShare = c.rateSub(p.one, transferShare);
    }
    metTransfer = AT_MOST(c.cmpTimes(netTransfer, disposable, p.maxTransferShare));
    metOther = REACHES(c.cmpTimes(c.sub(disposable, netTransfer), disposable, p.minOtherShare));
  }
  if (out === undefined) return { netTransfer, disposable, perCapita, metPerCapita, growth, metGrowth, transferShare, otherShare, metTransfer, metOther };
  out.netTransfer = netTransfer; out.disposable = disposable; out.perCapita = perCapita; out.metPerCapita = metPerCapita;
  out.growth = growth; out.metGrowth = metGrowth; out.transferShare = transferShare; out.otherShare = otherShare;
  out.metTransfer = metTransfer; out.metOther = metOther;
  return out;
}
