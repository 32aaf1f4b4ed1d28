/**
 * The plan's numbers and readings in a calculator's values, made once per plan and calculator: what
 * each rule's algorithm reads instead of the plan's Decimals. A plan whose numbers do not fit the
 * whole-fen calculator marks it failed, so the run goes to the Decimal calculator.
 *
 * @module
 * @internal
 */
import { DECIMAL, FEN, type Calculator } from '../core/calculator.js';
import { Decimal } from '../core/decimal.js';
import { perPlan } from '../plan/per-plan.js';
import type { Plan } from '../plan/types.js';
import type { LoanParams } from './loan-algorithm.js';

/** The plan's household-rule values in one calculator's values. */
export interface CalcPlan<M, R> {
  readonly loans: LoanParams<M, R>;
  /** 2.3.4: the grant per household per academic year. */
  readonly grant: M;
  /** 1: the per-capita line, 1 + the growth target, the transfer and other-income shares. */
  readonly perCapitaIncome: M;
  readonly growthFactor: R;
  readonly maxTransferShare: R;
  readonly minOtherShare: R;
  /** The rate 1 (all of a share). */
  readonly one: R;
}

const ONE = new Decimal(1);

function make<M, R, P>(c: Calculator<M, R, P>, plan: Plan): CalcPlan<M, R> {
  const mc = plan.params.microcredit;
  const rd = plan.readings;
  const tg = plan.params.targets;
  return Object.freeze({
    loans: Object.freeze({
      rateShare: c.fromRate(mc.rateShare.value),
      floorRate: c.fromRate(mc.floorRate.value),
      principalCap: c.fromMoney(mc.principalCapPerYear.value),
      dayCountBasis: mc.dayCountBasis.value,
      capBasis: rd.capBasis.value,
      overdue: rd.overdue.value,
      subsidyAboveActualRate: rd.subsidyAboveActualRate.value,
    }),
    grant: c.fromMoney(plan.params.vocationalGrant.amount.value),
    perCapitaIncome: c.fromMoney(tg.perCapitaIncome.value),
    growthFactor: c.rateAdd(c.fromRate(ONE), c.fromRate(tg.growthRate.value)),
    maxTransferShare: c.fromRate(tg.maxTransferShare.value),
    minOtherShare: c.fromRate(tg.minOtherShare.value),
    one: c.fromRate(ONE),
  });
}

const decimalForm = perPlan((plan) => make(DECIMAL, plan));
const fenForm = perPlan((plan): CalcPlan<number, number> | null => {
  const failed = FEN.failed;
  FEN.failed = false;
  const f = make(FEN, plan);
  const ok = !FEN.failed;
  FEN.failed = failed;
  return ok ? f : null;
});

/**
 * The plan in `c`'s values. Over the whole-fen calculator, a plan that does not fit marks it failed
 * (and gives the values of the plan in fen as far as they go, which the caller then discards).
 *
 * @example
 * ```ts
 * import { FEN } from '../core/calculator.js';
 * calcPlan(FEN, LANXI_2023).loans.floorRate; //=> 30000 (3% over 10^6)
 * ```
 */
export function calcPlan<M, R, P>(c: Calculator<M, R, P>, plan: Plan): CalcPlan<M, R> {
  if (c.name === 'decimal') return decimalForm(plan) as unknown as CalcPlan<M, R>;
  const f = fenForm(plan);
  if (f === null) {
    c.failed = true;
    return make(c, plan);
  }
  return f as unknown as CalcPlan<M, R>;
}
