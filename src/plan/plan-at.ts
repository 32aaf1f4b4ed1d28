/**
 * Which plan is in force on a date (clause 4).
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { PlanNotInForceError } from '../core/errors.js';
import { dateSchema, parseInput } from '../core/validate.js';
import { LANXI_2023 } from './lanxi-2023.js';
import type { Plan } from './types.js';

const PlanAtSchema = once(() => dateSchema());

/** A plan made by this library: LANXI_2023 or the result of `plan.with()` (frozen, with a string effectiveFrom). */
const planLike = once(() => z.custom<Plan>((v) => {
  try {
    return typeof v === 'object' && v !== null && Object.isFrozen(v) && typeof (v as Plan).effectiveFrom === 'string'
      && typeof (v as Plan).with === 'function' && typeof (v as Plan).params === 'object';
  } catch {
    return false;
  }
}, { error: 'must be a plan (LANXI_2023 or the result of plan.with())' }));
/** The most plans `planAt` chooses among. */
const MAX_PLANS = 1000;
const PlansSchema = once(() => z.array(planLike()).min(1).max(MAX_PLANS));

/**
 * The plan in force on a date. Clause 4: "本《行动方案》自2023年5月13日起实施。" The plan is the
 * 2023 plan: it is in force from 2023-05-13 to the end of its period, 2023-12-31 (`plan.period.to`).
 *
 * @param date - 'YYYY-MM-DD' or a Date (read in China Standard Time).
 * @param plans - the plans to choose from (default: the 2023 plan).
 * @returns the plan with the latest `effectiveFrom` on or before `date`.
 * @throws {@link PlanNotInForceError} when no plan is in force yet (before 2023-05-13), or the date is after the period of the plan that would be.
 * @throws {@link PolicyInputError} when the date is not a real date.
 * @example
 * ```ts
 * planAt('2023-05-13').id; //=> 'lanxi-2023'
 * planAt('2023-05-12');    // throws PlanNotInForceError
 * planAt('2024-01-01');    // throws PlanNotInForceError (after 2023-12-31)
 * ```
 */
export function planAt(date: string | Date, plans: readonly Plan[] = [LANXI_2023]): Plan {
  const iso = parseInput('planAt', PlanAtSchema(), date);
  const list = parseInput('planAt', PlansSchema(), plans, MAX_PLANS) as readonly Plan[];
  let found: Plan | undefined;
  for (const p of list) {
    if (p.effectiveFrom <= iso && (found === undefined || p.effectiveFrom > found.effectiveFrom)) found = p;
  }
  if (!found) {
    const earliest = list.map((p) => p.effectiveFrom).sort()[0] ?? LANXI_2023.effectiveFrom;
    throw new PlanNotInForceError(iso, earliest);
  }
  if (iso > found.period.to) throw new PlanNotInForceError(iso, found.effectiveFrom, found.period.to);
  return found;
}
