/**
 * A plan's parameters in whole-number form, and the texts the rules' traces show for them, made
 * once per plan (plans are immutable) for the rules' integer engines.
 *
 * @module
 * @internal
 */
import { formatPercent, type Decimal } from '../core/decimal.js';
import type { Param, Plan } from '../plan/types.js';
import { fenOfDecimal, ratioOfDecimal } from './fen.js';

/** `num / den`, den a power of ten. */
export interface WholeRatio {
  readonly num: number;
  readonly den: number;
  /** log10(den). */
  readonly dp: number;
}

/** The parameters the household rules read, as whole numbers; a field is `undefined` when its value does not fit. */
export interface PlanForm {
  /** Clause 1: the per-capita target in fen. NaN when it is not whole fen. */
  readonly targetFen: number;
  readonly growthRate: WholeRatio | undefined;
  readonly maxTransferShare: WholeRatio | undefined;
  readonly minOtherShare: WholeRatio | undefined;
  /** Clause 2.3.8. */
  readonly rateShare: WholeRatio | undefined;
  readonly floorRate: WholeRatio | undefined;
  /** NaN when it is not whole fen. */
  readonly capFen: number;
  readonly dayCountBasis: number;
  /** Clause 2.3.4: the grant in fen; NaN when it is not whole fen. */
  readonly grantFen: number;
  /**
   * The parameters as the traces show them: each with its value already written as text (what a
   * trace's `param` node holds), so a trace does not write the same Decimal again on every call.
   */
  readonly shown: {
    readonly perCapitaIncome: Param<string>;
    readonly growthRate: Param<string>;
    readonly maxTransferShare: Param<string>;
    readonly minOtherShare: Param<string>;
    readonly rateShare: Param<string>;
    readonly floorRate: Param<string>;
    readonly principalCapPerYear: Param<string>;
    readonly grantAmount: Param<string>;
  };
  /** The texts the traces show, exactly as `formatPercent` and `Decimal#toString` write them. */
  readonly text: {
    readonly perCapitaIncome: string;
    readonly growthRate: string;
    readonly maxTransferShare: string;
    readonly minOtherShare: string;
    readonly rateShare: string;
    readonly floorRate: string;
    readonly grantAmount: string;
  };
}

function ratio(x: Parameters<typeof ratioOfDecimal>[0]): WholeRatio | undefined {
  const r = ratioOfDecimal(x);
  return r === undefined || r.dp > 9 ? undefined : { num: r.num, den: 10 ** r.dp, dp: r.dp };
}

/** A parameter with its value as the text a trace shows for it (`Decimal#toString`). */
function shownParam(p: Param<Decimal>): Param<string> {
  return Object.freeze({ ...p, value: p.value.toString() });
}

/** The whole-number form of a plan's parameters, made once per plan. */
export const planForm: (plan: Plan) => PlanForm = perPlan((plan): PlanForm => {
  const tg = plan.params.targets;
  const mc = plan.params.microcredit;
  const grant = plan.params.vocationalGrant.amount.value;
  return Object.freeze({
    targetFen: fenOfDecimal(tg.perCapitaIncome.value),
    growthRate: ratio(tg.growthRate.value),
    maxTransferShare: ratio(tg.maxTransferShare.value),
    minOtherShare: ratio(tg.minOtherShare.value),
    rateShare: ratio(mc.rateShare.value),
    floorRate: ratio(mc.floorRate.value),
    capFen: fenOfDecimal(mc.principalCapPerYear.value),
    dayCountBasis: mc.dayCountBasis.value,
    grantFen: fenOfDecimal(grant),
    shown: Object.freeze({
      perCapitaIncome: shownParam(tg.perCapitaIncome),
      growthRate: shownParam(tg.growthRate),
      maxTransferShare: shownParam(tg.maxTransferShare),
      minOtherShare: shownParam(tg.minOtherShare),
      rateShare: shownParam(mc.rateShare),
      floorRate: shownParam(mc.floorRate),
      principalCapPerYear: shownParam(mc.principalCapPerYear),
      grantAmount: shownParam(plan.params.vocationalGrant.amount),
    }),
    text: Object.freeze({
      perCapitaIncome: tg.perCapitaIncome.value.toString(),
      growthRate: formatPercent(tg.growthRate.value),
      maxTransferShare: formatPercent(tg.maxTransferShare.value),
      minOtherShare: formatPercent(tg.minOtherShare.value),
      rateShare: formatPercent(mc.rateShare.value),
      floorRate: formatPercent(mc.floorRate.value),
      grantAmount: grant.toString(),
    }),
  });
});

/**
 * `make`, made once per plan: what a rule derives from a plan alone (its trace nodes, its texts)
 * is kept with the plan. A cache, not state: a plan never changes, so neither does what is made from it.
 */
export function perPlan<T>(make: (plan: Plan) => T): (plan: Plan) => T {
  const made = new WeakMap<Plan, T>();
  return (plan) => {
    let v = made.get(plan);
    if (v === undefined) {
      v = make(plan);
      made.set(plan, v);
    }
    return v;
  };
}
