/**
 * Sweeps one parameter of the plan over a list of values: one summary row per value, for
 * cost-versus-target curves.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal } from '../core/decimal.js';
import { PolicyInputError } from '../core/errors.js';
import { listSchema, parseInput, yearSchema } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import type { Plan, PlanOverrides } from '../plan/types.js';
import { checkPlan } from '../rules/plan-argument.js';
import { compareCore } from './compare.js';
import { scenario } from './evaluate.js';
import { planSchema, prepare } from './prepare.js';
import { runPopulation, summaryOf } from './totals.js';
import type { PreparedPopulation } from './simulate.js';
import type { SweepResult, SweepRow } from './types.js';
import { SWEEP_TEXT as TEXT } from './messages/sweep.js';

/** Options of {@link sweep}. */
export interface SweepOptions {
  /** The calendar year whose entitlements are computed (1900–2199). */
  readonly year: number;
  /**
   * The parameter to vary, as `group.name` ('microcredit.floorRate', 'vocationalGrant.amount'),
   * 'effectiveFrom', 'period.to', or a reading as 'readings.name' ('readings.capBasis').
   */
  readonly path: string;
  /** The values to try (as `plan.with()` accepts them: '0.035', 4000, '2023-01-01'), at least one. */
  readonly values: readonly (string | number | boolean | Decimal | Date)[];
  /** The plan the households' incomes reflect, and whose other parameters are kept (default {@link LANXI_2023}). */
  readonly baseline?: Plan;
}

/** The most values a sweep runs. */
const MAX_SWEEP_VALUES = 1000;

const SweepOptionsSchema = once(() => z.strictObject({
  year: yearSchema(),
  path: z.string().min(1).max(100),
  values: listSchema(z.any(), MAX_SWEEP_VALUES).min(1),
  baseline: planSchema().optional(),
}));

/**
 * The parameter paths of a plan that `sweep` accepts: 'effectiveFrom' and every 'group.name'.
 *
 * @param plan - a plan (LANXI_2023 or the result of `plan.with()`).
 * @returns the paths, 'effectiveFrom' first, as a frozen array.
 * @throws {@link PolicyInputError} when `plan` is not a plan.
 * @example
 * ```ts
 * parameterPaths(LANXI_2023).includes('microcredit.floorRate'); //=> true
 * ```
 */
export function parameterPaths(plan: Plan): readonly string[] {
  checkPlan('parameterPaths', plan);
  const out = ['effectiveFrom'];
  for (const [group, params] of Object.entries(plan.params)) {
    for (const name of Object.keys(params as object)) out.push(`${group}.${name}`);
  }
  return Object.freeze(out);
}

function overridesFor(path: string, value: unknown): PlanOverrides {
  if (path === 'effectiveFrom') return { effectiveFrom: value as string };
  if (path === 'period.to') return { period: { to: value as string } };
  const [group, name] = path.split('.') as [string, string];
  return { [group]: { [name]: value } } as PlanOverrides;
}

function valueAt(plan: Plan, path: string): string {
  if (path === 'effectiveFrom') return plan.effectiveFrom;
  if (path === 'period.to') return plan.period.to;
  const [group, name] = path.split('.') as [string, string];
  if (group === 'readings') return String((plan.readings as unknown as Record<string, { value: unknown }>)[name]?.value);
  const p = (plan.params as unknown as Record<string, Record<string, { value: Decimal | number }>>)[group]?.[name];
  return p === undefined ? '' : String(p.value);
}

