/**
 * The whole population under one plan: the batch path (validate once, unchecked cores, no traces).
 *
 * @module
 */
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import type { Plan } from '../plan/types.js';
import type { Household } from '../schema/household.js';
import { scenario } from './evaluate.js';
import { attachPrepared, parseRunOptions, prepare, type Prepared } from './prepare.js';
import { runPopulation, summaryOf } from './totals.js';
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
  /**
   * The valid households, validated and frozen, in input order: pass them (or the prepared
   * population itself) to `simulate`, `compare`, `sweep` or `assessHousehold` as often as needed
   * without validating again. Built when first read (about 1 KB a household, with its Decimals);
   * passing the prepared population itself never builds them.
   */
  readonly households: readonly Household[];
  /** The households that failed validation, with their index and issues. */
  readonly errors: readonly HouseholdError[];
  /** How many households are valid (the length of `households`, without building them). */
  readonly size: number;
}

/** The public face of a validated population. */
export function preparedPopulation(p: Prepared): PreparedPopulation {
  const out = {};
  Object.defineProperty(out, 'households', { enumerable: true, get: () => p.households() });
  Object.defineProperty(out, 'errors', { enumerable: true, value: p.errors });
  Object.defineProperty(out, 'size', { enumerable: true, value: p.store.size });
  attachPrepared(out, p);
  return Object.freeze(out) as PreparedPopulation;
}

/**
 * Validates a population once, into a compact column store (about 150 bytes a household: money in
 * whole fen, dates as day numbers). The result can be passed to `simulate`, `compare` and `sweep`
 * as it is — so can its `households` — and none of them validates it again: the notebook path
 * (validate a population once, then try many reforms). Its `households` are built as frozen
 * {@link Household} objects when first read, and `assessHousehold` takes each of them without
 * validating it again.
 *
 * @param households - an array of household JSON (or of households validated before), or a
 *   prepared population (returned as it is).
 * @returns `{ households, errors, size }`: the valid households, one error per invalid one, and how many are valid.
 * @throws {@link PolicyInputError} when `households` is not an array.
 * @example
 * ```ts
 * const prepared = preparePopulation(syntheticPopulation({ size: 10000, seed: 1 }));
 * prepared.errors.length; //=> 0
 * prepared.size;          //=> 10000
 * simulate(prepared, { year: 2023 }); // no validation this time, and no Household object built
 * ```
 */
export function preparePopulation(households: readonly unknown[] | PreparedPopulation): PreparedPopulation {
  const p = prepare('preparePopulation', households);
  return preparedPopulation(p);
}

/**
 * Runs every household-level rule over a population under one plan and adds the results up:
 * the cost by benefit (clause 2.3.8 micro-credit subsidy, clause 2.3.4 vocational grant) and the
 * population's income figures against the targets of clause 1.
 *
 * 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * 工资性收入、经营性净收入等其他收入占比20%以上。」
 *
 * Each household is validated once (a population from `preparePopulation`, or households from
 * `parseHousehold` / `parseHouseholds`, not at all); then the
 * rules run without traces, in whole fen on the batch engine wherever the values fit and on the
 * rules' Decimal cores otherwise — the same answer to the fen. Invalid households are reported in `errors`
 * (index, id, issues with paths) and the valid ones are assessed. The population figures follow
 * I-9: per capita = Σ disposable income / Σ members, shares = Σ net transfer / Σ disposable income
 * — never a mean of household figures. Growth is computed over the households that report
 * `previousPerCapita`: Σ their disposable income / Σ (previousPerCapita × members) − 1, so last
 * year and this year cover the same households (a household without a previous figure counts in
 * every other figure but not in growth). Incomes are taken as reported: they already hold what the
 * households received. Each household's total equals `assessHousehold(...).totalEntitlement`.
 * The `perHousehold` rows are built when first read, so a summary of a large population costs
 * nothing per household until they are.
 *
 * @param households - household JSON, or a population from `preparePopulation` (or its `households`).
 * @param options - `{ year, plan? }`.
 * @returns `{ year, plan, households, members, totalEntitlement, byBenefit, recipients, targets, perHousehold, errors }`.
 * @throws {@link PolicyInputError} when `households` is not an array, or on an invalid year or plan
 *   (invalid households are reported in `errors`, not thrown).
 * @example
 * ```ts
 * const s = simulate(syntheticPopulation({ size: 10000, seed: 2023 }), { year: 2023 });
 * s.households;                       //=> 10000
 * s.totalEntitlement.toFixed(2);      //=> '2622699.26' (the plan's cost for these rules, to the fen)
 * s.targets.perCapita?.toFixed(2);    //=> '16731.46' (Σ income / Σ members)
 * s.targets.met;                      //=> { perCapita: true, growth: false, transferShare: true, otherShare: true }
 * ```
 */
export function simulate(households: readonly unknown[] | PreparedPopulation, options: SimulateOptions): PopulationSummary {
  const { year, plan: given } = parseRunOptions('simulate', options);
  const plan = given ?? LANXI_2023;
  const p = prepare('simulate', households);
  const base = scenario(year, plan);
  return summaryOf(p, runPopulation(p, base, undefined).base, { base });
}
