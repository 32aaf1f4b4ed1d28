/**
 * What-if analysis: the population under a baseline plan and under a reform, side by side.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { ZERO, type Decimal } from '../core/decimal.js';
import { isPolicyInputError, PolicyInputError } from '../core/errors.js';
import { parseInput, yearSchema } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import type { Plan, PlanOverrides } from '../plan/types.js';
import { evaluatePair, scenario, type Evaluated, type Scenario } from './evaluate.js';
import { isPlan, planSchema, prepare, type Prepared } from './prepare.js';
import { lazyProperty, reaches, runPopulation, summaryOf } from './totals.js';
import type { PreparedPopulation } from './simulate.js';
import type { Comparison, ComparisonDelta, ComparisonRow, Crossing, PopulationSummary } from './types.js';
import { COMPARE_TEXT as TEXT } from './messages/compare.js';

/** Options of {@link compare}. */
export interface CompareOptions {
  /** The calendar year whose entitlements are computed (1900–2199). */
  readonly year: number;
  /** The plan the households' reported incomes reflect (default {@link LANXI_2023}). */
  readonly baseline?: Plan;
  /** The reform: a plan, or overrides applied to the baseline with `baseline.with(reform)`. */
  readonly reform: Plan | PlanOverrides;
}

const CompareOptionsSchema = once(() => z.strictObject({
  year: yearSchema(),
  baseline: planSchema().optional(),
  reform: z.any().transform((v, ctx): unknown => {
    if (v === undefined || v === null) {
      ctx.addIssue({ code: 'custom', message: TEXT.reformRequired.en, params: { code: 'required', zh: TEXT.reformRequired.zh } });
      return z.NEVER;
    }
    return v;
  }),
}));

/** Resolves a reform given as a plan or as overrides of `baseline`; override errors get the path `[at, …]`. */
export function resolveReform(fn: string, at: readonly (string | number)[], baseline: Plan, reform: unknown): Plan {
  if (isPlan(reform)) return reform;
  if (typeof reform !== 'object' || reform === null || Array.isArray(reform)) {
    throw new PolicyInputError(fn, [{ path: [...at], code: 'invalid_type', message: TEXT.notAReform.en, messageZh: TEXT.notAReform.zh }]);
  }
  try {
    return baseline.with(reform as PlanOverrides);
  } catch (e) {
    if (isPolicyInputError(e)) throw new PolicyInputError(fn, e.issues.map((i) => ({ ...i, path: [...at, ...i.path] })));
    throw e;
  }
}

const sub = (a: Decimal | null, b: Decimal | null): Decimal | null => (a === null || b === null ? null : a.minus(b));

/** The changes between two summaries. */
function deltaOf(b: PopulationSummary, r: PopulationSummary): ComparisonDelta {
  const bt = b.targets;
  const rt = r.targets;
  return Object.freeze({
    totalEntitlement: r.totalEntitlement.minus(b.totalEntitlement),
    byBenefit: Object.freeze({
      loanSubsidy: r.byBenefit.loanSubsidy.minus(b.byBenefit.loanSubsidy),
      vocationalGrant: r.byBenefit.vocationalGrant.minus(b.byBenefit.vocationalGrant),
    }),
    recipients: Object.freeze({
      loanSubsidy: r.recipients.loanSubsidy - b.recipients.loanSubsidy,
      vocationalGrant: r.recipients.vocationalGrant - b.recipients.vocationalGrant,
    }),
    perCapita: sub(rt.perCapita, bt.perCapita),
    growth: sub(rt.growth, bt.growth),
    transferShare: sub(rt.transferShare, bt.transferShare),
    otherShare: sub(rt.otherShare, bt.otherShare),
    householdsMeeting: Object.freeze({
      perCapita: rt.householdsMeeting.perCapita - bt.householdsMeeting.perCapita,
      growth: rt.householdsMeeting.growth - bt.householdsMeeting.growth,
      transferShare: rt.householdsMeeting.transferShare - bt.householdsMeeting.transferShare,
      otherShare: rt.householdsMeeting.otherShare - bt.householdsMeeting.otherShare,
    }),
  });
}

/** What {@link compareCore} returns: both summaries and the household counts. */
export interface ComparisonCore {
  readonly baseline: PopulationSummary;
  readonly reform: PopulationSummary;
  readonly gainers: number;
  readonly losers: number;
  readonly crossedUp: number;
  readonly crossedDown: number;
}

/**
 * Unchecked core of {@link compare} and `sweep`: the baseline and the reform over a validated
 * population, in one pass.
 * @internal
 */
export function compareCore(p: Prepared, base: Scenario, reform: Scenario): ComparisonCore {
  const t = runPopulation(p, base, reform);
  return {
    baseline: summaryOf(p, t.base, { base }),
    reform: summaryOf(p, t.reform as NonNullable<typeof t.reform>, { base, reform }),
    gainers: t.gainers,
    losers: t.losers,
    crossedUp: t.crossedUp,
    crossedDown: t.crossedDown,
  };
}