/**
 * Runs the population under the baseline with one parameter set to each of `values` in turn, and
 * returns one row per value: the cost, its change from the baseline, and the population's income
 * figures against the targets of clause 1 — the points of a cost-versus-target curve.
 *
 * 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * 工资性收入、经营性净收入等其他收入占比20%以上。」
 *
 * Each row is a `compare` of the baseline with `baseline.with({ <path>: value })`: the change in
 * what each household receives is added to its net transfer income (I-9). The households are
 * validated once and the baseline is evaluated once for the whole sweep.
 *
 * @param households - household JSON, or a population from `preparePopulation` (or its `households`),
 *   which is not validated again.
 * @param options - `{ year, path, values, baseline? }`; `path` is one of the plan's parameters
 *   ('microcredit.floorRate', 'vocationalGrant.amount', 'targets.perCapitaIncome', …) or 'effectiveFrom'.
 * @returns `{ year, path, baseline, target, rows: [{ value, plan, totalEntitlement, costDelta, byBenefit,
 *   perCapita, growth, transferShare, otherShare, met, householdsMeetingPerCapita, gainers, losers,
 *   crossedUp, crossedDown }], errors }`.
 * @throws {@link PolicyInputError} on a path that names no parameter (path `path`), an empty list of
 *   values, a value the parameter does not accept (path `values[i]`), or an invalid year or plan.
 * @example
 * ```ts
 * const s = sweep(syntheticPopulation({ size: 10000, seed: 2023 }), {
 *   year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.035', '0.04'],
 * });
 * s.rows.map((r) => [r.value, r.costDelta.toFixed(2)]);
 * //=> [['0.03', '0.00'], ['0.035', '200298.36'], ['0.04', '378979.26']]
 * ```
 */
export function sweep(households: readonly unknown[] | PreparedPopulation, options: SweepOptions): SweepResult {
  const o = parseInput('sweep', SweepOptionsSchema(), options, MAX_SWEEP_VALUES);
  const baselinePlan = o.baseline ?? LANXI_2023;
  const paths = [...parameterPaths(baselinePlan), ...Object.keys(baselinePlan.readings).map((r) => `readings.${r}`), 'period.to'];
  if (!paths.includes(o.path)) {
    const m = TEXT.unknownParameter(paths);
    throw new PolicyInputError('sweep', [{ path: ['path'], code: 'unknown_parameter', message: m.en, messageZh: m.zh }]);
  }
  const plans = o.values.map((value, i): Plan => {
    try {
      return baselinePlan.with(overridesFor(o.path, value));
    } catch (e) {
      if (e instanceof PolicyInputError) {
        throw new PolicyInputError('sweep', e.issues.map((issue) => ({ ...issue, path: ['values', i] })));
      }
      throw e;
    }
  });

  const p = prepare('sweep', households);
  const baseScenario = scenario(o.year, baselinePlan);
  const base = summaryOf(p, runPopulation(p, baseScenario, undefined).base, { base: baseScenario });
  const rows: SweepRow[] = plans.map((plan) => {
    const c = compareCore(p, baseScenario, scenario(o.year, plan));
    const r = c.reform;
    return Object.freeze({
      value: valueAt(plan, o.path),
      plan: plan.label,
      totalEntitlement: r.totalEntitlement,
      costDelta: r.totalEntitlement.minus(base.totalEntitlement),
      byBenefit: r.byBenefit,
      perCapita: r.targets.perCapita,
      growth: r.targets.growth,
      transferShare: r.targets.transferShare,
      otherShare: r.targets.otherShare,
      met: r.targets.met,
      householdsMeetingPerCapita: r.targets.householdsMeeting.perCapita,
      gainers: c.gainers,
      losers: c.losers,
      crossedUp: c.crossedUp,
      crossedDown: c.crossedDown,
    });
  });
  return Object.freeze({
    year: o.year,
    path: o.path,
    baseline: Object.freeze({
      value: valueAt(baselinePlan, o.path),
      plan: baselinePlan.label,
      totalEntitlement: base.totalEntitlement,
      perCapita: base.targets.perCapita,
      transferShare: base.targets.transferShare,
      met: base.targets.met,
    }),
    target: baselinePlan.params.targets.perCapitaIncome.value,
    rows: Object.freeze(rows),
    errors: p.errors,
  });
}
