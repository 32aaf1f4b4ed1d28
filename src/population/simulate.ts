/**
 * The whole population under one plan: the batch path (validate once, unchecked cores, no traces).
 *
 * @module
 */
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import type { Plan } from '../plan/types.js';
import type { Household } from '../schema/household.js';
import { evaluateAll, parseRunOptions, prepare, summarize } from './engine.js';
import type { HouseholdError, PopulationSummary } from './types.js';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** The calendar year whose entitlements are computed (1900–2199). */
  readonly year: number;
  /** The plan to apply (default {@link LANXI_2023}). */
  readonly plan?: Plan;
}

/** Result of {@link preparePopulation}. */
export interface PreparedPopulation {
  /** The valid households, validated and frozen, in input order: pass them to `simulate`, `compare` or `sweep` as often as needed without validating again. */
  readonly households: readonly Household[];
  /** The households that failed validation, with their index and issues. */
  readonly errors: readonly HouseholdError[];
}

/**
 * Validates a population once. The households returned are frozen and remembered as valid, so
 * `simulate`, `compare`, `sweep` and `assessHousehold` use them as they are, without validating
 * them again: the notebook path (validate 10000 households once, then try many reforms).
 *
 * @param households - an array of household JSON (or of households validated before).
 * @returns `{ households, errors }`: the valid households and one error per invalid one.
 * @throws {@link PolicyInputError} when `households` is not an array.
 * @example
 * ```ts
 * const { households, errors } = preparePopulation(syntheticPopulation({ size: 10000, seed: 1 }));
 * errors.length; //=> 0
 * simulate(households, { year: 2023 }); // no validation this time
 * ```
 */
export function preparePopulation(households: readonly unknown[]): PreparedPopulation {
  const p = prepare('preparePopulation', households);
  return Object.freeze({ households: Object.freeze(p.households.slice()), errors: p.errors });
}

/**
 * Runs every household-level rule over a population under one plan and adds the results up:
 * the cost by benefit (clause 2.3.8 micro-credit subsidy, clause 2.3.4 vocational grant) and the
 * population's income figures against the targets of clause 1.
 *
 * 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * 工资性收入、经营性净收入等其他收入占比20%以上。」
 *
 * Each household is validated once (households from `preparePopulation` not at all); then the
 * rules' unchecked cores run without building traces. Invalid households are reported in `errors`
 * (index, id, issues with paths) and the valid ones are assessed. The population figures follow
 * I-9: per capita = Σ disposable income / Σ members, shares = Σ net transfer / Σ disposable income
 * — never a mean of household figures. Growth is computed over the households that report
 * `previousPerCapita`: Σ their disposable income / Σ (previousPerCapita × members) − 1, so last
 * year and this year cover the same households (a household without a previous figure counts in
 * every other figure but not in growth). Incomes are taken as reported: they already hold what the
 * households received. Each household's total equals `assessHousehold(...).totalEntitlement`.
 *
 * @param households - household JSON (or households from `preparePopulation`).
 * @param options - `{ year, plan? }`.
 * @returns `{ year, plan, households, members, totalEntitlement, byBenefit, recipients, targets, perHousehold, errors }`.
 * @throws {@link PolicyInputError} when `households` is not an array, or on an invalid year or plan
 *   (invalid households are reported in `errors`, not thrown).
 * @example
 * ```ts
 * const s = simulate(syntheticPopulation({ size: 10000, seed: 2023 }), { year: 2023 });
 * s.households;                       //=> 10000
 * s.totalEntitlement.toFixed(2);      //=> '2634912.51' (the plan's cost for these rules, to the fen)
 * s.targets.perCapita?.toFixed(2);    //=> '16731.46' (Σ income / Σ members)
 * s.targets.met;                      //=> { perCapita: true, growth: false, transferShare: true, otherShare: true }
 * ```
 */
export function simulate(households: readonly unknown[], options: SimulateOptions): PopulationSummary {
  const { year, plan: given } = parseRunOptions('simulate', options);
  const plan = given ?? LANXI_2023;
  const p = prepare('simulate', households);
  return summarize(p.households, evaluateAll(p.households, year, plan), year, plan, p.errors);
}