/** One household's comparison row, evaluated again exactly as in the run. */
function comparisonRow(p: Prepared, i: number, base: Scenario, reform: Scenario): ComparisonRow {
  const s = p.store;
  const e = evaluatePair(p.store, i, base, reform);
  const b = e.base;
  const r = e.reform as Evaluated;
  const members = s.members[i] as number;
  const change = r.incomeChange;
  let crossed: Crossing = null;
  if (!change.isZero()) {
    // the line is the baseline plan's per-capita target, 以上 inclusive (I-1): disposable ≥ line × members
    const line = base.plan.params.targets.perCapitaIncome.value;
    const before = reaches(b.disposableIncome, members, line);
    const after = reaches(r.disposableIncome, members, line);
    if (!before && after) crossed = 'up';
    else if (before && !after) crossed = 'down';
  }
  const row: { -readonly [K in keyof ComparisonRow]: ComparisonRow[K] } = {
    id: s.ids[i] as string,
    members,
    entitlementBefore: b.totalEntitlement,
    entitlementAfter: r.totalEntitlement,
    entitlementChange: b.totalEntitlement.eq(r.totalEntitlement) ? ZERO : r.totalEntitlement.minus(b.totalEntitlement),
    incomeChange: change,
    perCapitaBefore: b.perCapita,
    perCapitaAfter: r.perCapita,
    crossed,
  };
  const township = s.townshipOf(i);
  if (township !== undefined) row.township = township;
  return Object.freeze(row);
}

/**
 * Compares a population under a baseline plan and under a reform: the change in cost by benefit
 * (clauses 2.3.8 and 2.3.4), in the population's income figures against the targets of clause 1,
 * and who gains, who loses and who crosses the per-capita line.
 *
 * 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * 工资性收入、经营性净收入等其他收入占比20%以上。」
 *
 * The households' reported incomes are taken to reflect the baseline. In the reform, the change in
 * what each household receives (reform − baseline) is added to its net transfer income before its
 * figures and the population's are computed (I-9), so a reform moves per-capita income and the
 * transfer share as it would in the statistics. What a household receives is its loan subsidy plus
 * the education aid paid to it; for the vocational grant this is the grant plus the other aid after
 * 就高 (I-7): a household whose higher non-stacking aid is replaced by a larger grant gains the
 * difference, while the plan's cost rises by the whole grant. So `delta.totalEntitlement` is the
 * change in the plan's cost and each row's `incomeChange` is the change in the household's income.
 * Gainers and losers count households whose income change is positive or negative; crossings count
 * households that reach the baseline plan's per-capita line (16710, 以上 inclusive) in one scenario
 * and not in the other. Both scenarios run in one pass, in whole fen wherever the values fit (the
 * same answer as the Decimal cores, to the fen); the `perHousehold` rows are built when first read.
 *
 * @param households - household JSON, or a population from `preparePopulation` (or its `households`),
 *   which is not validated again.
 * @param options - `{ year, baseline = LANXI_2023, reform }`; `reform` is a plan or overrides such as
 *   `{ microcredit: { floorRate: '0.04' } }`, applied with `baseline.with(reform)`.
 * @returns `{ year, baseline, reform, delta, gainers, losers, crossedUp, crossedDown, line, perHousehold, errors }`.
 * @throws {@link PolicyInputError} when `households` is not an array, on an invalid year or plan, or on
 *   invalid overrides (paths like `reform.microcredit.floorRate`). Invalid households are reported in
 *   `errors`, not thrown.
 * @example
 * ```ts
 * const c = compare(syntheticPopulation({ size: 10000, seed: 2023 }), {
 *   year: 2023,
 *   reform: { vocationalGrant: { amount: 4000 } },
 * });
 * c.delta.byBenefit.vocationalGrant.toFixed(2);
 * //=> '694000.00' (438 households × 1000, plus 64 × 4000 whose non-stacking aid of 3300 or 4000 the grant now replaces)
 * c.gainers;                      //=> 479 (438 gain 1000; 41 gain 700 over their 3300 of aid; 23 with 4000 of aid gain nothing)
 * c.crossedUp;                    //=> 11 (households lifted to 16710 or more)
 * c.delta.perCapita?.toFixed(2);  //=> '19.92' (the change in Σ income / Σ members)
 * ```
 */
export function compare(households: readonly unknown[] | PreparedPopulation, options: CompareOptions): Comparison {
  const o = parseInput('compare', CompareOptionsSchema(), options);
  const baselinePlan = o.baseline ?? LANXI_2023;
  const reformPlan = resolveReform('compare', ['reform'], baselinePlan, o.reform);
  const p = prepare('compare', households);
  const base = scenario(o.year, baselinePlan);
  const reform = scenario(o.year, reformPlan);
  const core = compareCore(p, base, reform);
  const result = {
    year: o.year,
    baseline: core.baseline,
    reform: core.reform,
    delta: deltaOf(core.baseline, core.reform),
    gainers: core.gainers,
    losers: core.losers,
    crossedUp: core.crossedUp,
    crossedDown: core.crossedDown,
    line: baselinePlan.params.targets.perCapitaIncome.value,
  };
  lazyProperty(result, 'perHousehold', () => {
    const rows: ComparisonRow[] = new Array(p.store.size);
    for (let i = 0; i < rows.length; i++) rows[i] = comparisonRow(p, i, base, reform);
    return Object.freeze(rows);
  });
  Object.defineProperty(result, 'errors', { enumerable: true, value: p.errors });
  return Object.freeze(result) as unknown as Comparison;
}

