/**
 * What is derived from a plan alone (a rule's parameters in a calculator's values, its trace nodes),
 * made once per plan and kept with it. A cache, not state: a plan never changes, so neither does
 * what is made from it.
 *
 * @module
 * @internal
 */
import type { Plan } from './types.js';

/**
 * `make`, made once per plan.
 *
 * @example
 * ```ts
 * const floorText = perPlan((plan) => plan.params.microcredit.floorRate.value.toString());
 * floorText(LANXI_2023); //=> '0.03' (computed once, then kept)
 * ```
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
